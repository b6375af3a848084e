namespace GenesysCloud.Simulator.Seed;

/// <summary>The vocabulary the generators draw from: realistic, fictitious, and free of real personal data.</summary>
internal static class SampleValues
{
    public sealed record City(
        string Locality, string Region, string RegionName, string Country, string CountryName, string PostalCode,
        double Latitude, double Longitude, string Timezone, string CallingCode, string Language);

    public sealed record BrowserProfile(string Family, string[] Versions, string UserAgentFormat);

    public sealed record DeviceProfile(
        string Category, string Type, bool IsMobile, int ScreenWidth, int ScreenHeight, int ScreenDensity,
        string OsFamily, string[] OsVersions, string Manufacturer);

    public sealed record Page(string Pathname, string Title, string[] Breadcrumb, string Keywords);

    public sealed record Campaign(string Name, string Source, string Medium, string Network, string Content, string Term);

    public sealed record ReferrerSite(string Name, string Hostname, string Medium, string Pathname, string QueryString);

    public sealed record Channel(string Type, string? MessageType, string? Platform);

    public static readonly string[] FirstNames =
    [
        "Ada", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo",
        "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe",
        "Amara", "Bastien", "Camille", "Dario", "Esme", "Felix", "Gaia", "Hugo", "Isla", "Jamal", "Kira", "Luca", "Maya",
        "Nico", "Olivia", "Pablo", "Rania", "Samir", "Thea", "Ugo", "Vera", "Wilhelm", "Yara", "Zaid",
    ];

    public static readonly string[] MiddleNames = ["A.", "B.", "C.", "D.", "E.", "J.", "L.", "M.", "R.", "S."];

    public static readonly string[] LastNames =
    [
        "Abernathy", "Baptiste", "Castellano", "Dubois", "Eriksen", "Fontaine", "Guerrero", "Hoffmann", "Iwasaki",
        "Jablonski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinlan", "Rossi", "Schneider",
        "Takahashi", "Underwood", "Varga", "Whitfield", "Xavier", "Yilmaz", "Zimmermann", "Adeyemi", "Brennan", "Costa",
        "Delacroix", "Esposito", "Fischer", "Gallagher", "Haddad", "Ivanova", "Jensen", "Kaur", "Lefebvre", "Mendes",
        "Novak", "O'Brien", "Pereira", "Romano", "Silva", "Tanaka", "Ueda", "Vasquez", "Weber", "Young", "Zhou",
    ];

    public static readonly string[] Salutations = ["Mr.", "Ms.", "Mx.", "Dr.", "Prof."];

    public static readonly string[] ContactTitles =
    [
        "Purchasing Manager", "Store Owner", "Software Engineer", "Nurse", "Teacher", "Account Executive", "Architect",
        "Operations Lead", "Student", "Consultant", "Chef", "Pharmacist",
    ];

    public static readonly string[] EmailDomains = ["example.com", "example.net", "example.org", "mail.example", "inbox.example"];

    public static readonly string[] Streets =
    [
        "Maple Avenue", "Harbour Street", "Linden Lane", "Station Road", "Rue des Fleurs", "Via Roma", "Bahnhofstrasse",
        "Calle Mayor", "Kings Road", "Elm Street", "Park Boulevard", "Market Square",
    ];

    public static readonly City[] Cities =
    [
        new("Indianapolis", "IN", "Indiana", "US", "United States", "46204", 39.7684, -86.1581, "America/Indiana/Indianapolis", "1", "en-US"),
        new("Raleigh", "NC", "North Carolina", "US", "United States", "27601", 35.7796, -78.6382, "America/New_York", "1", "en-US"),
        new("Denver", "CO", "Colorado", "US", "United States", "80202", 39.7392, -104.9903, "America/Denver", "1", "en-US"),
        new("Seattle", "WA", "Washington", "US", "United States", "98101", 47.6062, -122.3321, "America/Los_Angeles", "1", "en-US"),
        new("Austin", "TX", "Texas", "US", "United States", "78701", 30.2672, -97.7431, "America/Chicago", "1", "en-US"),
        new("Toronto", "ON", "Ontario", "CA", "Canada", "M5H 2N2", 43.6532, -79.3832, "America/Toronto", "1", "en-CA"),
        new("Galway", "G", "Galway", "IE", "Ireland", "H91 E2K0", 53.2707, -9.0568, "Europe/Dublin", "353", "en-IE"),
        new("London", "ENG", "England", "GB", "United Kingdom", "EC1A 1BB", 51.5072, -0.1276, "Europe/London", "44", "en-GB"),
        new("Frankfurt", "HE", "Hesse", "DE", "Germany", "60311", 50.1109, 8.6821, "Europe/Berlin", "49", "de-DE"),
        new("Lyon", "ARA", "Auvergne-Rhone-Alpes", "FR", "France", "69001", 45.7640, 4.8357, "Europe/Paris", "33", "fr-FR"),
        new("Milan", "25", "Lombardy", "IT", "Italy", "20121", 45.4642, 9.1900, "Europe/Rome", "39", "it-IT"),
        new("Valencia", "VC", "Valencian Community", "ES", "Spain", "46001", 39.4699, -0.3763, "Europe/Madrid", "34", "es-ES"),
        new("Sydney", "NSW", "New South Wales", "AU", "Australia", "2000", -33.8688, 151.2093, "Australia/Sydney", "61", "en-AU"),
        new("Osaka", "27", "Osaka", "JP", "Japan", "530-0001", 34.6937, 135.5023, "Asia/Tokyo", "81", "ja-JP"),
        new("Sao Paulo", "SP", "Sao Paulo", "BR", "Brazil", "01000-000", -23.5505, -46.6333, "America/Sao_Paulo", "55", "pt-BR"),
        new("Mumbai", "MH", "Maharashtra", "IN", "India", "400001", 19.0760, 72.8777, "Asia/Kolkata", "91", "en-IN"),
    ];

    public static readonly BrowserProfile[] Browsers =
    [
        new("Chrome", ["128.0.6613.120", "129.0.6668.90", "130.0.6723.117", "131.0.6778.86"], "Mozilla/5.0 ({0}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{1} Safari/537.36"),
        new("Firefox", ["130.0", "131.0.3", "132.0.1"], "Mozilla/5.0 ({0}; rv:{1}) Gecko/20100101 Firefox/{1}"),
        new("Safari", ["17.6", "18.0.1", "18.1"], "Mozilla/5.0 ({0}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{1} Safari/605.1.15"),
        new("Edge", ["129.0.2792.79", "130.0.2849.80"], "Mozilla/5.0 ({0}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/{1}"),
        new("Samsung Internet", ["25.0", "26.0"], "Mozilla/5.0 ({0}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/{1} Chrome/121.0.0.0 Mobile Safari/537.36"),
    ];

    public static readonly DeviceProfile[] WebDevices =
    [
        new("desktop", "Computer", false, 1920, 1080, 1, "Windows", ["10", "11"], "Dell"),
        new("desktop", "Computer", false, 2560, 1440, 1, "Windows", ["11"], "Lenovo"),
        new("desktop", "Computer", false, 1512, 982, 2, "Mac OS X", ["14.6", "15.1"], "Apple"),
        new("desktop", "Computer", false, 1920, 1200, 1, "Linux", ["6.8"], "Framework"),
        new("mobile", "Mobile", true, 390, 844, 3, "iOS", ["17.6", "18.1"], "Apple"),
        new("mobile", "Mobile", true, 412, 915, 3, "Android", ["14", "15"], "Samsung"),
        new("tablet", "Tablet", true, 820, 1180, 2, "iOS", ["18.0"], "Apple"),
    ];

    public static readonly DeviceProfile[] AppDevices =
    [
        new("mobile", "Mobile", true, 393, 852, 3, "iOS", ["17.6", "18.1"], "Apple"),
        new("mobile", "Mobile", true, 412, 915, 3, "Android", ["13", "14", "15"], "Google"),
        new("mobile", "Mobile", true, 360, 780, 3, "Android", ["14"], "Samsung"),
        new("tablet", "Tablet", true, 1024, 1366, 2, "iOS", ["18.0"], "Apple"),
    ];

    public const string ShopHost = "www.example-outfitters.com";
    public const string ShopDomain = "example-outfitters.com";

    public static readonly Page[] Pages =
    [
        new("/", "Example Outfitters | Home", ["Home"], "outdoor gear"),
        new("/products/trail-runner-2", "Trail Runner 2 | Example Outfitters", ["Home", "Footwear", "Trail Runner 2"], "trail running shoes"),
        new("/products/alpine-jacket", "Alpine Shell Jacket | Example Outfitters", ["Home", "Jackets", "Alpine Shell"], "waterproof jacket"),
        new("/cart", "Your cart | Example Outfitters", ["Home", "Cart"], "cart"),
        new("/checkout/payment", "Checkout - Payment | Example Outfitters", ["Home", "Checkout", "Payment"], "checkout"),
        new("/account/orders", "Your orders | Example Outfitters", ["Home", "Account", "Orders"], "order status"),
        new("/help/returns", "Returns and refunds | Example Outfitters", ["Home", "Help", "Returns"], "return policy"),
        new("/help/contact", "Contact us | Example Outfitters", ["Home", "Help", "Contact"], "contact support"),
        new("/search", "Search results | Example Outfitters", ["Home", "Search"], "search"),
        new("/stores/locator", "Find a store | Example Outfitters", ["Home", "Stores"], "store near me"),
    ];

    public static readonly Campaign[] Campaigns =
    [
        new("autumn-sale-2025", "google", "cpc", "Google Search", "text-ad-b", "hiking boots"),
        new("newsletter-week-44", "newsletter", "email", "Email", "hero-banner", "jackets"),
        new("retargeting-q4", "facebook", "social", "Meta", "carousel", "trail shoes"),
        new("black-friday-teaser", "instagram", "social", "Meta", "story-3", "deals"),
        new("brand-awareness", "bing", "cpc", "Microsoft Advertising", "text-ad-a", "outdoor store"),
    ];

    public static readonly ReferrerSite[] Referrers =
    [
        new("Google", "www.google.com", "search", "/search", "q=waterproof+jacket"),
        new("Bing", "www.bing.com", "search", "/search", "q=trail+running+shoes"),
        new("Facebook", "m.facebook.com", "social", "/", ""),
        new("Reddit", "www.reddit.com", "social", "/r/ultralight/comments/abc123", ""),
        new("Example Reviews", "reviews.example.org", "unknown", "/outdoor/best-jackets-2025", "page=2"),
        new("Example Outfitters", ShopHost, "internal", "/products/alpine-jacket", ""),
    ];

    public static readonly string[] SearchTerms =
    [
        "waterproof jacket", "trail shoes size 44", "return policy", "order status", "gift card", "tent 2 person",
        "store opening hours", "discount code", "gore-tex", "delivery time",
    ];

    public static readonly string[] IpOrganizations =
    [
        "Example Telecom", "Northwind Broadband", "Contoso Fiber", "Fabrikam Mobile", "Tailspin Networks", "Adatum Cable",
    ];

    public static readonly string[] Carriers = ["Example Mobile", "Northwind Wireless", "Contoso Cellular", "Fabrikam 5G"];

    public static readonly string[] WebEventNames = ["page_viewed", "product_viewed", "cart_updated", "form_submitted", "search_performed", "chat_requested"];

    public static readonly string[] AppEventNames = ["screen_viewed", "app_opened", "product_added", "checkout_started", "push_opened"];

    public static readonly Channel[] Channels =
    [
        new("Message", "Web", "WebMessaging"),
        new("Message", "Sms", "Genesys"),
        new("Message", "WhatsApp", "Genesys"),
        new("Call", null, null),
        new("Callback", null, null),
        new("Cobrowse", null, null),
        new("Video", null, null),
    ];

    public static readonly string[] ConversationSubjects =
    [
        "Where is my order?", "Return of Alpine Shell Jacket", "Size advice for Trail Runner 2", "Payment declined at checkout",
        "Change delivery address", "Warranty claim", "Gift card balance", "Store pickup question",
    ];

    public static readonly string[] DispositionCodes = ["Resolved", "Sale", "Follow-up", "Escalated", "No action", "Refund issued"];

    public static readonly string[] DispositionNotes =
    [
        "Customer satisfied with the answer.", "Sent the return label by email.", "Offered a 10% voucher.",
        "Will call back after the delivery.", "Escalated to the warehouse team.", "Guided the customer through checkout with co-browse.",
    ];

    public static readonly string[] AttributeTiers = ["bronze", "silver", "gold", "platinum"];

    public static readonly string[] Products = ["trail-runner-2", "alpine-jacket", "summit-pack-30", "trek-poles", "base-layer-merino", "tent-duo"];

    public static readonly string[] QueueTopics =
    [
        "Sales", "Support", "Returns", "Billing", "Loyalty", "Delivery", "Web Messaging", "Co-browse Assist", "Retention",
        "Wholesale",
    ];

    public static readonly string[] QueueRegions = ["EMEA", "NA", "APAC", "LATAM", "Global"];

    public static readonly string[] Departments = ["Customer Care", "Sales", "Returns", "Billing", "Digital Support", "Loyalty"];

    public static readonly string[] AgentTitles = ["Agent", "Senior Agent", "Team Lead", "Supervisor", "Specialist"];

    public static readonly string[] SegmentNames =
    [
        "Returning visitor", "High cart value", "Checkout abandoner", "Mobile shopper", "Newsletter subscriber",
        "Help seeker", "Loyalty member", "First-time visitor", "Campaign arrival", "Store locator user",
    ];

    public static readonly string[] SegmentColors = ["#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#e53935", "#00897b", "#6d4c41", "#3949ab"];

    public static readonly string[] AppNames = ["Example Outfitters", "Example Outfitters Rewards"];

    public static readonly string[] AppVersions = ["3.4.1", "3.5.0", "3.6.2", "4.0.0"];
}
