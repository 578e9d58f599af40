namespace Winkel.Catalog.Demo;

/// <summary>The demo catalog's categories, compiled once into model lines indexed [subcategory][brand][line].</summary>
internal static class DemoTaxonomy
{
    public static readonly DemoCategory[] Categories =
    [
        DemoElectronics.Category,
        DemoHomeKitchen.Category,
        DemoFashion.Category,
        DemoSportsOutdoors.Category,
        DemoToysGames.Category,
        DemoBooks.Category,
        DemoBeautyHealth.Category,
        DemoGardenDiy.Category,
        DemoFoodDrinks.Category,
    ];

    public static readonly DemoLine[][][] Lines =
    [
        .. Categories.SelectMany(category => category.Subcategories.Select(subcategory =>
            Array.ConvertAll(subcategory.Brands, brand =>
                Array.ConvertAll(brand.Lines, line => DemoLine.Compile(category, subcategory, brand, line))))),
    ];
}
