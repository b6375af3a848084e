namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>One in-memory host with default options, shared by a test class.</summary>
public sealed class TransportHostFixture : IAsyncLifetime
{
    private TransportTestHost? _host;

    public TransportTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await TransportTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
