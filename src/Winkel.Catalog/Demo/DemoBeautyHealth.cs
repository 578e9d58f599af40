namespace Winkel.Catalog.Demo;

internal static class DemoBeautyHealth
{
    public static DemoCategory Category => new()
    {
        Slug = "beauty-health",
        Intros =
        [
            "Take care of yourself with the {brand} {line}.",
            "The {brand} {line} gives professional results at home.",
            "From {brand} comes {a noun} you can trust, for visible results every day.",
        ],
        Subcategories = [Toothbrushes, Shavers, HairCare],
    };

    private static DemoSubcategory Toothbrushes => new()
    {
        Slug = "electric-toothbrushes",
        Noun = "Electric Toothbrush",
        MinPrice = 24.99m,
        MaxPrice = 299m,
        Attributes =
        [
            "Brushing modes=2;3;5;6",
            "Battery life=14 days;21 days;30 days",
            "Pressure sensor=Yes;No",
            "Travel case=Included;Not included",
            "Colour=White;Black;Pink;Blue;Aquamarine",
        ],
        Brands =
        [
            new("Philips", "HX####/##", ["Sonicare DiamondClean 9000", "Sonicare ProtectiveClean 4500", "Sonicare 3100 Series"]),
            new("Oral-B", "", ["iO Series 9", "iO Series 5", "Pro 3 3500", "Vitality Pro|Brushing modes=3|Price=24.99;39.99"]),
            new("Panasonic", "EW-DC##", ["Sonic Doltz", "Sonic Clean"]),
        ],
        Sentences =
        [
            "Choose from {Brushing modes} brushing modes for a clean that suits you.",
            "One charge lasts up to {Battery life}, so you can leave the charger at home on holiday.",
            "A built-in timer helps you brush for the two minutes your dentist recommends.",
        ],
        Tags = ["oral-care", "toothbrush", "dental", "gift", "health"],
    };

    private static DemoSubcategory Shavers => new()
    {
        Slug = "shavers",
        Noun = "Shaver",
        MinPrice = 29.99m,
        MaxPrice = 399m,
        Attributes =
        [
            "Type=Foil",
            "Wet and dry=Yes;Yes;No",
            "Runtime=40 minutes;50 minutes;60 minutes",
            "Charging time=1 hour;3 hours",
            "Cleaning station=Included;Not included",
            "Trimmer=pop-up beard trimmer;precision trimmer",
        ],
        Brands =
        [
            new("Philips", "S####/##", ["Shaver Series 9000", "Shaver Series 7000", "Shaver Series 5000"], "Type=Rotary"),
            new("Philips", "QP####/##", ["OneBlade Pro 360", "OneBlade 360"], "Type=Blade", "Cleaning station=Not included", "Price=29.99;79.99"),
            new("Braun", "###-#", ["Series 9 Pro+", "Series 7", "Series 5"]),
            new("Remington", "F#-####", ["F5 Style Series", "Ultimate Series R9|Type=Rotary"]),
            new("Panasonic", "ES-@@##", ["Arc5", "Multishape"]),
        ],
        Sentences =
        [
            "{Type} shaving heads follow every contour of your face.",
            "A full charge gives {Runtime} of shaving.",
            "Includes a {Trimmer} for sideburns and moustache.",
        ],
        Tags = ["shaving", "grooming", "men", "vaderdag", "personal-care"],
    };

    private static DemoSubcategory HairCare => new()
    {
        Slug = "hair-care",
        Noun = "Hair Styler",
        MinPrice = 19.99m,
        MaxPrice = 149m,
        NameTemplates = ["{brand} {line} {Type} - {Colour}"],
        Attributes =
        [
            "Type=Hair dryer",
            "Power=1600 W;2000 W;2300 W",
            "Heat settings=3;5;9",
            "Ionic=Yes;No",
            "Cable length=1.8 m;2.5 m;2.7 m",
            "Colour=Black;Rose Gold;White;Blue",
        ],
        Brands =
        [
            new("Dyson", "", ["Airwrap i.d.|Type=Multi-styler", "Supersonic Nural", "Corrale|Type=Straightener"],
                "Price=399;599", "Colour=Nickel/Copper;Prussian Blue/Rich Copper;Ceramic Pink"),
            new("Philips", "", ["5000 Series", "ThermoProtect|Type=Straightener"]),
            new("Remington", "", ["Keratin Protect|Type=Straightener", "Curl & Straight Confidence|Type=Curling iron"]),
            new("BaByliss", "", ["Air Wand|Type=Multi-styler", "Curl Secret|Type=Curling iron", "Super Pro 2300"]),
            new("Rowenta", "", ["Ultimate Experience", "Karl Lagerfeld Straightener|Type=Straightener"]),
        ],
        Sentences =
        [
            "{Heat settings} heat settings let you style every hair type without damage.",
            "The {Cable length} swivel cord gives you plenty of freedom to move.",
            "With {Power} of power you are styled and out of the door in minutes.",
            "A stylish gift for Mother's Day or a birthday.",
        ],
        Tags = ["hair-care", "styling", "beauty", "moederdag", "gift"],
    };
}
