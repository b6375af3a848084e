using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>The <c>CobrowseRole</c> enum: <c>cobrowseRole</c> typed, with a fallback so a new upstream value never fails a query.</summary>
public sealed class CobrowseRoleGraphType : EnumerationGraphType<CobrowseRole>
{
    public CobrowseRoleGraphType()
    {
        Name = "CobrowseRole";
        Description = "The role of a co-browse client. UNKNOWN stands for a value this gateway does not know yet.";
    }

    /// <summary>Maps the platform's raw string (any case); null stays null, anything unfamiliar is <see cref="CobrowseRole.Unknown"/>.</summary>
    public static CobrowseRole? Parse(string? raw) => raw switch
    {
        null => null,
        _ when raw.Equals("sharer", StringComparison.OrdinalIgnoreCase) => CobrowseRole.Sharer,
        _ when raw.Equals("viewer", StringComparison.OrdinalIgnoreCase) => CobrowseRole.Viewer,
        _ => CobrowseRole.Unknown,
    };
}
