using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Common;

/// <summary>
/// The <c>DateTime</c> scalar: an ISO-8601 date-time, written as the platform writes it (UTC, milliseconds,
/// <c>Z</c>: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>); any ISO-8601 offset form is accepted as input.
/// </summary>
public sealed class IsoDateTimeGraphType : ScalarGraphType
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public IsoDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "An ISO-8601 date-time in UTC with milliseconds, e.g. 2024-05-01T12:30:00.000Z.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset offset => Format(offset),
        DateTime dateTime => Format(new DateTimeOffset(DateTime.SpecifyKind(dateTime, dateTime.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dateTime.Kind))),
        string text => Format(Parse(text)),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(dateTime),
        string text => Parse(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse(new string(text.Value.Span)),
        _ => ThrowLiteralConversionError(value),
    };

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new FormatException($"'{text}' is not an ISO-8601 date-time.");
}
