using Winkel.Core;

namespace Winkel.Catalog.Demo;

internal static class DemoFoodDrinks
{
    private const string Letters = "|Letter=A;B;D;E;H;J;L;M;N;P;R;S;T;W";

    public static DemoCategory Category => new()
    {
        Slug = "food-drinks",
        VatRate = VatRate.Reduced,
        Intros =
        [
            "Treat yourself to {brand} {line}.",
            "{brand} {line}: a favourite in many Dutch households.",
            "Enjoy the rich taste of {brand} {line}.",
        ],
        Subcategories = [Chocolate, Sinterklaas, Coffee, Tea],
    };

    private static DemoSubcategory Chocolate => new()
    {
        Slug = "chocolate",
        Noun = "Chocolate",
        MinPrice = 1.49m,
        MaxPrice = 9.99m,
        NameTemplates = ["{brand} {line} {Weight}"],
        Attributes =
        [
            "Type=Milk",
            "Cocoa=32%",
            "Weight=100 g;180 g;180 g;200 g;3 x 180 g",
            "Fairtrade=Yes;No",
            "Allergens=contains milk, may contain nuts",
            "Storage=cool and dry, below 18 °C",
        ],
        Brands =
        [
            new("Tony's Chocolonely", "", [
                "Milk Chocolate|Cocoa=32%",
                "Dark Chocolate|Type=Dark|Cocoa=70%|Allergens=may contain milk and nuts",
                "Milk Caramel Sea Salt|Cocoa=32%",
                "Dark Almond Sea Salt|Type=Dark|Cocoa=51%",
                "White Raspberry Popping Candy|Type=White|Cocoa=28%"], "Fairtrade=Yes"),
            new("Verkade", "", ["Melk|Cocoa=34%", "Puur Extra|Type=Dark|Cocoa=72%", "Melk Hazelnoot|Cocoa=32%|Allergens=contains milk and hazelnuts"]),
            new("Droste", "", ["Pastilles Melk|Cocoa=30%", "Pastilles Puur|Type=Dark|Cocoa=55%", "Pastilles Mix|Cocoa=40%"]),
            new("Côte d'Or", "", ["Noir de Noir|Type=Dark|Cocoa=54%", "Bloc Lait|Cocoa=30%", "Lait Noisettes|Cocoa=30%|Allergens=contains milk and hazelnuts"]),
            new("Lindt", "", ["Excellence 85% Cacao|Type=Dark|Cocoa=85%|Weight=100 g", "Excellence Sea Salt|Type=Dark|Cocoa=47%|Weight=100 g"]),
        ],
        Sentences =
        [
            "{Type} chocolate with {Cocoa} cocoa, in a {Weight} pack.",
            "Store {Storage}.",
            "Perfect for sharing with colleagues, or keeping all to yourself.",
            "Allergy information: {Allergens}.",
        ],
        Tags = ["chocolate", "chocolade", "snack", "gift", "sweet"],
    };

    private static DemoSubcategory Sinterklaas => new()
    {
        Slug = "sinterklaas",
        Noun = "Sinterklaas Treat",
        NounLower = "Sinterklaas treat",
        MinPrice = 1.99m,
        MaxPrice = 14.99m,
        NameTemplates = ["{brand} {line} {Letter} {Weight}", "{brand} {line} {Weight}"],
        Attributes =
        [
            "Type=Chocolate letter",
            "Weight=65 g;135 g;200 g;300 g;500 g",
            "Best before=at least 3 months after delivery",
            "Allergens=contains milk, wheat and soy, may contain nuts",
        ],
        Brands =
        [
            new("Tony's Chocolonely", "", ["Chocolate Letter Milk" + Letters + "|Weight=180 g", "Chocolate Letter Dark" + Letters + "|Weight=180 g"]),
            new("Verkade", "", ["Chocolate Letter Milk" + Letters + "|Weight=135 g;200 g", "Chocolade Pepernoten|Type=Chocolate pepernoten"]),
            new("Droste", "", ["Chocolate Letter Puur" + Letters + "|Weight=135 g", "Chocolate Kruidnoten Mix|Type=Chocolate kruidnoten"]),
            new("Van Delft", "", ["Kruidnoten|Type=Kruidnoten", "Pepernoten|Type=Pepernoten", "Schuimpjes|Type=Sweets|Weight=200 g"]),
            new("Peijnenburg", "", ["Ontbijtkoek Sinterklaas Edition|Type=Ontbijtkoek|Weight=485 g", "Speculaas Brokken|Type=Speculaas"]),
            new("Bolletje", "", ["Roomboter Speculaas|Type=Speculaas|Weight=300 g", "Gevulde Speculaas|Type=Speculaas|Weight=400 g"]),
        ],
        Sentences =
        [
            "A classic for pakjesavond on 5 December: every shoe deserves a treat.",
            "Made to a traditional recipe with warm speculaas spices: cinnamon, clove and nutmeg.",
            "The letter {Letter}: find the initial of everyone in the family.",
            "Best before: {Best before}.",
        ],
        Tags = ["sinterklaas", "pakjesavond", "treat", "december", "gift"],
    };

    private static DemoSubcategory Coffee => new()
    {
        Slug = "coffee",
        Noun = "Coffee",
        MinPrice = 3.49m,
        MaxPrice = 34.99m,
        NameTemplates = ["{brand} {line} {Format} {Weight}"],
        Attributes =
        [
            "Format=Coffee beans;Coffee beans;Ground coffee",
            "Weight=250 g;500 g;1 kg;1 kg",
            "Roast=mild;medium;dark",
            "Intensity=5/12;7/12;9/12;11/12",
            "Beans=100% arabica;arabica and robusta blend",
            "Origin=Brazil;Colombia;Ethiopia;Blend of origins",
        ],
        Brands =
        [
            new("Douwe Egberts", "", ["Aroma Rood|Roast=medium", "Mildou|Roast=mild", "Excellent Espresso|Roast=dark", "Intense|Roast=dark"]),
            new("Lavazza", "", ["Qualità Oro", "Crema e Aroma", "Super Crema"]),
            new("Illy", "", ["Classico|Roast=medium", "Intenso|Roast=dark"], "Beans=100% arabica"),
            new("Peeze", "", ["Espresso Finest", "Vroeg Op", "Huismelange"]),
            new("Nespresso", "", ["Vertuo Melozio", "Original Ispirazione Ristretto Italiano"], "Format=Capsules", "Weight=10 capsules;50 capsules"),
            new("L'OR", "", ["Espresso Forza", "Espresso Onyx", "Absolu"], "Format=Capsules", "Weight=20 capsules;40 capsules"),
        ],
        Sentences =
        [
            "A {Roast} roast with intensity {Intensity}, made from {Beans}.",
            "Roasted in small batches and packed fresh to keep the aroma in.",
            "Roasted with care for a full, round flavour, lovely with a stroopwafel.",
            "Origin: {Origin}.",
        ],
        Tags = ["coffee", "koffie", "coffee-beans", "breakfast", "espresso"],
    };

    private static DemoSubcategory Tea => new()
    {
        Slug = "tea",
        Noun = "Tea",
        MinPrice = 1.99m,
        MaxPrice = 12.99m,
        NameTemplates = ["{brand} {line} - {Tea bags} tea bags"],
        Attributes =
        [
            "Type=black tea",
            "Tea bags=20;20;40;50;100",
            "Organic=Yes;No",
            "Caffeine=Yes",
            "Brewing time=3 to 5 minutes",
        ],
        Brands =
        [
            new("Pickwick", "", ["English Tea Blend", "Rooibos|Type=herbal tea|Caffeine=No", "Green Tea Pure|Type=green tea", "Fruit Variation|Type=fruit tea|Caffeine=No"]),
            new("Lipton", "", ["Yellow Label", "Green Tea Sencha|Type=green tea"]),
            new("Clipper", "", ["Organic Everyday", "Green Tea Detox|Type=green tea"], "Organic=Yes"),
            new("Zonnatura", "", ["Rooibos", "Peppermint"], "Organic=Yes", "Type=herbal tea", "Caffeine=No"),
            new("Twinings", "", ["Earl Grey", "Lady Grey", "English Breakfast"]),
            new("Yogi Tea", "", ["Classic", "Ginger Lemon"], "Type=herbal tea", "Organic=Yes", "Caffeine=No"),
        ],
        Sentences =
        [
            "Each box holds {Tea bags} individually wrapped {Type} bags.",
            "Brew for {Brewing time} with freshly boiled water.",
            "Lovely with a slice of ontbijtkoek on a cold afternoon.",
        ],
        Tags = ["tea", "thee", "breakfast", "hot-drinks", "cosy"],
    };
}
