using System.Globalization;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Errors;

namespace GenesysCloud.Simulator.Endpoints;

/// <summary>
/// The page listing of the platform's directory routes (<c>/api/v2/users</c>, <c>/api/v2/routing/queues</c>):
/// <c>pageSize</c> (default 25, most 500) and <c>pageNumber</c>; with <c>id</c> repeated, only those entities,
/// unknown ids simply absent. The page size applies to an id list too, so a caller asks for as many as it sends.
/// </summary>
internal static class PageListings
{
    private const int DefaultPageSize = 25;
    private const int MaxPageSize = 500;

    public static IResult List<T>(
        HttpContext context,
        string route,
        string path,
        IReadOnlyList<T> all,
        Func<string, T?> byId,
        int maxIds,
        UpstreamCallCounter counter,
        JsonTypeInfo<EntityListing<T>> typeInfo)
        where T : class
    {
        var query = context.Request.Query;
        if (!TryReadInt(query, "pageSize", DefaultPageSize, out var pageSize) || pageSize is < 1 or > MaxPageSize)
        {
            return ApiErrors.BadRequest(context, $"pageSize must be between 1 and {MaxPageSize}.");
        }

        if (!TryReadInt(query, "pageNumber", 1, out var pageNumber) || pageNumber < 1)
        {
            return ApiErrors.BadRequest(context, "pageNumber must be at least 1.");
        }

        IReadOnlyList<T> matches = all;
        var ids = new List<string>();
        if (query.TryGetValue("id", out var idValues))
        {
            // The SDKs repeat the parameter; a comma-separated list is accepted as well.
            foreach (var value in idValues)
            {
                foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!EndpointIds.TryNormalize(part, out var id))
                    {
                        return ApiErrors.MalformedId(context, "id", part);
                    }

                    ids.Add(id);
                }
            }

            counter.AddIds(route, ids.Count);
            if (ids.Count > maxIds)
            {
                return ApiErrors.BadRequest(context, $"The request contains {ids.Count} ids; the maximum is {maxIds}.");
            }

            matches = [.. ids.Distinct(StringComparer.Ordinal).Select(byId).OfType<T>()];
        }

        var total = matches.Count;
        var pageCount = (int)Math.Ceiling(total / (double)pageSize);
        var entities = matches.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToList();
        var idQuery = new StringBuilder();
        foreach (var id in ids)
        {
            idQuery.Append("&id=").Append(id);
        }

        string Uri(int number) => $"{path}?pageSize={pageSize}&pageNumber={number}{idQuery}";

        var listing = new EntityListing<T>
        {
            Entities = entities,
            PageSize = pageSize,
            PageNumber = pageNumber,
            Total = total,
            PageCount = pageCount,
            FirstUri = Uri(1),
            SelfUri = Uri(pageNumber),
            NextUri = pageNumber < pageCount ? Uri(pageNumber + 1) : null,
            PreviousUri = pageNumber > 1 ? Uri(pageNumber - 1) : null,
            LastUri = Uri(Math.Max(1, pageCount)),
        };
        return TypedResults.Json(listing, typeInfo);
    }

    private static bool TryReadInt(IQueryCollection query, string name, int fallback, out int value)
    {
        value = fallback;
        return !query.TryGetValue(name, out var text)
            || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
