using Gateway.Common;
using GraphQL.Types;

namespace Gateway.Schema;

/// <summary>The gateway's schema, built once per process.</summary>
public sealed class GatewaySchema : GraphQL.Types.Schema
{
    public GatewaySchema(IServiceProvider services, GatewayQuery query)
        : base(services)
    {
        Query = query;
        Description = "Genesys Cloud journey sessions and co-browse sessions, with the entities they reference.";
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(IsoDateTimeGraphType));
    }
}
