using Gateway.Common.Errors;
using Gateway.Conversations;
using Gateway.DataLoading;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Queues;

/// <summary>The root fields of the Queues feature.</summary>
public static class QueueQueries
{
    public static void AddQueueQueries(this ObjectGraphType query)
    {
        query.Field<QueueGraphType>("queue")
            .Description("A routing queue by id; null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The queue id.")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.RequestServices!.GetRequiredService<QueueByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(queue => queue ?? throw new NotFoundError("Queue", id));
            });

        query.Field<ListGraphType<QueueGraphType>>("queues")
            .Description("Routing queues by id, in the order asked, in one bulk call; an unknown id is a null item with NOT_FOUND.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>(EntitiesByIds.ArgumentName, $"The ids, at most {EntitiesByIds.MaxIds}.")
            .Resolve(context => EntitiesByIds.Load<QueueByIdDataLoader, Queue>(context, "Queue"));
    }
}
