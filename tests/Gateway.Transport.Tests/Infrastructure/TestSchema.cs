using GraphQL.Types;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>A tiny code-first schema that exercises queries, mutations, subscriptions, field errors and cancellation.</summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
        Subscription = new TestSubscription();
    }
}
