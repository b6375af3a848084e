namespace Gateway.Tests.Playground;

/// <summary>What <c>tests/browser/bananacakepop-ide.mjs</c> printed: its steps, what the page showed and what went wrong.</summary>
internal sealed record BrowserReport
{
    public IReadOnlyList<BrowserStep> Steps { get; init; } = [];

    public IReadOnlyList<string> Screenshots { get; init; } = [];

    /// <summary>Responses of 400 and above the page got (a 404 among them is an asset the gateway lacks).</summary>
    public IReadOnlyList<string> HttpErrors { get; init; } = [];

    /// <summary>Requests that got no answer at all (e.g. to a host outside this machine).</summary>
    public IReadOnlyList<string> FailedRequests { get; init; } = [];

    public IReadOnlyList<string> ConsoleErrors { get; init; } = [];

    public IReadOnlyList<string> PageErrors { get; init; } = [];

    /// <summary>GraphQL errors in the answers to the page's own requests.</summary>
    public IReadOnlyList<string> GraphQLErrors { get; init; } = [];

    /// <summary>Every origin the page sent a request to (only the gateway's, offline).</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];

    public int Requests { get; init; }

    /// <summary>The result pane's text after the query ran.</summary>
    public string? Result { get; init; }

    /// <summary>The result pane's text once a subscription event arrived.</summary>
    public string? Event { get; init; }

    public string? Error { get; init; }

    public int ExitCode { get; init; }

    public string Stderr { get; init; } = "";
}
