using System.Net;
using System.Text.Json;
using Gateway.Tests.Conversations;

namespace Gateway.Tests.ExternalContacts;

public sealed class ExternalContactQueriesTests : IDisposable
{
    private readonly CountingGenesysClient _client;
    private readonly FeatureSchema _schema;

    public ExternalContactQueriesTests()
    {
        _client = new CountingGenesysClient().WithContacts("a", "b", "c").Failing("c", HttpStatusCode.Forbidden);
        _schema = new FeatureSchema(_client);
    }

    public void Dispose() => _schema.Dispose();

    [Fact]
    public async Task ExternalContacts_MixedIds_KeepOrderWithNullItemsAndErrorsAtTheirIndex()
    {
        // Act
        var answer = await _schema.ExecuteAsync("""{ externalContacts(ids: ["a", "missing", "c", "b", "a"]) { id firstName } }""");

        // Assert
        Assert.Equal(["a", "b", "c", "missing"], Assert.Single(_client.ContactBulkCalls).Order(StringComparer.Ordinal));
        Assert.Equal(["a", null, null, "b", "a"], answer.Data("externalContacts").Strings("id"));
        var errors = answer.Errors();
        Assert.Equal(["externalContacts.1", "externalContacts.2"], errors.Select(error => error.PathText()).Order(StringComparer.Ordinal));
        Assert.Equal("NOT_FOUND", errors.Single(error => error.PathText() == "externalContacts.1").Code());
        Assert.Equal("UPSTREAM_FORBIDDEN", errors.Single(error => error.PathText() == "externalContacts.2").Code());
        Assert.All(errors, error => Assert.True(error.TryGetProperty("locations", out _)));
    }

    [Fact]
    public async Task ExternalContacts_MoreThan200Ids_IsBadUserInputWithoutUpstreamCall()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 201).Select(i => $"\"id{i}\""));

        var answer = await _schema.ExecuteAsync($$"""{ externalContacts(ids: [{{ids}}]) { id } }""");

        Assert.Equal(JsonValueKind.Null, answer.Data("externalContacts").ValueKind);
        Assert.Equal("BAD_USER_INPUT", Assert.Single(answer.Errors()).Code());
        Assert.Empty(_client.ContactBulkCalls);
    }

    [Fact]
    public async Task ExternalContacts_Exactly200Ids_AreOneBulkCall()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"id{i}").ToArray();

        var answer = await _schema.ExecuteAsync(
            "query($ids: [ID!]!) { externalContacts(ids: $ids) { id } }",
            JsonSerializer.Serialize(new { ids }));

        Assert.Equal(200, answer.Data("externalContacts").GetArrayLength());
        Assert.Equal(200, Assert.Single(_client.ContactBulkCalls).Count);
    }

    [Fact]
    public async Task ExternalContacts_EmptyIds_IsAnEmptyListWithoutCall()
    {
        var answer = await _schema.ExecuteAsync("{ externalContacts(ids: []) { id } }");

        Assert.Empty(answer.Errors());
        Assert.Equal(0, answer.Data("externalContacts").GetArrayLength());
        Assert.Empty(_client.ContactBulkCalls);
    }

    [Fact]
    public async Task ExternalContact_AndExternalContactsInOneQuery_ShareOneBulkCall()
    {
        var answer = await _schema.ExecuteAsync("""
            { one: externalContact(id: "b") { firstName } many: externalContacts(ids: ["a", "b"]) { id } other: externalContact(id: "a") { id } }
            """);

        Assert.Empty(answer.Errors());
        Assert.Equal(["a", "b"], Assert.Single(_client.ContactBulkCalls).Order(StringComparer.Ordinal));
        Assert.Equal("first-b", answer.Data("one").GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task ExternalContact_Unknown_IsNullWithNotFound()
    {
        var answer = await _schema.ExecuteAsync("""{ externalContact(id: "nobody") { id } }""");

        Assert.Equal(JsonValueKind.Null, answer.Data("externalContact").ValueKind);
        var error = Assert.Single(answer.Errors());
        Assert.Equal("NOT_FOUND", error.Code());
        Assert.Equal("externalContact", error.PathText());
    }
}
