namespace Winkel.Catalog.Demo;

internal static class DemoToysGames
{
    public static DemoCategory Category => new()
    {
        Slug = "toys-games",
        Intros =
        [
            "Hours of fun for the whole family with the {brand} {line}.",
            "The {brand} {line} is a favourite in Dutch living rooms.",
            "Looking for a present? This {noun} from {brand} is always a hit.",
        ],
        Subcategories = [BuildingSets, BoardGames, Puzzles],
    };

    private static DemoSubcategory BuildingSets => new()
    {
        Slug = "building-sets",
        Noun = "Building Set",
        MinPrice = 9.99m,
        MaxPrice = 249m,
        NameTemplates = ["{brand} {line} {Model} - {code}", "{brand} {line} {Model}"],
        Attributes =
        [
            "Model=Starter Set",
            "Age=4+;6+;7+;8+;9+",
            "Pieces=96;254;389;512;780;1080",
            "Batteries required=No",
        ],
        Brands =
        [
            new("LEGO", "#####", [
                "City|Model=Fire Station;Police Station;Cargo Train;Camper Van",
                "Technic|Model=Porsche 911 GT3 RS;Liebherr Excavator;Mars Rover|Age=9+;10+;18+|Pieces=1580;2704;3696|Price=49;449",
                "Star Wars|Model=Millennium Falcon;X-Wing Starfighter;AT-AT",
                "Friends|Model=Heartlake City Café;Horse Stable;Beach House",
                "Creator 3in1|Model=Medieval Castle;Space Shuttle;Wild Animals",
                "Icons|Model=Botanical Bouquet;Windmill;Canal Houses|Age=18+|Pieces=756;1280;2150"]),
            new("LEGO DUPLO", "#####", ["Town|Model=Train Station;Farm;Fire Engine"], "Age=2+;3+", "Pieces=28;46;97"),
            new("Playmobil", "#####", [
                "City Life|Model=Hospital;School;Police Station",
                "Pirates|Model=Pirate Ship;Treasure Island",
                "Country|Model=Farm;Horse Riding Stable"]),
            new("Clics", "", ["Build & Play|Model=Speed Boat;Tractor;Robot", "Hero Squad|Model=Box 3-in-1;Box 6-in-1"]),
            new("Geomag", "", ["Classic|Model=Magnetic Set;Magnetic Set Panels"], "Pieces=42;93;142"),
        ],
        Sentences =
        [
            "This set has {Pieces} pieces and is suitable for ages {Age}.",
            "Build, play and rebuild: a great gift for Sinterklaas or a birthday.",
            "Clear, illustrated instructions make building fun for the whole family.",
        ],
        Tags = ["building-toys", "kids", "sinterklaas", "gift", "creative"],
    };

    private static DemoSubcategory BoardGames => new()
    {
        Slug = "board-games",
        Noun = "Board Game",
        MinPrice = 9.99m,
        MaxPrice = 69.99m,
        NameTemplates = ["{brand} {line} - {Noun}"],
        Attributes =
        [
            "Players=2-4;2-5;2-6;3-6",
            "Age=6+;8+;10+;12+",
            "Playing time=20 minutes;30 minutes;45 minutes;60 minutes;90 minutes",
            "Language=Dutch;Dutch;Dutch;Dutch/French;English",
            "Type=strategy;family;party;cooperative",
        ],
        Brands =
        [
            new("999 Games", "", ["Catan|Players=3-4|Type=strategy", "Carcassonne|Type=family", "Ticket to Ride Europe|Type=family", "Pandemic|Type=cooperative"]),
            new("Ravensburger", "", ["Labyrinth|Type=family", "Scotland Yard|Type=family", "Kakerlakak|Age=5+"]),
            new("Hasbro", "", ["Monopoly Nederland|Type=family", "Cluedo|Type=family", "Trivial Pursuit|Type=party"]),
            new("Jumbo", "", ["Rummikub|Type=family", "Stratego|Players=2|Type=strategy", "Wie is het?|Players=2|Type=family"]),
            new("White Goblin Games", "", ["Kingdomino|Type=family", "Dixit|Type=party"]),
            new("Identity Games", "", ["30 Seconds|Type=party|Players=4-12", "Party & Co|Type=party|Players=4-20"]),
        ],
        Sentences =
        [
            "For {Players} players aged {Age}; a game takes about {Playing time}.",
            "The rules are in {Language}, so you can start playing straight away.",
            "A {Type} game that is perfect for cosy evenings at home.",
            "Great on the table at Christmas or on pakjesavond.",
        ],
        Tags = ["board-game", "family", "spelletjesavond", "gift", "sinterklaas"],
    };

    private static DemoSubcategory Puzzles => new()
    {
        Slug = "puzzles",
        Noun = "Jigsaw Puzzle",
        MinPrice = 7.99m,
        MaxPrice = 44.99m,
        NameTemplates = ["{brand} {line} - {Noun} {Pieces} pieces"],
        Attributes =
        [
            "Pieces=500;1000;1000;1500;2000;3000",
            "Age=12+",
            "Theme=Landscape;Cartoon;Art;Animals;Cities",
            "Finished size=49 x 36 cm;68 x 49 cm;80 x 60 cm;98 x 75 cm",
        ],
        Brands =
        [
            new("Ravensburger", "", ["Amsterdam Canals|Theme=Cities", "Dutch Windmills|Theme=Landscape", "Night Sky|Theme=Art", "Disney Castle|Theme=Cartoon"]),
            new("Jan van Haasteren", "", ["Beach Chaos", "The Zoo|Theme=Animals", "Sinterklaas Surprise", "Cycling Race"], "Theme=Cartoon"),
            new("Wasgij", "", ["Original 43 Wedding Day", "Christmas 19", "Mystery 25"], "Theme=Cartoon"),
            new("Heye", "", ["Funky Zoo|Theme=Animals", "Map Art Europe|Theme=Art"]),
            new("Clementoni", "", ["High Quality Collection Tuscany|Theme=Landscape", "Museum Collection Van Gogh|Theme=Art"]),
        ],
        Sentences =
        [
            "With {Pieces} pieces this puzzle keeps you busy for several cosy evenings.",
            "The finished puzzle measures {Finished size}.",
            "Every piece fits snugly thanks to precision cutting and thick cardboard.",
        ],
        Tags = ["puzzle", "jigsaw", "relax", "gift", "winter"],
    };
}
