using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Queues;

/// <summary>The root fields of the Queues feature.</summary>
public static class QueueQueries
{
    public static void AddQueueQueries(this ObjectGraphType query)
        => query.AddEntityRootFields<QueueGraphType, QueueByIdDataLoader, Queue>("queue", "queues", "Queue", "A routing queue", "Routing queues");
}
