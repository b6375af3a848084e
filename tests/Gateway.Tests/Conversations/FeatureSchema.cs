using System.Text.Json;
using Gateway.Cobrowse;
using Gateway.Common;
using Gateway.Conversations;
using Gateway.ExternalContacts;
using Gateway.Queues;
using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using Gateway.Users;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Conversations;

/// <summary>
/// The root fields of these features on their own schema, over a fake upstream, executed the way the gateway
/// executes a request (one DI scope per request, so loaders batch per request). No HTTP, no other feature.
/// </summary>
internal sealed class FeatureSchema : IDisposable
{
    private static readonly GraphQLSerializer Serializer = new();
    private readonly ServiceProvider _services;
    private readonly GraphQL.Types.Schema _schema;

    public FeatureSchema(CountingGenesysClient client, int maxParallelRequests = 8)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGenesysCloudClient>(client);
        services.AddSingleton(Options.Create(new GenesysOptions { MaxParallelRequests = maxParallelRequests }));
        services.AddTestEntityCache();
        services.AddScoped<ConversationByIdDataLoader>();
        services.AddScoped<CobrowseConversationByIdDataLoader>();
        services.AddScoped<ExternalContactByIdDataLoader>();
        services.AddScoped<UserByIdDataLoader>();
        services.AddScoped<QueueByIdDataLoader>();
        _services = services.BuildServiceProvider(validateScopes: true);

        var query = new ObjectGraphType { Name = "Query" };
        query.AddExternalContactQueries();
        query.AddConversationQueries();
        query.AddCobrowseQueries();
        query.AddUserQueries();
        query.AddQueueQueries();
        _schema = new GraphQL.Types.Schema { Query = query };
        _schema.RegisterTypeMapping<DateTimeOffset, IsoDateTimeGraphType>();
    }

    public ISchema Schema => _schema;

    /// <summary>Runs one request and answers its JSON, as a client would read it.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, string? variablesJson = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = _schema;
            options.Query = query;
            options.Variables = variablesJson is null ? null : Serializer.Deserialize<Inputs>(variablesJson);
            options.RequestServices = scope.ServiceProvider;
            options.ThrowOnUnhandledException = true;
        });

        using var document = JsonDocument.Parse(Serializer.Serialize(result));
        return document.RootElement.Clone();
    }

    public void Dispose() => _services.Dispose();
}
