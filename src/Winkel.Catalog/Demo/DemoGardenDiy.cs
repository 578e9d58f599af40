namespace Winkel.Catalog.Demo;

internal static class DemoGardenDiy
{
    private const string Gas = "|Type=Gas barbecue|Burners=2;3;4|Fuel=propane or butane";

    public static DemoCategory Category => new()
    {
        Slug = "garden-diy",
        Intros =
        [
            "Get the job done with the {brand} {line}.",
            "The {brand} {line} is made for keen gardeners and DIY enthusiasts alike.",
            "This {noun} from {brand} is built to last for many seasons.",
        ],
        Subcategories = [PowerTools, Barbecues, LawnMowers, Watering],
    };

    private static DemoSubcategory PowerTools => new()
    {
        Slug = "power-tools",
        Noun = "Power Tool",
        MinPrice = 39m,
        MaxPrice = 449m,
        NameTemplates = ["{brand} {line} {Type} {Voltage} - {Kit}"],
        Attributes =
        [
            "Type=Drill driver",
            "Voltage=18V",
            "Kit=body only;with 2 x 2.0 Ah battery and charger;with 2 x 5.0 Ah battery and charger",
            "Battery platform=18V",
            "Brushless motor=Yes;No",
            "Case=carry case",
        ],
        Brands =
        [
            new("Bosch Professional", "", ["GSR 18V-55", "GBH 18V-22|Type=Rotary hammer", "GWS 18V-10|Type=Angle grinder"], "Battery platform=Bosch Professional 18V", "Case=L-BOXX"),
            new("Bosch", "", ["UniversalImpact 18V|Type=Combi drill", "AdvancedCut 18|Type=Multi saw", "EasyDrill 1200|Voltage=12V|Battery platform=Power for All 12V"], "Battery platform=Power for All"),
            new("Makita", "", ["DHP485|Type=Combi drill", "DTD153|Type=Impact driver", "DGA504|Type=Angle grinder", "DHS680|Type=Circular saw"], "Battery platform=Makita LXT", "Case=Makpac case"),
            new("DeWalt", "", ["DCD796|Type=Combi drill", "DCF887|Type=Impact driver", "DCS391|Type=Circular saw"], "Battery platform=DeWalt XR", "Case=TSTAK case"),
            new("Einhell", "", ["TE-CD 18/40 Li", "TE-CS 18/190 Li|Type=Circular saw", "TE-CI 18 Li|Type=Impact driver"], "Battery platform=Power X-Change"),
            new("Black+Decker", "", ["BDCDD12|Voltage=12V|Battery platform=Black+Decker 12V", "BCD003|Type=Combi drill"], "Battery platform=Black+Decker 18V", "Price=39;129"),
        ],
        Sentences =
        [
            "Part of the {Battery platform} system: one battery fits all your tools.",
            "Supplied {Kit}.",
            "Comes in a sturdy {Case} for tidy storage in the shed.",
            "Light and well balanced, so even overhead jobs are easy on the arms.",
        ],
        Tags = ["diy", "power-tools", "klussen", "cordless", "tools"],
    };

    private static DemoSubcategory Barbecues => new()
    {
        Slug = "barbecues",
        Noun = "Barbecue",
        MinPrice = 79m,
        MaxPrice = 1999m,
        NameTemplates = ["{brand} {line} {Type}"],
        Attributes =
        [
            "Type=Charcoal barbecue",
            "Cooking surface=47 cm;57 cm;63 x 45 cm;68 x 48 cm",
            "Lid thermometer=Yes",
            "Colour=Black;Stainless steel;Green",
            "Warranty=2 years;5 years;10 years",
            "Assembly=easy to assemble;delivered assembled",
        ],
        Brands =
        [
            new("Weber", "", ["Master-Touch GBS E-5750", "Spirit E-325" + Gas, "Genesis E-335" + Gas, "Lumin Compact|Type=Electric barbecue", "Q 1200" + Gas]),
            new("Barbecook", "", ["Major", "Stella 3201" + Gas, "Loewy 50"]),
            new("Boretti", "", ["Da Vinci Top" + Gas, "Ceramica Largo|Type=Kamado"]),
            new("The Bastard", "", ["Classic Medium", "Urban Large", "VX Compact"], "Type=Kamado"),
            new("Napoleon", "", ["Rogue SE 425" + Gas, "Rodeo Pro"]),
            new("Big Green Egg", "", ["Large", "MiniMax", "Medium"], "Type=Kamado", "Colour=Green"),
        ],
        Sentences =
        [
            "The {Cooking surface} grill area is big enough for a garden party with friends and family.",
            "With {Burners} burners you can cook directly and indirectly at the same time.",
            "A built-in lid thermometer keeps an eye on the temperature for you.",
            "It comes with {Warranty} of warranty and is {Assembly}.",
        ],
        Tags = ["bbq", "barbecue", "garden", "summer", "outdoor-cooking"],
    };

    private static DemoSubcategory LawnMowers => new()
    {
        Slug = "lawn-mowers",
        Noun = "Lawn Mower",
        MinPrice = 99m,
        MaxPrice = 1499m,
        NameTemplates = ["{brand} {line} {Type}"],
        Attributes =
        [
            "Type=Cordless lawn mower",
            "Cutting width=32 cm;37 cm;43 cm;46 cm",
            "Lawn size=up to 300 m²;up to 500 m²;up to 800 m²",
            "Cutting height=20-60 mm;25-70 mm",
            "Grass box=31 L;40 L;50 L",
            "Noise level=58 dB;62 dB;88 dB",
        ],
        Brands =
        [
            new("Gardena", "", ["PowerMax 32/36V", "HandMower 400 C Comfort|Type=Hand mower|Price=99;179", "Sileno City 500|Type=Robotic lawn mower|Grass box="]),
            new("Bosch", "", ["Rotak 36 LI", "Indego S+ 500|Type=Robotic lawn mower|Grass box=", "ARM 3200|Type=Electric lawn mower|Price=99;199"]),
            new("Husqvarna", "", ["Automower 305|Type=Robotic lawn mower|Grass box=", "LC 142i", "LC 140 SP|Type=Petrol lawn mower"]),
            new("Einhell", "", ["GE-CM 36/43 Li", "GC-PM 46/1 S|Type=Petrol lawn mower"]),
            new("Worx", "", ["Landroid M500|Type=Robotic lawn mower|Grass box=", "WG779E"]),
            new("Honda", "", ["HRG 466 SK", "HRX 476 VY"], "Type=Petrol lawn mower"),
        ],
        Sentences =
        [
            "Ideal for lawns {Lawn size}.",
            "The {Cutting width} cutting width gets the job done in fewer passes.",
            "Adjust the cutting height between {Cutting height} in a few clicks.",
            "The {Grass box} grass box means fewer trips to the green bin.",
        ],
        Tags = ["garden", "lawn", "tuin", "gardening", "spring"],
    };

    private static DemoSubcategory Watering => new()
    {
        Slug = "watering",
        Noun = "Watering Gear",
        MinPrice = 9.99m,
        MaxPrice = 149m,
        NameTemplates = ["{brand} {line}"],
        Attributes =
        [
            "Type=Garden hose",
            "Colour=Green;Grey;Anthracite;Terracotta",
            "Material=plastic;recycled plastic;aluminium",
            "Frost resistant=Yes;No",
            "Warranty=2 years;5 years;25 years",
        ],
        Brands =
        [
            new("Gardena", "", ["Comfort FLEX Hose 20 m", "Classic Spray Gun|Type=Spray gun|Price=9.99;24.99", "AquaZoom Sprinkler|Type=Sprinkler", "Comfort Hose Trolley|Type=Hose trolley"]),
            new("Kärcher", "", ["PrimoFlex Hose 20 m", "Multifunctional Spray Gun Plus|Type=Spray gun|Price=14.99;29.99"]),
            new("Hozelock", "", ["Ultraflex Hose 25 m", "Auto Reel 30 m|Type=Hose reel"]),
            new("Talen Tools", "", ["Watering Can 10 L|Type=Watering can|Price=9.99;24.99", "Rain Barrel 210 L|Type=Rain barrel|Price=49;99"]),
            new("Elho", "", ["Green Basics Watering Can 7 L|Type=Watering can|Price=9.99;19.99", "Green Basics Rain Barrel 240 L|Type=Rain barrel|Price=59;119"], "Material=recycled plastic"),
        ],
        Sentences =
        [
            "Made from {Material}, built to last for many gardening seasons.",
            "Keeps your garden green through dry Dutch summers.",
            "Works with the click system found on most garden taps.",
        ],
        Tags = ["garden", "watering", "tuin", "summer", "plants"],
    };
}
