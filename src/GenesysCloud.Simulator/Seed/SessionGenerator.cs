using System.Globalization;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// Journey sessions: web sessions (browser, pages, campaign, referrer, search) and app sessions (app, network),
/// most with a conversation they led to; a few carry only the required fields, a few carry enum values the SDK
/// does not know.
/// </summary>
internal static class SessionGenerator
{
    public static Session Create(GenerationContext context, int index, ExternalContact[] contacts, Conversation[] conversations)
    {
        var plan = context.Plan;
        var id = plan.SessionIds[index];
        var random = context.Values("session", index);
        var timing = SessionTiming.For(context, index);
        var contactId = contacts[plan.SessionContact[index]].Id;
        var isWeb = random.Chance(0.7);
        var type = isWeb ? "web" : "app";
        var eventCount = random.Next(1, 120);
        var lastEvent = new SessionLastEvent
        {
            Id = random.NextGuid(),
            EventName = random.Pick(isWeb ? SampleValues.WebEventNames : SampleValues.AppEventNames),
            CreatedDate = timing.LastEvent,
        };
        var authenticated = random.Chance(0.35);

        var session = new Session
        {
            Id = id,
            Type = type,
            EventCount = eventCount,
            LastEvent = lastEvent,
            Authenticated = authenticated,
            CreatedDate = timing.Created,
            EndedDate = timing.Ended,
            ExternalContact = SelfUris.Ref(contactId, SelfUris.ExternalContact),
            SelfUri = SelfUris.Session(id),
        };

        if (plan.SessionSparse[index])
        {
            return session;
        }

        var city = random.Pick(SampleValues.Cities);
        var device = random.Pick(isWeb ? SampleValues.WebDevices : SampleValues.AppDevices);
        var osVersion = random.Pick(device.OsVersions);
        var shortId = random.Next(1000, 1000000).ToString(CultureInfo.InvariantCulture);
        var lastActivity = timing.Ended ?? timing.LastEvent;

        session = session with
        {
            CustomerId = authenticated ? contactId : random.NextGuid(),
            CustomerIdType = authenticated ? "externalContactId" : "cookie",
            ExternalId = $"ext-{random.Digits(8)}",
            ExternalUrl = random.Chance(0.4) ? $"https://analytics.example.com/sessions/{shortId}" : null,
            ShortId = shortId,
            OutcomeAchievements = OutcomeAchievements(context, random, timing),
            SegmentAssignments = SegmentAssignments(context, random, timing),
            Attributes = Attributes(random, isWeb),
            AttributeLists = random.Chance(0.7)
                ? new Dictionary<string, CustomEventAttributeList>
                {
                    ["viewedProducts"] = new() { DataType = "String", Values = random.Some(SampleValues.Products, 1, 4) },
                }
                : null,
            Device = new Device
            {
                Category = device.Category,
                Type = device.Type,
                IsMobile = device.IsMobile,
                ScreenHeight = device.ScreenHeight,
                ScreenWidth = device.ScreenWidth,
                ScreenDensity = device.ScreenDensity,
                Fingerprint = random.Hex(32),
                OsFamily = device.OsFamily,
                OsVersion = osVersion,
                Manufacturer = device.Manufacturer,
            },
            Geolocation = new JourneyGeolocation
            {
                Country = city.Country,
                CountryName = city.CountryName,
                Latitude = Math.Round(city.Latitude + ((random.NextDouble() - 0.5) * 0.1), 4),
                Longitude = Math.Round(city.Longitude + ((random.NextDouble() - 0.5) * 0.1), 4),
                Locality = city.Locality,
                PostalCode = city.PostalCode,
                Region = city.Region,
                RegionName = city.RegionName,
                Source = random.Chance(0.8) ? "IP" : "GPS",
                Timezone = city.Timezone,
            },
            IpAddress = DocumentationIp(random),
            IpOrganization = random.Pick(SampleValues.IpOrganizations),
            DurationInSeconds = (int)(lastActivity - timing.Created).TotalSeconds,
            AwayDate = timing.Ended is null ? lastActivity + TimeSpan.FromMinutes(1) : lastActivity,
            IdleDate = timing.Ended is null ? lastActivity + TimeSpan.FromMinutes(30) : lastActivity,
        };

        session = isWeb ? WithWeb(session, random, device, osVersion, city) : WithApp(session, random, device, osVersion);
        return WithConversation(session, context, random, index, conversations);
    }

    private static Session WithWeb(Session session, Random random, SampleValues.DeviceProfile device, string osVersion, SampleValues.City city)
    {
        var browser = random.Pick(SampleValues.Browsers);
        var browserVersion = random.Pick(browser.Versions);
        var page = random.Pick(SampleValues.Pages);
        var hasCampaign = random.Chance(0.55);
        var campaign = random.Pick(SampleValues.Campaigns);
        var referrer = random.Chance(0.75) ? random.Pick(SampleValues.Referrers) : null;
        var query = hasCampaign ? $"utm_source={campaign.Source}&utm_medium={campaign.Medium}&utm_campaign={campaign.Name}" : null;
        var platform = device.OsFamily switch
        {
            "Windows" => "Windows NT 10.0; Win64; x64",
            "Mac OS X" => "Macintosh; Intel Mac OS X 10_15_7",
            "iOS" => $"iPhone; CPU iPhone OS {osVersion.Replace('.', '_')} like Mac OS X",
            "Android" => $"Linux; Android {osVersion}; SM-S918B",
            _ => "X11; Linux x86_64",
        };

        return session with
        {
            Browser = new Browser
            {
                Family = browser.Family,
                Version = browserVersion,
                Lang = city.Language,
                Fingerprint = random.Hex(32),
                IsMobile = device.IsMobile,
                ViewHeight = device.ScreenHeight - random.Next(60, 200),
                ViewWidth = device.ScreenWidth - random.Next(0, 40),
                FeaturesFlash = false,
                FeaturesJava = false,
                FeaturesPdf = !device.IsMobile,
                FeaturesWebrtc = true,
            },
            LastPage = new JourneyPage
            {
                Url = $"https://{SampleValues.ShopHost}{page.Pathname}{(query is null ? "" : "?" + query)}",
                Title = page.Title,
                Domain = SampleValues.ShopDomain,
                Fragment = random.Chance(0.1) ? "reviews" : null,
                Hostname = SampleValues.ShopHost,
                Keywords = page.Keywords,
                Lang = city.Language,
                Pathname = page.Pathname,
                QueryString = query,
                Breadcrumb = [.. page.Breadcrumb],
            },
            MktCampaign = hasCampaign
                ? new JourneyCampaign
                {
                    Content = campaign.Content,
                    Medium = campaign.Medium,
                    Name = campaign.Name,
                    Source = campaign.Source,
                    Term = campaign.Term,
                    ClickId = campaign.Medium == "cpc" ? random.Hex(24) : null,
                    Network = campaign.Network,
                }
                : null,
            Referrer = referrer is null
                ? null
                : new Referrer
                {
                    Url = $"https://{referrer.Hostname}{referrer.Pathname}{(referrer.QueryString.Length == 0 ? "" : "?" + referrer.QueryString)}",
                    Domain = string.Join('.', referrer.Hostname.Split('.')[^2..]),
                    Hostname = referrer.Hostname,
                    Keywords = referrer.Medium == "search" ? referrer.QueryString[2..].Replace('+', ' ') : null,
                    Pathname = referrer.Pathname,
                    QueryString = referrer.QueryString.Length == 0 ? null : referrer.QueryString,
                    Name = referrer.Name,
                    Medium = referrer.Medium,
                },
            SdkLibrary = new SdkLibrary { Name = "journey-web-sdk", Version = random.Pick(["2.9.0", "2.10.1", "2.11.0"]) },
            SearchTerms = random.Chance(0.5) ? random.Some(SampleValues.SearchTerms, 1, 3) : null,
            UserAgentString = string.Format(CultureInfo.InvariantCulture, browser.UserAgentFormat, platform, browserVersion),
            PageviewCount = random.Next(1, Math.Max(2, session.EventCount ?? 1)),
        };
    }

    private static Session WithApp(Session session, Random random, SampleValues.DeviceProfile device, string osVersion)
    {
        var ios = device.OsFamily == "iOS";
        var version = random.Pick(SampleValues.AppVersions);
        var name = random.Pick(SampleValues.AppNames);
        return session with
        {
            App = new JourneyApp
            {
                Name = name,
                Namespace = name.EndsWith("Rewards", StringComparison.Ordinal) ? "com.example.outfitters.rewards" : "com.example.outfitters",
                Version = version,
                BuildNumber = version.Replace(".", "", StringComparison.Ordinal) + random.Next(0, 10).ToString(CultureInfo.InvariantCulture),
            },
            SdkLibrary = new SdkLibrary { Name = ios ? "journey-ios-sdk" : "journey-android-sdk", Version = random.Pick(["1.4.0", "1.5.2"]) },
            NetworkConnectivity = new NetworkConnectivity
            {
                Carrier = random.Pick(SampleValues.Carriers),
                BluetoothEnabled = random.Chance(0.6),
                CellularEnabled = true,
                WifiEnabled = random.Chance(0.7),
            },
            UserAgentString = ios
                ? $"ExampleOutfitters/{version} (iPhone; iOS {osVersion}; Scale/3.00)"
                : $"ExampleOutfitters/{version} (Linux; Android {osVersion}; {device.Manufacturer})",
            ScreenviewCount = random.Next(1, Math.Max(2, session.EventCount ?? 1)),
            SearchTerms = random.Chance(0.2) ? random.Some(SampleValues.SearchTerms, 1, 2) : null,
        };
    }

    private static Session WithConversation(Session session, GenerationContext context, Random random, int index, Conversation[] conversations)
    {
        var conversationIndex = context.Plan.SessionConversation[index];
        if (conversationIndex < 0)
        {
            return session;
        }

        var conversation = conversations[conversationIndex];
        var agent = conversation.Participants!.Last(p => p.Purpose == "agent");
        var unknown = DataPlan.IsUnknownEnumSession(index);

        // Mostly the common value; otherwise cycle through every value so each one occurs.
        var direction = unknown ? SessionEnumValues.UnknownOriginatingDirection
            : random.Chance(0.6) ? "Inbound" : SessionEnumValues.OriginatingDirection[index % SessionEnumValues.OriginatingDirection.Length];
        var disconnect = unknown ? SessionEnumValues.UnknownLastUserDisconnectType
            : random.Chance(0.4) ? "Client" : SessionEnumValues.LastUserDisconnectType[index % SessionEnumValues.LastUserDisconnectType.Length];
        var outcome = unknown ? SessionEnumValues.UnknownLastAcdOutcome
            : random.Chance(0.6) ? "Answered" : SessionEnumValues.LastAcdOutcome[index % SessionEnumValues.LastAcdOutcome.Length];
        var channel = random.Pick(SampleValues.Channels);
        var hasCobrowse = conversation.Participants!.Any(p => p.Cobrowsesessions is { Count: > 0 });

        List<ConversationChannel> channels = [new() { Type = channel.Type, MessageType = channel.MessageType, Platform = channel.Platform }];
        if (hasCobrowse && channel.Type != "Cobrowse")
        {
            channels.Add(new ConversationChannel { Type = "Cobrowse" });
        }

        return session with
        {
            Conversation = SelfUris.Ref(conversation.Id, SelfUris.Conversation),
            LastConnectedQueue = new ConnectedQueue { Id = agent.QueueId!, SelfUri = SelfUris.Queue(agent.QueueId!) },
            LastConnectedUser = new ConnectedUser { Id = agent.UserId!, SelfUri = SelfUris.User(agent.UserId!) },
            LastUserDisposition = agent.Wrapup is null
                ? null
                : new ConversationUserDisposition
                {
                    Code = agent.Wrapup.Name,
                    Notes = agent.Wrapup.Notes,
                    User = SelfUris.Ref(agent.UserId!, SelfUris.User),
                },
            ConversationChannels = channels,
            OriginatingDirection = direction,
            ConversationSubject = random.Pick(SampleValues.ConversationSubjects),
            LastUserDisconnectType = disconnect,
            LastAcdOutcome = outcome,
        };
    }

    private static List<OutcomeAchievement>? OutcomeAchievements(GenerationContext context, Random random, SessionTiming timing)
    {
        if (!random.Chance(0.6))
        {
            return null;
        }

        return [.. random.Some(context.Plan.OutcomeIds, 1, 2).Select(id => new OutcomeAchievement
        {
            Outcome = SelfUris.Ref(id, SelfUris.Outcome),
            AchievedDate = timing.Created + random.Between(TimeSpan.Zero, timing.LastEvent - timing.Created),
        })];
    }

    private static List<SessionSegmentAssignment>? SegmentAssignments(GenerationContext context, Random random, SessionTiming timing)
    {
        if (!random.Chance(0.85))
        {
            return null;
        }

        return [.. random.Some(context.Plan.SegmentIds, 1, 3).Select(id => new SessionSegmentAssignment
        {
            Segment = SelfUris.Ref(id, SelfUris.Segment),
            AssignedDate = timing.Created + random.Between(TimeSpan.Zero, timing.LastEvent - timing.Created),
        })];
    }

    private static Dictionary<string, CustomEventAttribute>? Attributes(Random random, bool isWeb)
    {
        if (!random.Chance(0.8))
        {
            return null;
        }

        var attributes = new Dictionary<string, CustomEventAttribute>
        {
            ["loyaltyTier"] = new() { DataType = "String", Value = random.Pick(SampleValues.AttributeTiers) },
            ["cartValue"] = new() { DataType = "Number", Value = (random.Next(0, 50000) / 100.0).ToString("0.00", CultureInfo.InvariantCulture) },
            ["returningVisitor"] = new() { DataType = "Boolean", Value = random.Chance(0.5) ? "true" : "false" },
        };
        if (!isWeb)
        {
            attributes["pushOptIn"] = new() { DataType = "Boolean", Value = random.Chance(0.4) ? "true" : "false" };
        }

        return attributes;
    }

    // 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24: reserved for documentation, never a real visitor.
    private static string DocumentationIp(Random random) =>
        $"{random.Pick(["192.0.2", "198.51.100", "203.0.113"])}.{random.Next(1, 255)}";
}
