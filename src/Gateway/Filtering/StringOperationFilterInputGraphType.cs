using Gateway.Filtering;
using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>HotChocolate.Data's <c>StringOperationFilterInput</c>: the same names, so HotChocolate-style clients work unchanged.</summary>
public sealed class StringOperationFilterInputGraphType : InputObjectGraphType<StringOperationFilterInput>
{
    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a string; all given must hold. Comparisons are ordinal and case-sensitive.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputGraphType>>>("and").Description("Every one of these must hold.");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputGraphType>>>("or").Description("At least one of these must hold.");
        Field<StringGraphType>("eq").Description("Equal to; null matches a missing value.");
        Field<StringGraphType>("neq").Description("Not equal to; null matches any present value.");
        Field<StringGraphType>("contains").Description("Contains this text; a missing value never matches.");
        Field<StringGraphType>("ncontains").Description("Does not contain this text; a missing value always matches.");
        Field<ListGraphType<StringGraphType>>("in").Description("One of these values (a null item matches a missing value).");
        Field<ListGraphType<StringGraphType>>("nin").Description("None of these values (a null item excludes a missing value).");
        Field<StringGraphType>("startsWith").Description("Starts with this text; a missing value never matches.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with this text; a missing value always matches.");
        Field<StringGraphType>("endsWith").Description("Ends with this text; a missing value never matches.");
        Field<StringGraphType>("nendsWith").Description("Does not end with this text; a missing value always matches.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StringOperationFilterInput
    {
        And = FilterInputValues.Conditions<StringOperationFilterInput>(value, "and"),
        Or = FilterInputValues.Conditions<StringOperationFilterInput>(value, "or"),
        Eq = FilterInputValues.Given<string>(value, "eq"),
        Neq = FilterInputValues.Given<string>(value, "neq"),
        Contains = FilterInputValues.Given<string>(value, "contains"),
        Ncontains = FilterInputValues.Given<string>(value, "ncontains"),
        In = FilterInputValues.GivenList<string>(value, "in"),
        Nin = FilterInputValues.GivenList<string>(value, "nin"),
        StartsWith = FilterInputValues.Given<string>(value, "startsWith"),
        NstartsWith = FilterInputValues.Given<string>(value, "nstartsWith"),
        EndsWith = FilterInputValues.Given<string>(value, "endsWith"),
        NendsWith = FilterInputValues.Given<string>(value, "nendsWith"),
    };
}
