using Gateway.Tests.Infrastructure;
using Gateway.Tests.Upstream;
using Gateway.Transport.Tests.Infrastructure;
using GenesysCloud.Simulator;

namespace Gateway.Tests.EndToEnd;

/// <summary>
/// Neither the client secret, nor an access token, nor a notification channel's id (its socket's only credential)
/// appears in any answer or any log line, at the most verbose level, through queries, a subscription and a token refresh.
/// </summary>
public sealed class SecretLeakTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly GatewayFactory _gateway;

    public SecretLeakTests()
        => _gateway = new GatewayFactory { LogCapture = _logs, UseRealSocket = true }.With("Logging:LogLevel:Default", "Trace");

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task QueriesSubscriptionAndTokenRefresh_MostVerboseLogging_NoSecretTokenOrChannelIdAnywhere()
    {
        // Arrange
        var simulator = _gateway.Simulator;
        var session = simulator.Data.Sessions(simulator.Data.DefaultOrganizationId).First(s => s.EndedDate is null && s.ExternalContact is not null);
        using var http = _gateway.CreateClient();
        const string query = "query($id: ID!) { session(id: $id) { id externalContact { lastName } conversation { participants { id } } } }";
        var answers = new List<string>();

        // Act: a query, a subscription and its event, then a refused token (a refresh) and another query.
        answers.Add((await http.PostGraphQLAsync(query, new { id = session.Id })).Body.ToString());
        await using (var client = await WebSocketNodeClient.StartAsync(
            new UriBuilder(_gateway.GraphQLEndpoint) { Scheme = "ws" }.Uri,
            new { operations = new[] { new { name = "s", query = "subscription($id: ID!) { sessionUpdated(sessionId: $id) { id eventCount } }", variables = new { id = session.Id }, take = 1 } } }))
        {
            var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
            await Eventually.TrueAsync(() => simulator.Notifications.Channels().Any(c => c.Topics.Contains(topic)), "the topic is subscribed upstream");
            simulator.Notifications.UpdateSession(session.Id);
            answers.AddRange((await client.WaitForDoneAsync(TimeSpan.FromSeconds(10))).Select(line => line.GetRawText()));
        }

        var channelIds = simulator.Notifications.Channels().Select(channel => channel.Id).ToList();
        simulator.Tokens.RevokeAll();
        answers.Add((await http.PostGraphQLAsync("query($id: ID!) { user(id: $id) { name } }", new { id = simulator.Data.UserIds[1] })).Body.ToString());

        // Assert
        string[] secrets = [simulator.DefaultClient.ClientSecret, .. simulator.Tokens.EverIssued, .. channelIds];
        Assert.True(simulator.Tokens.EverIssued.Count >= 2, "the refused token was replaced");
        Assert.NotEmpty(channelIds);
        Assert.NotEmpty(_logs.Lines);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(_logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(answers, answer => answer.Contains(secret, StringComparison.Ordinal));
        }
    }
}
