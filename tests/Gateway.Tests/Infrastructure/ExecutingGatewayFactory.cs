namespace Gateway.Tests.Infrastructure;

/// <summary>A gateway that executes every query (its response cache off): for tests that watch execution itself.</summary>
public sealed class ExecutingGatewayFactory : GatewayFactory
{
    public ExecutingGatewayFactory() => With("ResponseCache:Enabled", "false");
}
