namespace Gateway.Transport.Subscriptions;

/// <summary>
/// A client did not read an operation's results fast enough: <see cref="GraphQLSubscriptionOptions.MaxBufferedResults"/>
/// were waiting and another arrived. The transport ends the operation or connection with a clear code.
/// </summary>
public sealed class SubscriberTooSlowException : Exception
{
    /// <summary>Creates the exception for a buffer of <paramref name="bufferedResults"/> results.</summary>
    public SubscriberTooSlowException(int bufferedResults)
        : base($"The client did not read its subscription's results: {bufferedResults} were waiting.")
    {
        BufferedResults = bufferedResults;
    }

    /// <summary>How many results were waiting.</summary>
    public int BufferedResults { get; }
}
