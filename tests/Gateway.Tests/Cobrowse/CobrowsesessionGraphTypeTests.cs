using Gateway.Cobrowse;
using Gateway.Filtering;
using Gateway.Tests.Conversations;
using GraphQL.Types;

namespace Gateway.Tests.Cobrowse;

/// <summary>The seed model <c>Cobrowsesession</c> is the contract: every field, its type and its description.</summary>
public sealed class CobrowsesessionGraphTypeTests
{
    private const string IsoNote = " Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ";

    public static TheoryData<string, string, string> SeedFields => new()
    {
        { "state", "String", "The connection state of this communication." },
        { "id", "ID", "A globally unique identifier for this communication." },
        { "disconnectType", "String", "System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects." },
        { "self", "Address", "Address and name data for a call endpoint." },
        { "cobrowseSessionId", "String", "The co-browse session ID." },
        { "cobrowseRole", "String", "This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer)." },
        { "controlling", "[String!]", "ID of co-browse participants for which this client has been granted control (list is empty if this client cannot control any shared pages)." },
        { "viewerUrl", "String", "The URL that can be used to open co-browse session in web browser." },
        { "providerEventTime", "DateTime", "The time when the provider event which triggered this conversation update happened in the corrected provider clock (milliseconds since 1970-01-01 00:00:00 UTC)." + IsoNote },
        { "startAlertingTime", "DateTime", "The timestamp the communication has when it is first put into an alerting state." + IsoNote },
        { "connectedTime", "DateTime", "The timestamp when this communication was connected in the cloud clock." + IsoNote },
        { "disconnectedTime", "DateTime", "The timestamp when this communication disconnected from the conversation in the provider clock." + IsoNote },
        { "provider", "String", "The source provider for the co-browse session." },
        { "peerId", "String", "The id of the peer communication corresponding to a matching leg for this communication." },
        { "segments", "[Segment!]", "The time line of the participant's call, divided into activity segments." },
    };

    [Theory]
    [MemberData(nameof(SeedFields))]
    public void Schema_CobrowsesessionSeedField_HasItsTypeAndDescription(string name, string type, string description)
    {
        using var schema = new FeatureSchema(new CountingGenesysClient());
        schema.Schema.Initialize();

        var field = ((IObjectGraphType)schema.Schema.AllTypes["Cobrowsesession"]!).GetField(name);

        Assert.NotNull(field);
        Assert.Equal(type, field.ResolvedType!.ToString());
        Assert.Equal(description, field.Description);
    }

    [Fact]
    public void Schema_AddressSeedType_HasEveryField()
    {
        using var schema = new FeatureSchema(new CountingGenesysClient());
        schema.Schema.Initialize();

        var address = (IObjectGraphType)schema.Schema.AllTypes["Address"]!;

        Assert.Equal(["name", "nameRaw", "addressNormalized", "addressRaw", "addressDisplayable"], address.Fields.Select(field => field.Name));
    }

    [Fact]
    public void Schema_SegmentSeedType_HasEveryField()
    {
        using var schema = new FeatureSchema(new CountingGenesysClient());
        schema.Schema.Initialize();

        var segment = (IObjectGraphType)schema.Schema.AllTypes["Segment"]!;

        Assert.Equal(["startTime", "endTime", "type", "howEnded", "disconnectType"], segment.Fields.Select(field => field.Name));
    }

    [Theory]
    [InlineData("sharer", CobrowseRole.Sharer)]
    [InlineData("VIEWER", CobrowseRole.Viewer)]
    [InlineData("presenter", CobrowseRole.Unknown)]
    [InlineData("", CobrowseRole.Unknown)]
    [InlineData(null, null)]
    public void Parse_CobrowseRole_FallsBackToUnknownAndNeverFails(string? raw, CobrowseRole? expected)
        => Assert.Equal(expected, CobrowseRoleGraphType.Parse(raw));
}
