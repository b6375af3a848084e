namespace Gateway.Bench.Workload;

/// <summary>
/// The documents of the mix and of issue 14's ceiling queries: what a contact-centre front end asks for when an agent
/// opens a customer's journey. One source file linked into the end-to-end runner and the micro-benchmarks, so both
/// measure the same documents.
/// </summary>
internal static class BenchQueries
{
    /// <summary>A session's detail page: the session and everything it points at.</summary>
    public const string SessionDetail = """
        query SessionDetail($id: ID!) {
          session(id: $id) {
            id type createdDate endedDate originatingDirection lastAcdOutcome
            lastPage { url title }
            externalContact { id firstName lastName workEmail }
            lastConnectedUser { id name email }
            lastConnectedQueue { id name }
            segmentAssignments { assignedDate segment { id displayName color } }
          }
        }
        """;

    /// <summary>A contact's journey: the first page of its sessions, each with its contact and agent.</summary>
    public const string ContactJourney = """
        query ContactJourney($contact: ID!) {
          sessionsByExternalContact(externalContactId: $contact, first: 25) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id type createdDate endedDate lastAcdOutcome
              externalContact { id firstName lastName }
              lastConnectedUser { id name }
            }
          }
        }
        """;

    /// <summary>A conversation with who took part and what was co-browsed.</summary>
    public const string ConversationDetail = """
        query ConversationDetail($id: ID!) {
          conversation(id: $id) {
            id startTime endTime state
            participants {
              id purpose name
              user { id name email }
              queue { id name }
              externalContact { id firstName lastName }
            }
            cobrowseSessions { id state cobrowseRole viewerUrl segments { type startTime endTime } }
          }
        }
        """;

    /// <summary>A roster: several agents at once.</summary>
    public const string UsersByIds = """
        query UsersByIds($ids: [ID!]!) {
          users(ids: $ids) { id name email department title state }
        }
        """;

    /// <summary>Touches no upstream entity: warms the gateway's HTTP and execution paths without filling its cache.</summary>
    public const string TypeName = "query WarmUp { __typename }";

    /// <summary>
    /// Issue 14's first query: one session's detail with its contact, user, queue, segments, and its conversation
    /// with the participants' user, queue and contact and the co-browse sessions' segments.
    /// </summary>
    public const string SessionFull = """
        query SessionFull($id: ID!) {
          session(id: $id) {
            ...SessionWithEverything
          }
        }

        """ + SessionWithEverythingFragment;

    /// <summary>Issue 14's second query: ten contacts, five sessions each, every session with the same nesting as <see cref="SessionFull"/>.</summary>
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
