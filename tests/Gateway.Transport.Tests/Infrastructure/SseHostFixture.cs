namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>One Kestrel host with SSE in front of HTTP and default options, shared by a test class.</summary>
public sealed class SseHostFixture : IAsyncLifetime
{
    private TransportTestHost? _host;

    public TransportTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await SseTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
