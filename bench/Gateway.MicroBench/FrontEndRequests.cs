namespace Gateway.MicroBench;

/// <summary>The documents the benchmarks send: the end-to-end benchmark's issue-14 queries (bench/Gateway.Bench/Workload/BenchQueries.cs).</summary>
internal static class FrontEndRequests
{
    public const string SessionFull = """
        query SessionFull($id: ID!) {
          session(id: $id) {
            ...SessionWithEverything
          }
        }

        """ + SessionWithEverythingFragment;

    public const string ContactsSessions = """
        query ContactsSessions($ids: [ID!]!) {
          externalContacts(ids: $ids) {
            id firstName lastName
            sessions(first: 5) { nodes { ...SessionWithEverything } }
          }
        }

        """ + SessionWithEverythingFragment;

    private const string SessionWithEverythingFragment = """
        fragment SessionWithEverything on Session {
          id type createdDate endedDate originatingDirection lastAcdOutcome
          lastPage { url title }
          externalContact { id firstName lastName workEmail }
          lastConnectedUser { id name email }
          lastConnectedQueue { id name }
          segmentAssignments { assignedDate segment { id displayName color } }
          conversation {
            id startTime endTime state
            participants {
              id purpose name
              user { id name email }
              queue { id name }
              externalContact { id firstName lastName }
            }
            cobrowseSessions { id state cobrowseRole segments { type startTime endTime } }
          }
        }
        """;
}
