using Gateway.Common;
using Gateway.Filtering;
using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>HotChocolate.Data's <c>DateTimeOperationFilterInput</c>: the same names, so HotChocolate-style clients work unchanged.</summary>
public sealed class DateTimeOperationFilterInputGraphType : InputObjectGraphType<DateTimeOperationFilterInput>
{
    public DateTimeOperationFilterInputGraphType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "Conditions on a date-time, compared as instants; all given must hold.";
        Field<IsoDateTimeGraphType>("eq").Description("Equal to; null matches a missing value.");
        Field<IsoDateTimeGraphType>("neq").Description("Not equal to; null matches any present value.");
        Field<ListGraphType<IsoDateTimeGraphType>>("in").Description("One of these instants (a null item matches a missing value).");
        Field<ListGraphType<IsoDateTimeGraphType>>("nin").Description("None of these instants (a null item excludes a missing value).");
        Field<IsoDateTimeGraphType>("gt").Description("Later than; a missing value never matches.");
        Field<IsoDateTimeGraphType>("ngt").Description("Not later than; a missing value always matches.");
        Field<IsoDateTimeGraphType>("gte").Description("Later than or equal to; a missing value never matches.");
        Field<IsoDateTimeGraphType>("ngte").Description("Not later than or equal to; a missing value always matches.");
        Field<IsoDateTimeGraphType>("lt").Description("Earlier than; a missing value never matches.");
        Field<IsoDateTimeGraphType>("nlt").Description("Not earlier than; a missing value always matches.");
        Field<IsoDateTimeGraphType>("lte").Description("Earlier than or equal to; a missing value never matches.");
        Field<IsoDateTimeGraphType>("nlte").Description("Not earlier than or equal to; a missing value always matches.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DateTimeOperationFilterInput
    {
        Eq = FilterInputValues.Given<DateTimeOffset?>(value, "eq"),
        Neq = FilterInputValues.Given<DateTimeOffset?>(value, "neq"),
        In = FilterInputValues.GivenList<DateTimeOffset?>(value, "in"),
        Nin = FilterInputValues.GivenList<DateTimeOffset?>(value, "nin"),
        Gt = FilterInputValues.Given<DateTimeOffset?>(value, "gt"),
        Ngt = FilterInputValues.Given<DateTimeOffset?>(value, "ngt"),
        Gte = FilterInputValues.Given<DateTimeOffset?>(value, "gte"),
        Ngte = FilterInputValues.Given<DateTimeOffset?>(value, "ngte"),
        Lt = FilterInputValues.Given<DateTimeOffset?>(value, "lt"),
        Nlt = FilterInputValues.Given<DateTimeOffset?>(value, "nlt"),
        Lte = FilterInputValues.Given<DateTimeOffset?>(value, "lte"),
        Nlte = FilterInputValues.Given<DateTimeOffset?>(value, "nlte"),
    };
}
