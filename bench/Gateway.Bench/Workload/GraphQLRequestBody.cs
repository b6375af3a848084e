namespace Gateway.Bench.Workload;

/// <summary>One query of the mix, serialized once up front so the load loop spends nothing on JSON.</summary>
internal sealed record GraphQLRequestBody(string Operation, byte[] Json);
