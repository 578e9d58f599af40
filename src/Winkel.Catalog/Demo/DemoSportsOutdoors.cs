namespace Winkel.Catalog.Demo;

internal static class DemoSportsOutdoors
{
    private const string EBike = "|Type=E-bike|Motor=Bosch Active Line Plus;Bosch Performance Line;Shimano Steps E6100|Battery=500 Wh;625 Wh;800 Wh|Price=1899;3999";
    private const string CityBike = "|Type=City bike|Price=449;899";
    private const string Omafiets = "|Type=Omafiets|Frame type=Women's (low step)|Gears=Shimano Nexus 3-speed|Brakes=roller brakes;a coaster brake and roller brakes|Price=399;699";

    public static DemoCategory Category => new()
    {
        Slug = "sports-outdoors",
        Intros =
        [
            "Get moving with the {brand} {line}.",
            "The {brand} {line} is built for people who like to stay active, whatever the weather.",
            "Quality {noun} from {brand}, chosen by thousands of Dutch customers.",
        ],
        Subcategories = [Bicycles, Fitness, Camping],
    };

    private static DemoSubcategory Bicycles => new()
    {
        Slug = "bicycles",
        Noun = "Bicycle",
        MinPrice = 549m,
        MaxPrice = 1299m,
        NameTemplates = ["{brand} {line} {Type} - {Frame type} - {Frame size}"],
        Attributes =
        [
            "Type=Hybrid",
            "Frame type=Women's (low step);Men's (diamond);Unisex",
            "Frame size=46 cm;49 cm;53 cm;53 cm;57 cm;61 cm",
            "Wheel size=28 inch;28 inch;26 inch",
            "Gears=Shimano Nexus 7-speed;Shimano Nexus 8-speed;enviolo stepless;Shimano Deore 10-speed",
            "Brakes=roller brakes;hydraulic rim brakes;hydraulic disc brakes",
            "Colour=Black;Matte Grey;Dark Blue;Sand;Green",
        ],
        Brands =
        [
            new("Gazelle", "", ["Orange C7 HMB" + EBike, "Ultimate C380 HMB" + EBike, "Miss Grace" + CityBike, "Tour Populair" + Omafiets]),
            new("Batavus", "", ["Finez E-go Power" + EBike, "Dinsdag" + CityBike, "Altura E-go" + EBike, "Razer"]),
            new("Cortina", "", ["U4" + CityBike, "E-U4" + EBike, "Roma" + Omafiets]),
            new("Sparta", "", ["c-Grid" + EBike, "M-Grid" + EBike, "Pickup" + CityBike]),
            new("VanMoof", "", ["S5" + EBike + "|Motor=VanMoof front hub motor", "A5" + EBike + "|Motor=VanMoof front hub motor"]),
            new("Trek", "", ["FX 2", "Domane AL 2|Type=Road bike|Gears=Shimano Claris 16-speed", "Marlin 5|Type=Mountain bike|Wheel size=29 inch"]),
            new("Giant", "", ["Escape 2", "Contend AR 3|Type=Road bike|Gears=Shimano Claris 16-speed", "Talon 3|Type=Mountain bike|Wheel size=29 inch"]),
        ],
        Sentences =
        [
            "With {Gears} gearing you ride easily against the wind on the dyke.",
            "Stopping is safe with {Brakes}, even in the pouring rain.",
            "The {Motor} motor and a {Battery} battery give you a range of up to 120 km.",
            "The {Frame size} frame suits most riders of average height; check the size chart to be sure.",
            "Delivered fully assembled and ready to ride, with lights and a kickstand fitted.",
        ],
        Tags = ["bicycle", "fiets", "commute", "cycling", "dutch-design"],
    };

    private static DemoSubcategory Fitness => new()
    {
        Slug = "fitness",
        Noun = "Fitness Equipment",
        MinPrice = 19m,
        MaxPrice = 399m,
        NameTemplates = ["{brand} {line}"],
        Attributes =
        [
            "Type=Accessory",
            "Suitable for=home use;home use;intensive home use",
            "Colour=Black;Grey;Black/Red",
            "Warranty=2 years;2 years;3 years;5 years",
        ],
        Brands =
        [
            new("Tunturi", "", [
                "T40 Treadmill|Type=Treadmill|Max speed=16 km/h;18 km/h|Max user weight=120 kg;135 kg|Price=699;1299",
                "FitCycle 50 Exercise Bike|Type=Exercise bike|Max user weight=120 kg;135 kg|Price=299;599",
                "Adjustable Dumbbell Set 20 kg|Type=Dumbbells",
                "Yoga Mat 6 mm|Type=Yoga mat|Price=14;39"]),
            new("Focus Fitness", "", [
                "Senator iPlus Treadmill|Type=Treadmill|Max speed=18 km/h;20 km/h|Max user weight=135 kg;150 kg|Price=899;1599",
                "Fox 5 Exercise Bike|Type=Exercise bike|Max user weight=120 kg|Price=349;599",
                "Kettlebell 12 kg|Type=Kettlebell|Price=24;49"]),
            new("Gorilla Sports", "", [
                "Adjustable Weight Bench|Type=Weight bench|Max user weight=250 kg;300 kg|Price=89;199",
                "Dumbbell Set 30 kg|Type=Dumbbells|Price=49;129",
                "Pull-up Bar|Type=Pull-up bar|Max user weight=100 kg;150 kg|Price=19;59"]),
            new("Kettler", "", [
                "Hoi Frame Cross Trainer|Type=Cross trainer|Max user weight=130 kg;150 kg|Price=599;999",
                "Racer S Exercise Bike|Type=Exercise bike|Max user weight=130 kg|Price=449;799"]),
            new("Domyos", "", ["Resistance Band Set|Type=Resistance bands|Price=14;29", "Foam Roller|Type=Foam roller|Price=14;34"]),
        ],
        Sentences =
        [
            "Train at home whenever it suits you: no gym membership and no cycling through the rain.",
            "Rated for users up to {Max user weight}.",
            "Reaches speeds up to {Max speed} for serious running sessions.",
            "The manufacturer's warranty lasts {Warranty}.",
            "Designed for {Suitable for}.",
        ],
        Tags = ["fitness", "home-gym", "workout", "health", "goede-voornemens"],
    };

    private static DemoSubcategory Camping => new()
    {
        Slug = "camping",
        Noun = "Camping Gear",
        MinPrice = 29m,
        MaxPrice = 349m,
        NameTemplates = ["{brand} {line}"],
        Attributes =
        [
            "Type=Accessory",
            "Colour=Green;Grey;Sand;Blue",
            "Weight=1.2 kg;2.4 kg;3.9 kg;6.5 kg",
        ],
        Brands =
        [
            new("Coleman", "", [
                "Darwin 3 Tent|Type=Tent|Persons=3|Water column=3000 mm|Price=79;149",
                "Hayden 4 Tent|Type=Tent|Persons=4|Water column=4000 mm|Price=149;249",
                "FyreStorm PCS Stove|Type=Stove|Fuel=gas cartridges|Price=39;79"]),
            new("Vango", "", [
                "Odyssey Air 500 Tent|Type=Tent|Persons=5|Water column=4000 mm|Price=249;449",
                "Ultralite Pro 200 Sleeping Bag|Type=Sleeping bag|Comfort temperature=5 °C;0 °C|Price=49;99"]),
            new("Campingaz", "", [
                "Camp Bistro 3 Stove|Type=Stove|Fuel=gas cartridges|Price=29;49",
                "Powerbox Plus Cool Box 28 L|Type=Cool box|Price=69;99"]),
            new("Easy Camp", "", [
                "Palmdale 600 Tent|Type=Tent|Persons=6|Water column=4000 mm|Price=199;329",
                "Cosmos 300 Sleeping Bag|Type=Sleeping bag|Comfort temperature=10 °C;5 °C|Price=29;59"]),
            new("Bo-Camp", "", [
                "Industrial Collection Tent|Type=Tent|Persons=4;6|Water column=3000 mm;5000 mm|Price=249;499",
                "Heavy Duty Folding Chair|Type=Camping chair|Price=39;79"]),
            new("Jack Wolfskin", "", ["Smoke Blue Sleeping Bag|Type=Sleeping bag|Comfort temperature=0 °C;-5 °C|Price=79;149"]),
        ],
        Sentences =
        [
            "Sleeps {Persons} people, with room for your luggage in the porch.",
            "A water column of {Water column} keeps you dry in a proper Dutch downpour.",
            "Comfortable down to {Comfort temperature}, even on chilly spring nights.",
            "Runs on standard {Fuel} that you can buy at any campsite shop.",
            "Packs small and light, for festivals, weekends on the Veluwe and holidays in France.",
        ],
        Tags = ["camping", "outdoor", "festival", "summer", "vakantie"],
    };
}
