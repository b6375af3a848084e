using GenesysCloud.Models;
using GenesysCloud.Simulator.Seed;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// Changes of journey sessions: one more event on a session (its counts, last event, last page, duration, maybe its
/// end), and a new session of a contact (on the device of its newest session, when it has one). Pure, like
/// <see cref="CobrowseChanges"/>.
/// </summary>
internal static class SessionChanges
{
    public static Session RecordEvent(Session session, DateTimeOffset now, Random random, bool end)
    {
        var isWeb = session.Type != "app";
        var created = session.CreatedDate ?? now;
        return session with
        {
            EventCount = (session.EventCount ?? 0) + 1,
            LastEvent = new SessionLastEvent
            {
                Id = random.NextGuid(),
                EventName = random.Pick(isWeb ? SampleValues.WebEventNames : SampleValues.AppEventNames),
                CreatedDate = now,
            },
            PageviewCount = isWeb ? (session.PageviewCount ?? 0) + 1 : session.PageviewCount,
            ScreenviewCount = isWeb ? session.ScreenviewCount : (session.ScreenviewCount ?? 0) + 1,
            LastPage = isWeb ? Page(random, session.LastPage) : session.LastPage,
            DurationInSeconds = (int)Math.Max(0, (now - created).TotalSeconds),
            EndedDate = end ? now : session.EndedDate,
            AwayDate = end ? now : now + TimeSpan.FromMinutes(1),
            IdleDate = end ? now : now + TimeSpan.FromMinutes(30),
        };
    }

    public static Session NewSession(string id, string contactId, Session? newest, DateTimeOffset now, Random random)
    {
        var lastEvent = new SessionLastEvent { Id = random.NextGuid(), EventName = "page_viewed", CreatedDate = now };
        var session = new Session
        {
            Id = id,
            Type = "web",
            EventCount = 1,
            LastEvent = lastEvent,
            Authenticated = false,
            CreatedDate = now,
            ExternalContact = SelfUris.Ref(contactId, SelfUris.ExternalContact),
            SelfUri = SelfUris.Session(id),
        };
        if (newest is null)
        {
            return session;
        }

        // The same visitor on the same device: what identifies them carries over, what belongs to a visit does not.
        var isWeb = newest.Type != "app";
        return session with
        {
            Type = newest.Type,
            CustomerId = newest.CustomerId,
            CustomerIdType = newest.CustomerIdType,
            Authenticated = newest.Authenticated,
            ShortId = random.Next(1000, 1000000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Browser = newest.Browser,
            Device = newest.Device,
            Geolocation = newest.Geolocation,
            IpAddress = newest.IpAddress,
            IpOrganization = newest.IpOrganization,
            App = newest.App,
            SdkLibrary = newest.SdkLibrary,
            NetworkConnectivity = newest.NetworkConnectivity,
            UserAgentString = newest.UserAgentString,
            LastEvent = lastEvent with { EventName = isWeb ? "page_viewed" : "app_opened" },
            LastPage = isWeb && newest.LastPage is not null ? Page(random, newest.LastPage) : null,
            PageviewCount = isWeb ? 1 : null,
            ScreenviewCount = isWeb ? null : 1,
            DurationInSeconds = 0,
            AwayDate = now + TimeSpan.FromMinutes(1),
            IdleDate = now + TimeSpan.FromMinutes(30),
        };
    }

    private static JourneyPage Page(Random random, JourneyPage? previous)
    {
        var page = random.Pick(SampleValues.Pages);
        var host = previous?.Hostname ?? SampleValues.ShopHost;
        return new JourneyPage
        {
            Url = $"https://{host}{page.Pathname}",
            Title = page.Title,
            Domain = previous?.Domain ?? SampleValues.ShopDomain,
            Hostname = host,
            Keywords = page.Keywords,
            Lang = previous?.Lang,
            Pathname = page.Pathname,
            Breadcrumb = [.. page.Breadcrumb],
        };
    }
}
