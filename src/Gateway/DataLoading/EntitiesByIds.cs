using Gateway.Common.Errors;
using GraphQL;
using GraphQL.DataLoader;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.DataLoading;

/// <summary>
/// A root list field over an <c>ids</c> argument (<c>users(ids:)</c>, …): every id joins the level's batch, the
/// answer keeps the order of <c>ids</c>, and an id that is unknown or failed is a <c>null</c> item with its own
/// error at <c>[field, index]</c>, so one bad id does not empty the whole list.
/// </summary>
public static class EntitiesByIds
{
    /// <summary>The most ids one list field may ask for.</summary>
    public const int MaxIds = 200;

    public const string ArgumentName = "ids";

    public static IDataLoaderResult<IReadOnlyList<TValue?>> Load<TLoader, TValue>(IResolveFieldContext context, string entityKind)
        where TLoader : BatchDataLoader<string, TValue>
        where TValue : class
    {
        var ids = context.GetArgument<List<string>>(ArgumentName) ?? [];
        if (ids.Count > MaxIds)
        {
            throw new BadUserInputError($"At most {MaxIds} ids can be asked for at once; {ids.Count} were given.", ArgumentName);
        }

        var loader = context.Loader<TLoader>();
        var pending = ids.Select(loader.LoadAsync).ToList();

        // The context is reused once the resolver returns: keep only what the item errors need.
        var site = new ErrorSite(context.Errors, context.ResponsePath.ToArray(), context.FieldAst, context.Document);
        return new ItemsResult<TValue>(ids, pending, entityKind, site);
    }

    private sealed record ErrorSite(ExecutionErrors Errors, object[] Path, GraphQLField Field, GraphQLDocument Document)
    {
        public void Report(ExecutionError error, int index)
        {
            error.Path = [.. Path, index];
            error.AddLocation(Field, Document);
            Errors.Add(error);
        }
    }

    private sealed class ItemsResult<TValue>(List<string> ids, List<IDataLoaderResult<TValue?>> pending, string entityKind, ErrorSite site)
        : IDataLoaderResult<IReadOnlyList<TValue?>>
        where TValue : class
    {
        public async Task<IReadOnlyList<TValue?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var items = new TValue?[pending.Count];
            for (var i = 0; i < pending.Count; i++)
            {
                try
                {
                    items[i] = await pending[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
                    if (items[i] is null)
                    {
                        site.Report(new NotFoundError(entityKind, ids[i]), i);
                    }
                }
                catch (ExecutionError error)
                {
                    site.Report(error, i);
                }
            }

            return items;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
