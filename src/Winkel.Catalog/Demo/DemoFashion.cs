namespace Winkel.Catalog.Demo;

internal static class DemoFashion
{
    public static DemoCategory Category => new()
    {
        Slug = "fashion",
        Intros =
        [
            "The {brand} {line} combines comfort and style for every day.",
            "A wardrobe favourite: the {brand} {line}, made to last season after season.",
            "Complete your look with this {noun} from {brand}.",
        ],
        Subcategories = [Sneakers, Watches, Jackets, Bags],
    };

    private static DemoSubcategory Sneakers => new()
    {
        Slug = "sneakers",
        Noun = "Sneakers",
        MinPrice = 49m,
        MaxPrice = 229m,
        NameTemplates = ["{brand} {line} {Gender} {Noun} - {Colour} - Size {Size}"],
        Attributes =
        [
            "Gender=Men's;Women's;Unisex",
            "Colour=White;Black;White/Green;Grey;Navy;Beige",
            "Size=36;37;38;39;40;41;42;42;43;43;44;45;46",
            "Upper=leather;suede;mesh;canvas",
            "Sole=rubber;EVA foam",
            "Closure=Laces",
        ],
        Brands =
        [
            new("Nike", "", ["Air Force 1 '07", "Air Max 90", "Dunk Low", "Pegasus 41|Upper=mesh"]),
            new("Adidas", "", ["Samba OG", "Gazelle|Upper=suede", "Stan Smith|Upper=leather", "Ultraboost 5|Upper=mesh"]),
            new("New Balance", "", ["530", "574", "9060"]),
            new("Puma", "", ["Suede Classic|Upper=suede", "Palermo", "Speedcat OG"]),
            new("Veja", "", ["V-10", "Campo", "Esplar"], "Upper=leather;suede"),
            new("Converse", "", ["Chuck Taylor All Star", "Run Star Hike"], "Upper=canvas"),
            new("On", "", ["Cloud 6", "Cloudmonster", "Cloudnova"], "Upper=mesh"),
        ],
        Sentences =
        [
            "The {Upper} upper is comfortable from the very first wear.",
            "The {Sole} sole gives grip on wet Dutch cobblestones.",
            "Size {Size} fits true to size; choose your usual size.",
            "A timeless {Colour:lc} colourway that goes with jeans and chinos alike.",
        ],
        Tags = ["sneakers", "shoes", "streetwear", "casual", "footwear"],
    };

    private static DemoSubcategory Watches => new()
    {
        Slug = "watches",
        Noun = "Watch",
        MinPrice = 39m,
        MaxPrice = 899m,
        NameTemplates = ["{brand} {line} {Gender} {Noun} {code}", "{brand} {line} {Gender} {Noun}"],
        Attributes =
        [
            "Type=Analogue;Analogue;Digital;Analogue-digital",
            "Gender=Men's;Women's;Unisex",
            "Power source=quartz battery;quartz battery;solar;automatic movement",
            "Case diameter=36 mm;40 mm;42 mm;44 mm;47 mm",
            "Strap=stainless steel;leather;silicone;nylon",
            "Water resistance=5 ATM;10 ATM;20 ATM",
            "Colour=Black;Silver;Gold;Rose gold;Blue",
        ],
        Brands =
        [
            new("Casio", "@@-####-#@ER", ["G-Shock", "Vintage|Type=Digital", "Edifice", "Pro Trek|Type=Analogue-digital"], "Power source=quartz battery;solar", "Price=39;249"),
            new("Garmin", "010-0####-##", ["Forerunner 265", "Venu 3", "fenix 8", "Instinct 2"],
                "Type=Smartwatch", "Power source=rechargeable battery", "Gender=Unisex", "Price=249;899"),
            new("Seiko", "S@@###P1", ["5 Sports|Power source=automatic movement", "Presage|Power source=automatic movement", "Prospex"], "Type=Analogue", "Price=199;899"),
            new("Fossil", "FS####", ["Grant", "Neutra", "Everett"], "Type=Analogue", "Power source=quartz battery", "Price=99;249"),
            new("Daniel Wellington", "DW00100###", ["Classic", "Petite", "Iconic Link"], "Type=Analogue", "Power source=quartz battery", "Price=99;229"),
            new("Apple", "", ["Watch Series 10", "Watch SE", "Watch Ultra 2"],
                "Type=Smartwatch", "Power source=rechargeable battery", "Gender=Unisex", "Case diameter=40 mm;42 mm;44 mm;46 mm", "Price=279;899"),
        ],
        Sentences =
        [
            "The {Case diameter} case sits comfortably on any wrist.",
            "Water resistant to {Water resistance}, so a rain shower or a swim is no problem.",
            "It comes on a {Strap} strap that is easy to swap.",
            "It runs on {Power source}, so it is always ready when you are.",
        ],
        Tags = ["watch", "accessories", "gift", "vaderdag", "style"],
    };

    private static DemoSubcategory Jackets => new()
    {
        Slug = "jackets",
        Noun = "Jacket",
        MinPrice = 49m,
        MaxPrice = 449m,
        NameTemplates = ["{brand} {line} {Gender} {Type} - {Colour} - {Size}"],
        Attributes =
        [
            "Type=Rain jacket;Puffer jacket;Parka;Softshell jacket;Winter coat",
            "Gender=Men's;Women's",
            "Colour=Black;Navy;Olive;Sand;Grey",
            "Size=XS;S;M;M;L;L;XL;XXL",
            "Material=recycled polyester;nylon;cotton blend;wool blend",
            "Weather protection=waterproof;water-repellent",
            "Hood=Yes;No;Detachable",
        ],
        Brands =
        [
            new("Rains", "", ["Long Jacket", "Fuse Jacket", "Hooded Coat"], "Type=Rain jacket;Parka", "Weather protection=waterproof", "Hood=Yes"),
            new("Fjällräven", "", ["Kaipak", "Expedition Down", "Greenland"]),
            new("G-Star RAW", "", ["Whistler", "Meefic", "Attacc"]),
            new("Scotch & Soda", "", ["Puffer", "Trucker", "Classic Parka"]),
            new("The North Face", "", ["Nuptse 1996", "Resolve", "Himalayan"]),
            new("Tommy Hilfiger", "", ["New York", "Essential Down"]),
        ],
        Sentences =
        [
            "Made for Dutch weather: {Weather protection} and windproof.",
            "The {Material} outer is durable and light.",
            "Size {Size} has a regular fit; size up if you like to wear a thick jumper underneath.",
            "The {Colour:lc} colour goes with everything in your wardrobe.",
        ],
        Tags = ["jacket", "outerwear", "rain", "autumn", "winter"],
    };

    private static DemoSubcategory Bags => new()
    {
        Slug = "bags",
        Noun = "Bag",
        MinPrice = 19m,
        MaxPrice = 299m,
        NameTemplates = ["{brand} {line} {Type} {Capacity} - {Colour}"],
        Attributes =
        [
            "Type=Backpack;Backpack;Laptop backpack;Weekend bag;Shoulder bag",
            "Capacity=16 L;20 L;24 L;30 L;45 L",
            "Laptop compartment=Up to 13 inch;Up to 15.6 inch;None",
            "Material=recycled polyester;nylon;waxed cotton",
            "Weather protection=water-repellent;waterproof",
            "Colour=Black;Navy;Ochre;Forest Green;Grey",
        ],
        Brands =
        [
            new("Eastpak", "", ["Padded Pak'r|Capacity=24 L", "Out of Office|Capacity=27 L", "Tranzpack"]),
            new("Rains", "", ["Backpack Mini", "Hilo|Type=Weekend bag", "Trail Rolltop"], "Weather protection=waterproof"),
            new("Fjällräven", "", ["Kånken|Type=Backpack|Capacity=16 L|Price=79;109", "Kånken Laptop 15\"|Type=Laptop backpack|Capacity=18 L|Price=99;139", "High Coast"], "Material=Vinylon F;recycled polyester"),
            new("Samsonite", "", ["Guardit 2.0", "Proxis", "Ecodiver"]),
            new("Herschel", "", ["Little America", "Novel Duffle|Type=Weekend bag", "Settlement"]),
        ],
        Sentences =
        [
            "With {Capacity} of space it fits a laptop, lunch and a rain jacket.",
            "The {Material} fabric is {Weather protection} and built to last.",
            "Perfect for the daily bike ride to school or the office.",
        ],
        Tags = ["bag", "backpack", "school", "commute", "travel"],
    };
}
