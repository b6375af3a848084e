using System.Collections.Concurrent;

namespace Gateway.DataLoading;

/// <summary>
/// The loaders of one execution, each resolved from its service scope once: a scoped resolution takes the scope's lock,
/// and resolvers running in parallel asked for their loader hundreds of times per request, contending for it.
/// </summary>
public sealed class RequestDataLoaders(IServiceProvider services)
{
    /// <summary>The key of the execution's <see cref="GraphQL.ExecutionOptions.UserContext"/> entry holding this.</summary>
    public const string UserContextKey = "Gateway.RequestDataLoaders";

    private readonly ConcurrentDictionary<Type, object> _loaders = new();

    /// <summary>The scope the loaders come from.</summary>
    public IServiceProvider Services { get; } = services;

    public TLoader Get<TLoader>()
        where TLoader : notnull
        => (TLoader)_loaders.GetOrAdd(typeof(TLoader), static (type, provider) => provider.GetRequiredService(type), Services);
}
