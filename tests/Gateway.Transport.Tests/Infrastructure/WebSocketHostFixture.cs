namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>One Kestrel host with the WebSocket transport and default options, shared by a test class.</summary>
public sealed class WebSocketHostFixture : IAsyncLifetime
{
    private TransportTestHost? _host;

    public TransportTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await WebSocketTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
