using System.Text;

namespace Gateway.Tests.Limits;

/// <summary>The hostile documents the limit tests send, one per class of attack, and the normal query that must pass after them.</summary>
internal static class HostileDocuments
{
    /// <summary>The README's "A first query", as a front end sends it (with <c>$contact</c>).</summary>
    public const string FirstQuery = """
        query Journey($contact: ID!) {
          sessionsByExternalContact(externalContactId: $contact, first: 5) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id type createdDate endedDate originatingDirection lastAcdOutcome
              lastPage { url title }
              externalContact { firstName lastName workEmail }
              lastConnectedUser { name email }
              lastConnectedQueue { name }
              segmentAssignments { assignedDate segment { displayName color } }
              conversation {
                cobrowseSessions {
                  cobrowseRole state viewerUrl
                  segments(where: { type: { eq: "Interact" } }, order: [{ startTime: DESC }]) { type startTime endTime }
                }
              }
            }
          }
        }
        """;

    /// <summary>A contact's sessions' contact's sessions' … nested <paramref name="levels"/> times (three fields a level).</summary>
    public static string Deep(int levels, string root = "{ session(id: \"x\")")
    {
        var text = new StringBuilder(root).Append(" { ");
        for (var i = 0; i < levels; i++)
        {
            text.Append("externalContact { sessions(first: 1) { nodes { ");
        }

        return text.Append("id").Append(string.Concat(Enumerable.Repeat(" } } }", levels))).Append(" } }").ToString();
    }

    /// <summary>One root field with <paramref name="fields"/> unaliased selections.</summary>
    public static string Wide(int fields) => "{ session(id: \"x\") { " + string.Concat(Enumerable.Repeat("id ", fields)) + "} }";

    /// <summary><paramref name="fields"/> unaliased root fields (the same one, merged by the engine but each counted).</summary>
    public static string ManyRootFields(int fields) => "{ " + string.Concat(Enumerable.Repeat("__typename ", fields)) + "}";

    /// <summary><paramref name="aliases"/> aliases of an upstream-backed field.</summary>
    public static string Aliased(int aliases)
        => "{ " + string.Concat(Enumerable.Range(0, aliases).Select(i => $"a{i}: user(id: \"u{i}\") {{ id }} ")) + "}";

    /// <summary>Aliases of <c>__typename</c> until the text is <paramref name="characters"/> long.</summary>
    public static string Huge(int characters)
    {
        var text = new StringBuilder("{ ", characters + 32);
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append('a').Append(i).Append(": __typename ");
        }

        return text.Append('}').ToString();
    }

    /// <summary>A short text of <paramref name="tokens"/> one-letter names.</summary>
    public static string ManyTokens(int tokens) => "{" + string.Concat(Enumerable.Repeat(" a", tokens)) + " }";

    public const string CyclicFragments = "query { ...A } fragment A on Query { __typename ...B } fragment B on Query { __typename ...A }";

    /// <summary>Fragment F0 spreads F1 twice, F1 spreads F2 twice, …: 2^<paramref name="levels"/> fields once expanded.</summary>
    public static string ExponentialFragments(int levels)
    {
        var text = new StringBuilder("query { session(id: \"x\") { ...F0 } }");
        for (var i = 0; i < levels; i++)
        {
            text.Append($" fragment F{i} on Session {{ ...F{i + 1} ...F{i + 1} }}");
        }

        return text.Append($" fragment F{levels} on Session {{ id }}").ToString();
    }

    /// <summary>One field with <paramref name="directives"/> directives.</summary>
    public static string DirectiveStuffed(int directives)
        => "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", directives)) + "}";

    /// <summary><paramref name="count"/> aliased <c>__schema</c> fields.</summary>
    public static string IntrospectionFanOut(int count)
        => "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }} ")) + "}";

    /// <summary><c>ofType</c> nested <paramref name="levels"/> times.</summary>
    public static string DeepOfType(int levels)
        => "{ __type(name: \"Session\") { " + string.Concat(Enumerable.Repeat("ofType { ", levels)) + "name" + string.Concat(Enumerable.Repeat(" }", levels)) + " } }";

    /// <summary>Each of <paramref name="pages"/> aliases asks for 200 sessions, each with its conversation's participants and their entities.</summary>
    public static string Expensive(int pages)
        => "{ " + string.Concat(Enumerable.Range(0, pages).Select(i =>
            $"p{i}: sessionsByExternalContact(externalContactId: \"c{i}\", first: 200) {{ nodes {{ conversation {{ participants {{ user {{ id }} queue {{ id }} externalContact {{ id }} }} }} }} }} ")) + "}";
}
