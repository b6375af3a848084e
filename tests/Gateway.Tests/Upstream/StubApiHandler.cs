using System.Collections.Concurrent;

namespace Gateway.Tests.Upstream;

/// <summary>
/// Stands in for the network under the API client (the token still comes from the simulator) to answer what the
/// simulator never does: broken JSON, odd headers. Answers the queued responses in order, then 500s.
/// </summary>
internal sealed class StubApiHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _answers = new();

    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public StubApiHandler Answer(Func<HttpResponseMessage> answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(_answers.TryDequeue(out var answer)
            ? answer()
            : new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError));
    }
}
