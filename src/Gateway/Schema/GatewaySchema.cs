using Gateway.Common;
using Gateway.Limits;
using GraphQL.Types;

namespace Gateway.Schema;

/// <summary>The gateway's schema, built once per process.</summary>
public sealed class GatewaySchema : GraphQL.Types.Schema
{
    public GatewaySchema(IServiceProvider services, GatewayQuery query, GatewaySubscription subscription)
        : base(services)
    {
        Query = query;
        Subscription = subscription;
        Description = "Genesys Cloud journey sessions and co-browse sessions, with the entities they reference.";
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(IsoDateTimeGraphType));
        // Part of the schema, so the exported SDL shows the weights the cost ceiling uses.
        RegisterVisitor(new FieldCostDescriptionVisitor());
    }
}
