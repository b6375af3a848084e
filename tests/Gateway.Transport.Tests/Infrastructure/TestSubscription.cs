using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// <c>type Subscription { events(topic: String!): String, greetings(count: Int!): String, refused: String, failing: String }</c>:
/// a stream tests drive (<see cref="TestEventSource"/>), a finite one, one refused at its start and one that fails after its first event.
/// </summary>
public sealed class TestSubscription : ObjectGraphType
{
    /// <summary>The message of the failures below; it must never reach a client.</summary>
    public const string SecretFailure = "secret stream detail";

    public TestSubscription()
    {
        Name = "Subscription";
        Field<StringGraphType>("events")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .ResolveStream(context => context.RequestServices!.GetRequiredService<TestEventSource>().Subscribe(context.GetArgument<string>("topic")));
        Field<StringGraphType>("greetings")
            .Argument<NonNullGraphType<IntGraphType>>("count")
            .ResolveStream(context => Enumerable.Range(1, context.GetArgument<int>("count")).Select(i => $"Hello {i}").ToObservable());
        Field<StringGraphType>("refused")
            .ResolveStream(_ => throw new ExecutionError("Not allowed to subscribe.") { Code = "FORBIDDEN" });
        Field<StringGraphType>("failing")
            .ResolveStream(_ => Observable.Return("first").Concat(Observable.Throw<string>(new InvalidOperationException(SecretFailure))));
    }
}
