namespace Winkel.Catalog.Demo;

internal static class DemoHomeKitchen
{
    public static DemoCategory Category => new()
    {
        Slug = "home-kitchen",
        Intros =
        [
            "The {brand} {line} makes everyday life at home that little bit easier.",
            "Upgrade your home with this {noun} from {brand}.",
            "With the {brand} {line} you get {a noun} that is reliable and fairly priced.",
        ],
        Subcategories = [CoffeeMachines, VacuumCleaners, Cookware, AirFryers],
    };

    private static DemoSubcategory CoffeeMachines => new()
    {
        Slug = "coffee-machines",
        Noun = "Espresso Machine",
        MinPrice = 199m,
        MaxPrice = 1499m,
        Attributes =
        [
            "Type=Fully automatic",
            "Milk system=classic milk frother;automatic milk carafe",
            "Water tank=1.5 litres;1.8 litres;2.0 litres",
            "Pump pressure=15 bar;19 bar",
            "Bean container=250 g;300 g;450 g",
            "Programmable drinks=5;8;12;16",
            "Colour=Black;Silver;Black/Chrome;White",
        ],
        Brands =
        [
            new("Philips", "EP####/##", ["5400 LatteGo|Milk system=LatteGo system", "3300 Series|Milk system=classic milk frother;LatteGo system", "2200 Series|Milk system=classic milk frother"]),
            new("De'Longhi", "ECAM###.##.@", ["Magnifica S", "Dinamica Plus|Milk system=LatteCrema system", "Eletta Explore|Milk system=LatteCrema system", "Rivelia"]),
            new("Siemens", "TP######", ["EQ.6 plus s300", "EQ.700 Integral", "EQ.500 Classic"]),
            new("Jura", "15###", ["E8", "ENA 8|Milk system=", "S8"]),
            new("Sage", "SES###BSS4EEU1", ["Barista Express", "Bambino Plus", "Barista Pro"], "Type=Portafilter", "Milk system=steam wand", "Bean container=250 g"),
            new("Krups", "EA####", ["Evidence One", "Sensation", "Arabica Latte"], "Price=299;899"),
        ],
        Sentences =
        [
            "Grind fresh beans for every cup: espresso, cappuccino or a proper Dutch koffie verkeerd.",
            "Silky milk foam comes from the {Milk system}, and it rinses clean in seconds.",
            "The {Water tank} water tank and {Bean container} bean container mean less refilling.",
            "Choose from {Programmable drinks} drinks on the clear display and save your favourites.",
            "A {Pump pressure} pump extracts a full-bodied espresso with a fine crema.",
        ],
        Tags = ["coffee", "espresso", "bean-to-cup", "barista", "kitchen"],
    };

    private static DemoSubcategory VacuumCleaners => new()
    {
        Slug = "vacuum-cleaners",
        Noun = "Vacuum Cleaner",
        MinPrice = 79m,
        MaxPrice = 899m,
        NameTemplates = ["{brand} {line} {Type} {Noun}"],
        Attributes =
        [
            "Type=Cordless stick",
            "Dust capacity=0.5 litres;0.76 litres;2.5 litres",
            "Noise level=64 dB;72 dB;78 dB",
            "Filter=HEPA;HEPA 13",
            "Suitable for=hard floors and carpets;homes with pets;parquet and tiles",
            "Colour=Grey;Black;White;Red;Nickel",
        ],
        Brands =
        [
            new("Dyson", "", ["V15 Detect Absolute", "V8 Absolute", "Gen5detect", "V12 Detect Slim"], "Colour=Nickel/Yellow;Purple/Copper;Gold"),
            new("Miele", "", ["Complete C3 Silence|Type=Bagged cylinder", "Boost CX1|Type=Bagless cylinder", "Triflex HX2"]),
            new("Philips", "XC####/##", ["SpeedPro Max", "3000 Series|Type=Bagged cylinder", "AquaTrio 9000"]),
            new("Rowenta", "", ["X-Force Flex 12.60", "Silence Force|Type=Bagged cylinder"]),
            new("Bosch", "", ["Unlimited 7", "Serie 8 ProPower|Type=Bagged cylinder", "Serie 6 ProHygienic|Type=Bagless cylinder"]),
            new("iRobot", "", ["Roomba Combo j9+", "Roomba i5", "Roomba Combo Essential"], "Type=Robot", "Dust capacity=0.4 litres;0.5 litres"),
            new("Roborock", "", ["S8 Pro Ultra", "Q7 Max", "Qrevo S"], "Type=Robot", "Dust capacity=0.35 litres;0.47 litres"),
        ],
        Sentences =
        [
            "With a dust capacity of {Dust capacity} you clean the whole house in one go.",
            "At {Noise level} it is quiet enough to vacuum while the kids sleep.",
            "Its {Filter} filter traps fine dust and pollen, which is welcome in hay fever season.",
            "Ideal for {Suitable for}.",
        ],
        Tags = ["vacuum", "cleaning", "household", "pets", "allergy-friendly"],
    };

    private static DemoSubcategory Cookware => new()
    {
        Slug = "cookware",
        Noun = "Cookware",
        NounPhrase = "cookware",
        MinPrice = 19m,
        MaxPrice = 299m,
        NameTemplates = ["{brand} {line} {Type} {Diameter}"],
        Attributes =
        [
            "Type=Frying pan;Frying pan;Frying pan;Wok;Saucepan;Casserole",
            "Diameter=20 cm;24 cm;26 cm;28 cm;30 cm",
            "Material=aluminium;stainless steel;carbon steel",
            "Coating=titanium non-stick;ceramic non-stick;diamond-reinforced non-stick",
            "Hob=all hobs including induction;all hobs including induction;gas and electric",
            "Dishwasher safe=Yes;No",
            "Oven safe=up to 180 °C;up to 260 °C",
        ],
        Brands =
        [
            new("Tefal", "", ["Ingenio", "Unlimited", "Jamie Oliver Cook's Classics", "Easy Cook & Clean"]),
            new("BK", "", ["Karbon Ceramic", "Easy Induction", "Conical+"]),
            new("Le Creuset", "", ["Signature", "Toughened Non-Stick"], "Material=enamelled cast iron", "Coating=enamel", "Type=Casserole;Frying pan;Saucepan"),
            new("WMF", "", ["Profi Resist", "Devil"]),
            new("Fissler", "", ["Adamant", "Original-Profi Collection"]),
            new("GreenPan", "", ["Barcelona", "Venice Pro", "Mayflower"], "Coating=ceramic non-stick"),
        ],
        Sentences =
        [
            "The {Coating} coating lets you cook with less oil and clean up in seconds.",
            "Suitable for {Hob}.",
            "Made of {Material} for even heat distribution.",
            "Oven safe {Oven safe}, so you can finish a dish under the grill.",
        ],
        Tags = ["cookware", "kitchen", "induction", "cooking", "non-stick"],
    };

    private static DemoSubcategory AirFryers => new()
    {
        Slug = "air-fryers",
        Noun = "Air Fryer",
        MinPrice = 49m,
        MaxPrice = 299m,
        NameTemplates = ["{brand} {line} {Capacity} {code}", "{brand} {line} {Capacity}"],
        Attributes =
        [
            "Capacity=4.1 L;6.2 L;7.2 L;9.5 L",
            "Power=1400 W;1700 W;2000 W;2400 W",
            "Programmes=7;9;12;16",
            "Baskets=1;1;2",
            "Colour=Black;White;Grey;Black/Copper",
            "Dishwasher-safe parts=Yes",
        ],
        Brands =
        [
            new("Philips", "HD####/##", ["Airfryer 3000 Series", "Airfryer 5000 Series XXL", "Airfryer Combi 7000 Series"]),
            new("Ninja", "AF###EU", ["Foodi Dual Zone|Baskets=2", "Foodi MAX", "Double Stack XL|Baskets=2"]),
            new("Tefal", "EY####", ["Easy Fry & Grill", "Easy Fry Dual XXL|Baskets=2"]),
            new("Princess", "18####", ["Aerofryer XXL", "Digital Aerofryer"]),
            new("Inventum", "GF###HLD", ["Airfryer XL", "Dual Airfryer|Baskets=2"]),
            new("Cosori", "", ["Pro LE Air Fryer", "TurboBlaze Air Fryer", "Dual Blaze Air Fryer"]),
        ],
        Sentences =
        [
            "The {Capacity} basket holds enough frikandellen and fries for the whole family.",
            "With {Power} of power it heats up fast and uses far less energy than a full-size oven.",
            "Choose from {Programmes} preset programmes for fries, chicken, vegetables and even cake.",
            "The basket and tray are dishwasher safe, so cleaning up takes no time at all.",
        ],
        Tags = ["air-fryer", "healthy-cooking", "kitchen", "airfryer", "energy-saving"],
    };
}
