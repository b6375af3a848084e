using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A Relay cursor connection of journey sessions, backed by the upstream's cursor paging.</summary>
public sealed class SessionConnectionGraphType : ObjectGraphType<SessionConnection>
{
    public SessionConnectionGraphType()
    {
        Name = "SessionConnection";
        Description = "A page of journey sessions, as a Relay cursor connection.";
        Field(x => x.Edges, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SessionEdgeGraphType>>>))
            .Description("The sessions of this page, each with its cursor.");
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SessionGraphType>>>))
            .Description("The sessions of this page, without cursors.");
        Field(x => x.PageInfo, type: typeof(NonNullGraphType<PageInfoGraphType>)).Description("Where this page sits in the whole listing.");
    }
}
