using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary><c>type Query { hello(name: String): String, scopeId: String, fail: String, wait: String }</c>.</summary>
public sealed class TestQuery : ObjectGraphType
{
    /// <summary>The message every <c>fail</c> throws; it must never reach a client.</summary>
    public const string SecretFailure = "secret internal detail";

    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");
        Field<StringGraphType>("scopeId")
            .Resolve(context => context.RequestServices!.GetRequiredService<ScopeProbe>().Id.ToString());
        Field<StringGraphType>("fail")
            .Resolve(_ => throw new InvalidOperationException(SecretFailure));
        Field<StringGraphType>("wait")
            .ResolveAsync(async context =>
            {
                // Parks until the request is aborted, so tests can disconnect mid-execution.
                context.RequestServices!.GetRequiredService<WaitProbe>().Started.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "unreachable";
            });
    }
}
