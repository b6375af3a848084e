using System.Diagnostics;
using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Tests.Seed;

public sealed class SimulatorDataStoreTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string OtherOrganization = "00000000-0000-4000-8000-0000000000aa";

    private SimulatorDataStore Data => fixture.Simulator.Data;

    private static SimulatorDataStore NewStore(SimulatorOptions options) =>
        new(Options.Create(options), TimeProvider.System, NullLogger<SimulatorDataStore>.Instance);

    [Fact]
    public async Task Start_SameSeedTwice_AnswersIdenticalJson()
    {
        await using var other = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions());
        using var otherHttp = await SimulatorTestClient.AuthenticatedAsync(other);
        var conversationId = Data.CobrowseConversations(fixture.OrganizationId)[0].Id;
        string[] paths =
        [
            $"api/v2/journey/sessions/{Data.SessionIds[17]}",
            $"api/v2/externalcontacts/contacts/{Data.ExternalContactIds[0]}/journey/sessions?pageSize=50",
            $"api/v2/conversations/{conversationId}",
            $"api/v2/conversations/cobrowsesessions/{conversationId}",
            $"api/v2/externalcontacts/contacts/{Data.ExternalContactIds[900]}",
            $"api/v2/users/{Data.UserIds[5]}",
            $"api/v2/routing/queues/{Data.QueueIds[5]}",
            $"api/v2/journey/segments/{Data.JourneySegmentIds[5]}",
        ];

        foreach (var path in paths)
        {
            Assert.Equal(await fixture.Http.GetStringAsync(path), await otherHttp.GetStringAsync(path));
        }
    }

    [Fact]
    public void Build_DifferentSeed_GivesDifferentIds()
    {
        var other = NewStore(new SimulatorOptions { Seed = 7 });

        Assert.NotEqual(Data.SessionIds[0], other.SessionIds[0]);
        Assert.Equal(Data.SessionIds[0], NewStore(new SimulatorOptions()).SessionIds[0]);
    }

    [Fact]
    public void Organizations_SameId_HaveDifferentValues()
    {
        var id = Data.SessionIds[10];

        var mine = Data.GetSession(fixture.OrganizationId, id)!;
        var theirs = Data.GetSession(OtherOrganization, id)!;

        Assert.Equal(mine.Id, theirs.Id);
        Assert.NotEqual(mine.CreatedDate, theirs.CreatedDate);
        Assert.NotEqual(
            JsonSerializer.Serialize(mine, GenesysJsonContext.Default.Session),
            JsonSerializer.Serialize(theirs, GenesysJsonContext.Default.Session));
        var contactId = Data.ExternalContactIds[0];
        Assert.NotEqual(Data.GetExternalContact(fixture.OrganizationId, contactId)!.FirstName + Data.GetExternalContact(fixture.OrganizationId, contactId)!.LastName,
            Data.GetExternalContact(OtherOrganization, contactId)!.FirstName + Data.GetExternalContact(OtherOrganization, contactId)!.LastName);
    }

    [Fact]
    public void Sessions_EveryContact_HasSeveralSessions()
    {
        Assert.All(Data.ExternalContactIds, id => Assert.True(Data.SessionsOfExternalContact(fixture.OrganizationId, id)!.Count >= 2));
    }

    [Fact]
    public void Sessions_References_PointAtExistingEntities()
    {
        var org = fixture.OrganizationId;
        foreach (var session in Data.Sessions(org))
        {
            Assert.NotNull(Data.GetExternalContact(org, session.ExternalContact!.Id));
            if (session.Conversation is { } conversation)
            {
                Assert.NotNull(Data.GetConversation(org, conversation.Id));
                Assert.NotNull(Data.GetUser(org, session.LastConnectedUser!.Id));
                Assert.NotNull(Data.GetQueue(org, session.LastConnectedQueue!.Id));
            }

            foreach (var assignment in session.SegmentAssignments ?? [])
            {
                Assert.NotNull(Data.GetJourneySegment(org, assignment.Segment!.Id));
            }
        }
    }

    [Fact]
    public void Sessions_Enums_CoverEveryKnownValueAndSomeUnknownOnes()
    {
        var sessions = Data.Sessions(fixture.OrganizationId);
        string[] directions = ["OutdatedSdkVersion", "Unknown", "Inbound", "Outbound"];
        string[] outcomes = ["OutdatedSdkVersion", "Unknown", "Abandon", "Answered", "FlowOut"];
        string[] disconnects =
        [
            "OutdatedSdkVersion", "Unknown", "Endpoint", "Client", "System", "Transfer", "Error", "Peer", "Other", "Spam",
            "Timeout", "TransportFailure", "ConferenceTransfer", "ConsultTransfer", "ForwardTransfer", "NoAnswerTransfer",
            "NotAvailableTransfer", "Uncallable", "DoNotDisturbEndpoint", "DoNotDisturbTransfer",
        ];

        Assert.Superset(directions.ToHashSet(), sessions.Select(s => s.OriginatingDirection).OfType<string>().ToHashSet());
        Assert.Superset(outcomes.ToHashSet(), sessions.Select(s => s.LastAcdOutcome).OfType<string>().ToHashSet());
        Assert.Superset(disconnects.ToHashSet(), sessions.Select(s => s.LastUserDisconnectType).OfType<string>().ToHashSet());
        Assert.Contains(sessions, s => s.OriginatingDirection is { } d && !directions.Contains(d));
        Assert.Contains(sessions, s => s.LastAcdOutcome is { } o && !outcomes.Contains(o));
        Assert.Contains(sessions, s => s.LastUserDisconnectType is { } t && !disconnects.Contains(t));
    }

    [Fact]
    public void Sessions_Variety_CoversTypesStatesAndOptionalFields()
    {
        var sessions = Data.Sessions(fixture.OrganizationId);

        Assert.Contains(sessions, s => s.Type == "web" && s.Browser is not null && s.LastPage is not null && s.MktCampaign is not null && s.Referrer is not null && s.SearchTerms is not null);
        Assert.Contains(sessions, s => s.Type == "app" && s.App is not null && s.NetworkConnectivity is not null && s.SdkLibrary is not null);
        Assert.Contains(sessions, s => s.EndedDate is null);
        Assert.Contains(sessions, s => s.EndedDate is not null);
        Assert.Contains(sessions, s => s.Device is null && s.Geolocation is null && s.Conversation is null);
        Assert.Contains(sessions, s => s.Attributes is { Count: > 0 } && s.AttributeLists is { Count: > 0 } && s.OutcomeAchievements is { Count: > 0 });
        Assert.Contains(sessions, s => s.LastUserDisposition is not null && s.ConversationChannels is { Count: > 0 });
        Assert.True(sessions.Count(s => s.Conversation is not null) > sessions.Count / 2);
    }

    [Fact]
    public void Conversations_SomeHaveCobrowse_WithSharerAndViewer()
    {
        var conversations = Data.Conversations(fixture.OrganizationId);

        Assert.All(conversations, c => Assert.InRange(c.Participants!.Count, 2, 4));
        var cobrowse = Data.CobrowseConversations(fixture.OrganizationId);
        Assert.InRange(cobrowse.Count, 1, conversations.Count - 1);
        Assert.All(cobrowse, c => Assert.Equal(["sharer", "viewer"], c.Participants!.Select(p => p.CobrowseRole)));
    }

    [Fact]
    public void Build_DefaultCounts_TakesWellUnderASecond()
    {
        var options = new SimulatorOptions();
        NewStore(options).WarmUp(SimulatorOptions.DefaultOrganizationId); // JIT

        // Best of three: the machine may be busy with other test classes running in parallel.
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var started = Stopwatch.GetTimestamp();
            NewStore(options).WarmUp(SimulatorOptions.DefaultOrganizationId);
            var elapsed = Stopwatch.GetElapsedTime(started);
            best = elapsed < best ? elapsed : best;
        }

        Assert.True(best < TimeSpan.FromMilliseconds(750), $"took {best.TotalMilliseconds:F0} ms");
    }
}
