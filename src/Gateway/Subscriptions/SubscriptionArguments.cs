using Gateway.Common.Errors;
using Gateway.DataLoading;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Subscriptions;

/// <summary>What the subscription fields do before they open their topics: check ids, read the entity that names the topics.</summary>
public static class SubscriptionArguments
{
    /// <summary>A non-empty id argument (BAD_USER_INPUT otherwise).</summary>
    public static string RequiredId(IResolveFieldContext context, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.GetArgument<string>(argumentName);
        return string.IsNullOrWhiteSpace(id)
            ? throw new BadUserInputError($"`{argumentName}` must not be empty.", argumentName)
            : id;
    }

    /// <summary>
    /// Reads one entity through its loader and the cache, in a scope of its own: the connection's scope lives as long as
    /// the socket, and its loaders would remember this entity for every later operation. NOT_FOUND when unknown.
    /// </summary>
    public static async Task<TValue> LoadAsync<TLoader, TValue>(IResolveFieldContext context, string id, string entityKind)
        where TLoader : BatchDataLoader<string, TValue>
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = context.RequestServices!.CreateAsyncScope();
        var value = await scope.ServiceProvider.GetRequiredService<TLoader>().LoadAsync(id).GetResultAsync(context.CancellationToken).ConfigureAwait(false);
        return value ?? throw new NotFoundError(entityKind, id);
    }
}
