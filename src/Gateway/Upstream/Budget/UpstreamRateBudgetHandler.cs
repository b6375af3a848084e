namespace Gateway.Upstream.Budget;

/// <summary>
/// Takes a permit of the <see cref="UpstreamRateBudget"/> for every attempt to the API host (it sits inside the
/// resilience handler, so each retry takes one too), waiting at most until the attempt's cancellation fires.
/// </summary>
internal sealed class UpstreamRateBudgetHandler(UpstreamRateBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await budget.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
