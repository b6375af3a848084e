using System.Net;
using GenesysCloud.Simulator.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Tests.Hosting;

public sealed class SimulatorHostingTests
{
    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsOptionsValidationException()
    {
        var options = new SimulatorOptions { SessionCount = 0, ErrorRate = 2, Clients = [new SimulatorClientOptions { ClientId = "x", OrganizationId = "nope" }] };

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => EmbeddedGenesysSimulator.StartAsync(options));

        Assert.Contains(exception.Failures, f => f.Contains("SessionCount", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("ErrorRate", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("OrganizationId", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("ClientSecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_PortZero_ListensOnLoopback()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions());

        Assert.Equal("127.0.0.1", simulator.BaseAddress.Host);
        Assert.NotEqual(0, simulator.BaseAddress.Port);
        Assert.EndsWith("/", simulator.BaseAddress.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_ThenDispose_DoesNotThrow()
    {
        var simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions());

        await simulator.StopAsync();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task MapGenesysSimulator_InAnyApp_ServesTheApiWithBoundConfiguration()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = "7",
            ["Simulator:SessionCount"] = "12",
            ["Simulator:Clients:0:ClientId"] = "bound-client",
            ["Simulator:Clients:0:ClientSecret"] = "bound-secret",
            ["Simulator:Clients:0:OrganizationId"] = "00000000-0000-4000-8000-0000000000b0",
            ["Simulator:Clients:0:OrganizationName"] = "Bound",
        });
        builder.Services.AddGenesysSimulator(builder.Configuration);
        await using var app = builder.Build();
        app.MapGenesysSimulator();
        await app.StartAsync();
        using var http = app.GetTestClient();

        var data = app.Services.GetRequiredService<SimulatorDataStore>();
        using var token = await http.PostAsync("oauth/token", new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")])
        {
            Headers = { },
        });

        Assert.Equal(12, data.SessionIds.Count);
        Assert.Equal("00000000-0000-4000-8000-0000000000b0", data.DefaultOrganizationId);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task AddGenesysSimulator_InvalidConfiguration_FailsAtStart()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Simulator:UserCount"] = "0" });
        builder.Services.AddGenesysSimulator(builder.Configuration);
        await using var app = builder.Build();
        app.MapGenesysSimulator();

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
