using Gateway.Common.Errors;
using Gateway.Filtering;

namespace Gateway.Filtering;

/// <summary>The BAD_USER_INPUT errors of filtering and sorting, worded once.</summary>
internal static class FilterErrors
{
    public static BadUserInputError NullNotSupported(string path, string argumentName)
        => new($"The value null is not supported at '{path}': leave the field out instead, or give a value.", argumentName);
}
