using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Auth;

/// <summary>A gateway in service mode (on its embedded simulator) trusting the tokens of one <see cref="TestAuthority"/>.</summary>
public sealed class ServiceModeGateway : IAsyncLifetime
{
    public const string Audience = "genesys-graphql-gateway";

    public TestAuthority Authority { get; } = new();

    public GatewayFactory Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Gateway = new GatewayFactory()
            .With("Auth:Mode", "Service")
            .With("Auth:Authority", Authority.Issuer)
            .With("Auth:Audience", Audience)
            .With("Auth:RequireHttpsMetadata", "false");
        await Gateway.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Authority.DisposeAsync();
    }
}
