using Gateway.Common;
using Gateway.Conversations;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>A participant's co-browse communication (SDK model <c>Cobrowsesession</c>); the seed's fields and descriptions are the contract.</summary>
public sealed class CobrowsesessionGraphType : ObjectGraphType<Cobrowsesession>
{
    private const string IsoDateNote = " Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ";

    public CobrowsesessionGraphType()
    {
        Name = "Cobrowsesession";
        Description = "A participant's co-browse communication.";
        Field(x => x.State, nullable: true).Description("The connection state of this communication.");
        Field(x => x.Id, type: typeof(IdGraphType)).Description("A globally unique identifier for this communication.");
        Field(x => x.DisconnectType, nullable: true).Description("System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.");
        Field(x => x.Self, type: typeof(AddressGraphType)).Description("Address and name data for a call endpoint.");
        Field(x => x.CobrowseSessionId, nullable: true).Description("The co-browse session ID.");
        Field(x => x.CobrowseRole, nullable: true).Description("This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer).");
        Field<CobrowseRoleGraphType>("cobrowseRoleKind")
            .Description("cobrowseRole as an enum; a role this gateway does not know is UNKNOWN (the raw value stays in cobrowseRole).")
            .Resolve(context => CobrowseRoleGraphType.Parse(context.Source.CobrowseRole));
        Field(x => x.Controlling, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("ID of co-browse participants for which this client has been granted control (list is empty if this client cannot control any shared pages).");
        Field(x => x.ViewerUrl, nullable: true).Description("The URL that can be used to open co-browse session in web browser.");
        Field(x => x.ProviderEventTime, type: typeof(IsoDateTimeGraphType)).Description("The time when the provider event which triggered this conversation update happened in the corrected provider clock (milliseconds since 1970-01-01 00:00:00 UTC)." + IsoDateNote);
        Field(x => x.StartAlertingTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp the communication has when it is first put into an alerting state." + IsoDateNote);
        Field(x => x.ConnectedTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this communication was connected in the cloud clock." + IsoDateNote);
        Field(x => x.DisconnectedTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this communication disconnected from the conversation in the provider clock." + IsoDateNote);
        Field(x => x.Provider, nullable: true).Description("The source provider for the co-browse session.");
        Field(x => x.PeerId, nullable: true).Description("The id of the peer communication corresponding to a matching leg for this communication.");
        Field<ListGraphType<NonNullGraphType<SegmentGraphType>>>("segments")
            .Description("The time line of the participant's call, divided into activity segments.")
            .Argument<SegmentFilterInputGraphType>("where", "Keeps the segments that match (HotChocolate filtering conventions).")
            .Argument<ListGraphType<NonNullGraphType<SegmentSortInputGraphType>>>(SegmentSortArgument.Name, "Sorts the segments; later entries break ties of earlier ones (HotChocolate sorting conventions).")
            .Resolve(context => ResolveSegments(context.Source.Segments, context.GetArgument<object?>("where"), SegmentSortArgument.Read(context)));
        Field(x => x.InitialState, nullable: true).Description("The initial connection state of this communication.");
        Field(x => x.Wrapup, type: typeof(WrapupGraphType)).Description("Call wrap up or disposition data.");
        Field(x => x.AfterCallWorkRequired, nullable: true).Description("Indicates if after-call work is required for a communication.");
    }

    private static IReadOnlyList<Segment>? ResolveSegments(IReadOnlyList<Segment>? segments, object? where, IReadOnlyList<SegmentSortInput>? order)
    {
        // Both are checked even when there are no segments, so a bad argument fails the same way whatever the data.
        var matches = where is SegmentFilterInput filter ? SegmentFilter.Compile(filter) : null;

        // No filter: the upstream's list as it is, not a copy.
        var filtered = matches is null ? segments ?? [] : segments?.Where(matches).ToList() ?? [];
        var sorted = SegmentSorter.Sort(filtered, order);
        return segments is null ? null : sorted;
    }
}
