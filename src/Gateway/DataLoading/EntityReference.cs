using Gateway.Common.Errors;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.DataLoading;

/// <summary>Resolves an id a parent carries (<c>userId</c>, <c>queue.id</c>) through the request's by-id loader.</summary>
public static class EntityReference
{
    /// <summary>
    /// No id: null without an error (the parent references nothing). An id nobody knows: null with NOT_FOUND,
    /// because the parent points at something that is gone.
    /// </summary>
    public static IDataLoaderResult<TValue>? Load<TLoader, TValue>(IResolveFieldContext context, string? id, string entityKind)
        where TLoader : BatchDataLoader<string, TValue>
        where TValue : class
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return context.Loader<TLoader>()
            .LoadAsync(id)
            .Then(value => value ?? throw new NotFoundError(entityKind, id));
    }
}
