using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphQL;

namespace Gateway.Transport.Subscriptions;

/// <summary>
/// The results of one executed operation as the streaming transports send them: a query or mutation (or a request
/// error) is one result; a subscription is one result per source event, in order, until the source completes.
/// Between the engine and a slow client sits a bounded buffer: when it is full the enumeration throws
/// <see cref="SubscriberTooSlowException"/> rather than grow. Stopping the enumeration (or cancelling it)
/// unsubscribes from the source.
/// </summary>
public static class ExecutionResultStream
{
    /// <summary>True when <paramref name="result"/> carries an event stream rather than one response.</summary>
    public static bool IsStream(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Streams is { Count: > 0 };
    }

    /// <summary>Enumerates the results of <paramref name="result"/>, buffering at most <paramref name="maxBufferedResults"/>.</summary>
    /// <param name="result">What the executor returned.</param>
    /// <param name="maxBufferedResults">Results kept for a client that is not reading.</param>
    /// <param name="onOverflow">
    /// Called once, on the source's thread, when the buffer overflows: a client that does not read at all may keep the
    /// reader stuck in a write, so the transport must end the connection from here rather than wait for the reader.
    /// </param>
    /// <param name="cancellationToken">Stops the enumeration and unsubscribes.</param>
    public static async IAsyncEnumerable<ExecutionResult> ReadAsync(
        ExecutionResult result,
        int maxBufferedResults,
        Action? onOverflow,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBufferedResults, 1);
        if (!IsStream(result))
        {
            yield return result;
            yield break;
        }

        // A subscription has exactly one root field, so one stream.
        var source = result.Streams!.Values.First();
        var buffer = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(maxBufferedResults)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });

        using var subscription = source.Subscribe(new BufferingObserver(buffer.Writer, maxBufferedResults, onOverflow));
        await foreach (var next in buffer.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return next;
        }
    }

    /// <summary>Writes source events into the buffer without ever blocking the source.</summary>
    private sealed class BufferingObserver(ChannelWriter<ExecutionResult> writer, int capacity, Action? onOverflow) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!writer.TryWrite(value))
            {
                Overflow();
            }
        }

        // The engine hands stream failures over as ExecutionErrors (already safe to show); they end the operation.
        public void OnError(Exception error)
        {
            var executionError = error as ExecutionError ?? new ExecutionError("The event stream failed.");
            if (writer.TryWrite(new ExecutionResult { Errors = new ExecutionErrors { executionError } }))
            {
                writer.TryComplete();
            }
            else
            {
                Overflow();
            }
        }

        public void OnCompleted() => writer.TryComplete();

        // Full (or already closed): the reader sees the overflow once it has drained what was buffered.
        private void Overflow()
        {
            if (writer.TryComplete(new SubscriberTooSlowException(capacity)))
            {
                onOverflow?.Invoke();
            }
        }
    }
}
