using GenesysCloud.Models;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Caching;

/// <summary>A front end's session detail query, and the upstream routes whose entities the cache holds.</summary>
internal static class CacheQueries
{
    public const string SessionDetail = """
        query($id: ID!) {
          session(id: $id) {
            id type
            externalContact { id firstName lastName }
            lastConnectedUser { id name }
            lastConnectedQueue { id name }
            segmentAssignments { segment { id displayName } }
          }
        }
        """;

    /// <summary>The by-id routes behind the cached loaders (listings and tokens are not entity reads).</summary>
    public static readonly string[] EntityRoutes =
    [
        SimulatorRoutes.JourneySession, SimulatorRoutes.BulkExternalContacts, SimulatorRoutes.ExternalContact,
        SimulatorRoutes.Users, SimulatorRoutes.User, SimulatorRoutes.Queues, SimulatorRoutes.Queue,
        SimulatorRoutes.JourneySegment, SimulatorRoutes.Conversation, SimulatorRoutes.CobrowseConversation,
    ];

    public static long EntityCalls(this EmbeddedGenesysSimulator simulator) => EntityRoutes.Sum(simulator.Calls.Get);

    /// <summary>Sessions that reference a contact, a user, a queue and at least one segment.</summary>
    public static IEnumerable<Session> RichSessions(this EmbeddedGenesysSimulator simulator)
        => simulator.Data.Sessions(simulator.Data.DefaultOrganizationId).Where(s =>
            s.ExternalContact is not null && s.LastConnectedUser is not null && s.LastConnectedQueue is not null
            && s.SegmentAssignments is { Count: > 0 });
}
