using GraphQL;

namespace Gateway.DataLoading;

/// <summary>How a resolver reaches a loader of its request.</summary>
public static class ResolveFieldContextLoaderExtensions
{
    /// <summary>
    /// The request's <typeparamref name="TLoader"/>: from the execution's <see cref="RequestDataLoaders"/> when they
    /// belong to the scope the resolver runs in; otherwise (a subscription event runs in a scope of its own) from that scope.
    /// </summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context)
        where TLoader : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices ?? throw new InvalidOperationException("The resolver runs without request services.");
        return context.UserContext.TryGetValue(RequestDataLoaders.UserContextKey, out var value)
            && value is RequestDataLoaders loaders
            && ReferenceEquals(loaders.Services, services)
            ? loaders.Get<TLoader>()
            : services.GetRequiredService<TLoader>();
    }
}
