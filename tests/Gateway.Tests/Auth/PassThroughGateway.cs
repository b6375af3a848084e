using Gateway.Tests.Infrastructure;
using Gateway.Tests.Upstream;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Auth;

/// <summary>
/// A gateway in pass-through mode with no credentials of its own, on Redis, logging everything, in front of a simulator
/// that knows two organizations (A and B, each with its own client and its own values under the same ids).
/// </summary>
public sealed class PassThroughGateway : IAsyncLifetime
{
    public const string OrganizationA = "0000000a-0000-4000-8000-00000000000a";
    public const string OrganizationB = "0000000b-0000-4000-8000-00000000000b";

    public RedisServer Redis { get; } = new();

    internal CapturingLoggerProvider Logs { get; } = new();

    public EmbeddedGenesysSimulator Simulator { get; private set; } = null!;

    public GatewayFactory Gateway { get; private set; } = null!;

    /// <summary>A fresh access token of organization A or B, as the platform's login would issue it to a user.</summary>
    public string TokenOf(string organizationId)
        => Simulator.Tokens.Issue(Simulator.Options.Clients.Single(client => client.OrganizationId == organizationId)).AccessToken;

    /// <summary>Calls that presented a token of <paramref name="organizationId"/>, on every route.</summary>
    public long CallsOf(string organizationId) => SimulatorRoutes.All.Sum(route => Simulator.Calls.GetForOrganization(organizationId, route));

    public async Task InitializeAsync()
    {
        await Redis.StartAsync();
        var options = new SimulatorOptions { Seed = 42 };
        options.Clients.Add(new SimulatorClientOptions { ClientId = "org-a-app", ClientSecret = "org-a-secret", OrganizationId = OrganizationA, OrganizationName = "Organization A" });
        options.Clients.Add(new SimulatorClientOptions { ClientId = "org-b-app", ClientSecret = "org-b-secret", OrganizationId = OrganizationB, OrganizationName = "Organization B" });
        Simulator = await GatewayFactory.StartSimulatorAsync(options);
        Gateway = new GatewayFactory { SharedSimulator = Simulator, LogCapture = Logs }
            .With("Auth:Mode", "PassThrough")
            .With("Genesys:ApiBaseUrl", Simulator.BaseAddress.ToString())
            .With("Genesys:LoginBaseUrl", Simulator.BaseAddress.ToString())
            .With("Redis:ConnectionString", Redis.ConnectionString)
            .With("Logging:LogLevel:Default", "Trace");
        await Gateway.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Simulator.DisposeAsync();
        await Redis.StopAsync();
    }
}
