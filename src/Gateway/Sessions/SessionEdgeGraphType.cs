using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The Relay edge of a <see cref="SessionConnectionGraphType"/>.</summary>
public sealed class SessionEdgeGraphType : ObjectGraphType<SessionEdge>
{
    public SessionEdgeGraphType()
    {
        Name = "SessionEdge";
        Description = "A journey session in a connection, with its cursor.";
        Field(x => x.Cursor).Description("An opaque cursor: pass it as `after` to read the sessions that follow this one.");
        Field(x => x.Node, type: typeof(NonNullGraphType<SessionGraphType>)).Description("The journey session.");
    }
}
