using System.Collections;
using Gateway.Filtering;
using GraphQL;
using GraphQLParser.AST;

namespace Gateway.Cobrowse;

/// <summary>
/// Reads <c>order</c> as HotChocolate does: several keys in one entry apply in the order written. graphql-dotnet
/// coerces input objects in schema order, so the written order is taken back from the document where the entry
/// is an object literal; an entry that came whole through a variable keeps <see cref="SegmentSortInput.KeyOrderKnown"/> false.
/// </summary>
internal static class SegmentSortArgument
{
    public const string Name = "order";

    public static IReadOnlyList<SegmentSortInput>? Read(IResolveFieldContext context)
    {
        if (context.GetArgument<object?>(Name) is not IEnumerable coerced)
        {
            return null;
        }

        var entries = coerced.Cast<SegmentSortInput>().ToList();
        var written = WrittenKeyOrder(context.FieldAst.Arguments?.ValueFor(Name));
        for (var i = 0; i < entries.Count; i++)
        {
            if (written is not null && i < written.Count && written[i] is { } names && entries[i].Keys.Count > 1)
            {
                var keys = entries[i].Keys.OrderBy(key => names.IndexOf(SegmentSortFields.NameOf(key.Field))).ToList();
                entries[i] = new SegmentSortInput(keys) { KeyOrderKnown = true };
            }
        }

        return entries;
    }

    /// <summary>Per entry, the field names as written; null for an entry (or a whole list) given by a variable.</summary>
    private static List<List<string>?>? WrittenKeyOrder(GraphQLValue? value) => value switch
    {
        GraphQLListValue list => list.Values?.Select(NamesOf).ToList() ?? [],
        GraphQLObjectValue entry => [NamesOf(entry)], // a single entry is coerced to a list of one
        _ => null,
    };

    private static List<string>? NamesOf(GraphQLValue value)
        => value is GraphQLObjectValue entry ? entry.Fields?.Select(field => field.Name.StringValue).ToList() ?? [] : null;
}
