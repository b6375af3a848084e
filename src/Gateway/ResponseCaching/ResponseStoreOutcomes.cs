namespace Gateway.ResponseCaching;

/// <summary>The metric tag values of <see cref="ResponseStoreOutcome"/>, without an enum-to-string per response.</summary>
public static class ResponseStoreOutcomes
{
    public static string NameOf(ResponseStoreOutcome outcome) => outcome switch
    {
        ResponseStoreOutcome.Stored => "stored",
        ResponseStoreOutcome.Errors => "errors",
        ResponseStoreOutcome.Stale => "stale",
        ResponseStoreOutcome.Invalidated => "invalidated",
        ResponseStoreOutcome.Expired => "expired",
        ResponseStoreOutcome.TooLarge => "too_large",
        _ => "unknown",
    };
}
