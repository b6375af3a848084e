using GraphQL;
using GraphQL.Types;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary><c>type Mutation { echo(text: String): String }</c>.</summary>
public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<StringGraphType>("echo")
            .Argument<StringGraphType>("text")
            .Resolve(context => context.GetArgument<string?>("text"));
    }
}
