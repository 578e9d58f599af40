namespace Winkel.Catalog.Demo;

internal static class DemoElectronics
{
    public static DemoCategory Category => new()
    {
        Slug = "electronics",
        Intros =
        [
            "The {brand} {line} brings solid everyday performance from one of the best-known names in tech.",
            "Looking for {a noun}? The {brand} {line} combines smart features with a fair price.",
            "With the {brand} {line} you choose {a noun} that will last for years.",
        ],
        Subcategories = [Laptops, Smartphones, Televisions, Headphones, Cameras],
    };

    private static DemoSubcategory Laptops => new()
    {
        Slug = "laptops",
        Noun = "Laptop",
        MinPrice = 299m,
        MaxPrice = 2499m,
        NameTemplates = ["{brand} {line} {Screen size} - {Processor} - {RAM} RAM - {Storage} SSD"],
        Attributes =
        [
            "Screen size=13.3 inch;14 inch;14 inch;15.6 inch;15.6 inch;16 inch",
            "Processor=Intel Core i5-1335U;Intel Core i7-1355U;Intel Core Ultra 5 125H;Intel Core Ultra 7 155H;AMD Ryzen 5 7530U;AMD Ryzen 7 8845HS",
            "RAM=8 GB;16 GB;16 GB;32 GB",
            "Storage=256 GB;512 GB;512 GB;1 TB",
            "Operating system=Windows 11 Home;Windows 11 Home;Windows 11 Pro",
            "Keyboard layout=QWERTY (US International)",
            "Colour=Silver;Grey;Black;Blue",
        ],
        Brands =
        [
            new("Lenovo", "82@@00##MH", ["IdeaPad Slim 5|Price=549;899", "IdeaPad Slim 3|Price=349;599", "ThinkPad E14|Price=699;1199", "Yoga Slim 7|Price=899;1399", "Legion 5|Price=1099;1799"]),
            new("HP", "8@##@@#ABH", ["Pavilion 15|Price=499;849", "Envy x360|Price=799;1299", "ProBook 450|Price=749;1199", "Victus 16|Price=849;1399", "OmniBook 5|Price=699;1099"]),
            new("ASUS", "@####@A-@@###W", ["Vivobook 15|Price=349;699", "Zenbook 14 OLED|Price=899;1499", "ROG Strix G16|Price=1299;2499", "TUF Gaming A15|Price=899;1499"]),
            new("Acer", "NX.@@@@@.00#", ["Aspire 5|Price=399;749", "Swift Go 14|Price=699;1099", "Nitro V 15|Price=749;1199"]),
            new("Dell", "@####-####", ["Inspiron 15|Price=449;899", "XPS 13|Price=1099;1799", "Latitude 5450|Price=899;1499"]),
            new("Apple", "M@@@#N/A",
                ["MacBook Air|Screen size=13.6 inch;15.3 inch|Price=999;1799", "MacBook Pro|Screen size=14.2 inch;16.2 inch|Processor=Apple M4 Pro;Apple M4 Max|Price=1899;3999"],
                "Processor=Apple M3;Apple M4", "Operating system=macOS Sequoia", "Colour=Space Grey;Silver;Midnight;Starlight"),
        ],
        Sentences =
        [
            "The {Screen size} screen and {Processor} processor handle office work, streaming and photo editing with ease.",
            "With {RAM} of memory and a {Storage} SSD you can keep dozens of tabs open and store all your files.",
            "It ships with {Operating system} and a {Keyboard layout} keyboard, the layout most Dutch users type on.",
            "The slim {Colour:lc} housing slides easily into any backpack.",
        ],
        Tags = ["laptop", "thuiswerken", "student", "back-to-school", "portable"],
    };

    private static DemoSubcategory Smartphones => new()
    {
        Slug = "smartphones",
        Noun = "Smartphone",
        MinPrice = 149m,
        MaxPrice = 1599m,
        NameTemplates = ["{brand} {line} {Storage} {Colour}"],
        Attributes =
        [
            "Storage=128 GB;256 GB;256 GB;512 GB",
            "Colour=Black;White;Blue;Green;Grey",
            "Screen size=6.1 inch;6.3 inch;6.7 inch",
            "Refresh rate=90 Hz;120 Hz;120 Hz",
            "Main camera=48 MP;50 MP;50 MP;200 MP",
            "Operating system=Android 15",
            "5G=Yes",
            "eSIM=Yes;No",
        ],
        Brands =
        [
            new("Samsung", "", ["Galaxy S25|Price=799;1049", "Galaxy S25 Ultra|Main camera=200 MP|Price=1249;1599", "Galaxy A56|Price=399;499", "Galaxy A36|Price=299;399", "Galaxy Z Flip7|Price=1099;1399"]),
            new("Apple", "", ["iPhone 16|Price=899;1249", "iPhone 16 Pro|Price=1199;1599", "iPhone 16e|Price=649;899", "iPhone 15|Price=749;999"],
                "Operating system=iOS 18", "Main camera=48 MP", "eSIM=Yes", "Colour=Black;White;Pink;Teal;Ultramarine"),
            new("Google", "", ["Pixel 9|Price=749;999", "Pixel 9 Pro|Price=999;1299", "Pixel 9a|Price=449;549"]),
            new("Fairphone", "", ["Fairphone 5|Colour=Matte Black;Sky Blue;Transparent|Refresh rate=90 Hz|Price=549;699"]),
            new("Xiaomi", "", ["14T|Price=549;749", "Redmi Note 14 Pro|Price=299;399", "Redmi 14C|Refresh rate=90 Hz|Price=149;199"]),
            new("OnePlus", "", ["13|Price=899;1149", "Nord 4|Price=399;499", "13R|Price=599;749"]),
        ],
        Sentences =
        [
            "The {Screen size} display runs at {Refresh rate}, so scrolling and gaming feel smooth.",
            "Its {Main camera} main camera takes sharp photos, even on a grey Dutch afternoon.",
            "With {Storage} of storage you have room for thousands of photos, apps and offline playlists.",
            "It runs {Operating system} and supports 5G on all Dutch networks: KPN, Odido and Vodafone.",
        ],
        Tags = ["smartphone", "5g", "mobile", "sim-free", "gift"],
    };

    private static DemoSubcategory Televisions => new()
    {
        Slug = "televisions",
        Noun = "TV",
        NounLower = "TV",
        MinPrice = 279m,
        MaxPrice = 3999m,
        NameTemplates = ["{brand} {line} {Screen size} {Panel} {Noun} {code} ({Model year})"],
        Attributes =
        [
            "Screen size=43 inch;50 inch;55 inch;55 inch;65 inch;65 inch;75 inch;85 inch",
            "Panel=LED",
            "Resolution=4K Ultra HD",
            "Refresh rate=50 Hz;100 Hz;120 Hz;144 Hz",
            "Smart TV=Google TV",
            "HDMI ports=3;4",
            "Model year=2024;2025",
            "Energy label=E;F;F;G",
        ],
        Brands =
        [
            new("Samsung", "@@##@@####", ["Crystal UHD|Price=299;999", "QLED Q80D|Panel=QLED|Price=699;1799", "Neo QLED QN90D|Panel=Mini LED|Price=1199;2999", "OLED S90D|Panel=OLED|Price=1099;3499"], "Smart TV=Tizen"),
            new("LG", "OLED##@#6LA", ["OLED evo C4|Panel=OLED|Price=1199;3499", "OLED B4|Panel=OLED|Price=999;2499", "QNED 82|Panel=QNED|Price=599;1499", "UHD UT80|Price=299;899"], "Smart TV=webOS"),
            new("Philips", "##@@@####/12", ["Ambilight OLED809|Panel=OLED|Price=1199;2999", "Ambilight The One|Price=599;1299", "Ambilight PUS8500|Price=399;999"], "Smart TV=Google TV;Titan OS"),
            new("Sony", "@-##@@##", ["BRAVIA 3|Price=449;1199", "BRAVIA 7|Panel=Mini LED|Price=1199;2999", "BRAVIA 8|Panel=OLED|Price=1499;3999"]),
            new("TCL", "##@@###", ["C855|Panel=Mini LED|Price=799;1999", "P755|Price=279;799", "C655|Panel=QLED|Price=399;999"]),
            new("Hisense", "##@@#####", ["U7N|Panel=Mini LED|Price=699;1799", "E7N|Panel=QLED|Price=399;999", "A6N|Price=279;699"], "Smart TV=VIDAA"),
        ],
        Sentences =
        [
            "The {Screen size} {Panel} panel shows rich colours and deep blacks in {Resolution}.",
            "A refresh rate of {Refresh rate} keeps football matches and fast games sharp.",
            "Thanks to {Smart TV} you can stream NPO Start, Videoland, Netflix and Disney+ straight away.",
            "This {Model year} model has energy label {Energy label} on the new EU scale.",
        ],
        Tags = ["tv", "4k", "smart-tv", "streaming", "home-cinema"],
    };

    private static DemoSubcategory Headphones => new()
    {
        Slug = "headphones",
        Noun = "Headphones",
        NounPhrase = "a pair of headphones",
        MinPrice = 29m,
        MaxPrice = 549m,
        NameTemplates = ["{brand} {line} {Type} {Noun} - {Colour}"],
        Attributes =
        [
            "Type=Over-ear",
            "Noise cancelling=Active (ANC);Active (ANC);None",
            "Battery life=20 hours;30 hours;40 hours;60 hours",
            "Connection=Bluetooth 5.3;Bluetooth 5.4",
            "Colour=Black;White;Blue;Beige",
            "Microphone=Yes",
        ],
        Brands =
        [
            new("Sony", "", ["WH-1000XM5", "WH-CH720N", "WF-1000XM5|Type=In-ear"]),
            new("Bose", "", ["QuietComfort Ultra", "QuietComfort SC", "QuietComfort Earbuds|Type=In-ear"]),
            new("JBL", "", ["Tune 770NC", "Tune 520BT|Type=On-ear", "Live Pro 2|Type=In-ear"]),
            new("Sennheiser", "", ["Momentum 4 Wireless", "Accentum Plus", "Momentum True Wireless 4|Type=In-ear"]),
            new("Apple", "", ["AirPods Pro 2|Type=In-ear|Colour=White", "AirPods 4|Type=In-ear|Colour=White", "AirPods Max|Colour=Midnight;Starlight;Blue"]),
            new("Marshall", "", ["Major V|Type=On-ear", "Monitor III", "Motif II|Type=In-ear"]),
        ],
        Sentences =
        [
            "On a single charge you get up to {Battery life} of music.",
            "It connects via {Connection} to your phone, laptop and tablet.",
            "The {Type:lc} design stays comfortable, even during long listening sessions on the train.",
            "Take calls hands-free with the built-in microphones.",
        ],
        Tags = ["headphones", "wireless", "bluetooth", "music", "commute"],
    };

    private static DemoSubcategory Cameras => new()
    {
        Slug = "cameras",
        Noun = "Camera",
        MinPrice = 449m,
        MaxPrice = 3999m,
        NameTemplates = ["{brand} {line} {Type} {Noun} - {Kit}"],
        Attributes =
        [
            "Type=Mirrorless",
            "Sensor=APS-C",
            "Megapixels=24.2 MP;26 MP;33 MP",
            "Video=4K 30p;4K 60p;6K 30p",
            "Kit=Body only",
            "Mount=Interchangeable",
            "Colour=Black;Black;Silver",
        ],
        Brands =
        [
            new("Canon", "", ["EOS R50", "EOS R10", "EOS R8|Sensor=full-frame", "EOS R6 Mark II|Sensor=full-frame"],
                "Mount=Canon RF", "Kit=Body only;with RF-S 18-45mm lens;with RF 24-105mm lens"),
            new("Nikon", "", ["Z50 II", "Z fc", "Z6 III|Sensor=full-frame", "Z f|Sensor=full-frame"],
                "Mount=Nikon Z", "Kit=Body only;with NIKKOR Z DX 16-50mm lens;with NIKKOR Z 24-70mm lens"),
            new("Sony", "", ["Alpha 6400", "ZV-E10 II", "Alpha 7 IV|Sensor=full-frame", "Alpha 7C II|Sensor=full-frame"],
                "Mount=Sony E", "Kit=Body only;with E PZ 16-50mm lens;with FE 28-60mm lens"),
            new("Fujifilm", "", ["X-T50", "X-S20", "X100VI|Type=Compact|Kit=Fixed 23mm lens|Mount="],
                "Mount=Fujifilm X", "Kit=Body only;with XC 15-45mm lens;with XF 18-55mm lens", "Megapixels=26 MP;40 MP"),
        ],
        Sentences =
        [
            "Its {Sensor} sensor captures detailed, low-noise photos, from canal houses at dusk to tulip fields in spring.",
            "It records video in {Video}, ideal for vlogs and family holidays.",
            "With {Megapixels} you can crop freely and still print your photos large.",
            "The {Mount} mount gives you access to a wide range of lenses.",
        ],
        Tags = ["camera", "photography", "mirrorless", "vlogging", "travel"],
    };
}
