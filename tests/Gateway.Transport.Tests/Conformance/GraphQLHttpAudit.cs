using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Transport.Tests.Conformance;

/// <summary>
/// Runs the GraphQL-over-HTTP server audits of the npm package <c>graphql-http</c>
/// (<c>tests/conformance/graphql-http-audit.mjs</c>) against a live endpoint and judges the results.
/// Self-contained (no test-framework types) so other test projects can link or copy this one file.
/// Needs <c>node</c> (18+) and <c>npm</c> on the PATH; installs <c>tests/conformance/node_modules</c> with
/// <c>npm ci</c> when it is missing or stale.
/// </summary>
public static class GraphQLHttpAudit
{
    /// <summary>SHOULD audits the default configuration knowingly fails, by graphql-http audit id, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedShouldFailures = new Dictionary<string, string>
    {
        ["47DE"] = "SHOULD accept */* and use application/json: a client that accepts anything gets "
            + "application/graphql-response+json, the spec's preferred media type since its 2025-01-01 watershed "
            + "(its status codes tell request errors from executed operations); graphql-http 1.23.1 still audits the "
            + "pre-watershed default. GraphQL:Http:DefaultResponseMediaType=application/json restores it.",
        ["80D8"] = "SHOULD assume application/json when Accept is missing: since the spec's 2025-01-01 watershed a "
            + "request without Accept SHOULD be treated as accepting application/graphql-response+json, which we do; "
            + "graphql-http 1.23.1 still audits the pre-watershed rule. "
            + "GraphQL:Http:DefaultResponseMediaType=application/json restores it.",
    };

    private static readonly TimeSpan AuditTimeout = TimeSpan.FromMinutes(2);

    /// <summary>One audit's outcome, as printed by the audit script.</summary>
    /// <param name="Id">graphql-http's stable audit id, e.g. <c>22EB</c>.</param>
    /// <param name="Name">Starts with the requirement level: <c>MUST</c>, <c>SHOULD</c> or <c>MAY</c>.</param>
    /// <param name="Status"><c>ok</c>, <c>notice</c> (MAY), <c>warn</c> (SHOULD) or <c>error</c> (MUST).</param>
    /// <param name="Reason">Why it failed; null when ok.</param>
    public sealed record AuditResult(string Id, string Name, string Status, string? Reason)
    {
        public bool IsOk => Status == "ok";

        public bool IsMust => Name.StartsWith("MUST ", StringComparison.Ordinal);

        public bool IsShould => Name.StartsWith("SHOULD ", StringComparison.Ordinal);

        public override string ToString() => $"{Id} {Name}: {Status}{(Reason is null ? "" : $" ({Reason})")}";
    }

    /// <summary>Runs every server audit against <paramref name="endpoint"/> (e.g. <c>http://127.0.0.1:5123/graphql</c>).</summary>
    public static async Task<IReadOnlyList<AuditResult>> RunAsync(Uri endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var directory = ConformancePackages.Directory;
        await ConformancePackages.EnsureInstalledAsync(cancellationToken);

        var (exitCode, stdout, stderr) = await RunProcessAsync(
            "node", [Path.Combine(directory, "graphql-http-audit.mjs"), endpoint.AbsoluteUri], directory, AuditTimeout, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"The graphql-http audit script failed with exit code {exitCode}: {stderr}");
        }

        return JsonSerializer.Deserialize<List<AuditResult>>(stdout, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The graphql-http audit script printed no results.");
    }

    /// <summary>
    /// Lists what breaks conformance: any MUST that is not ok; any SHOULD that is not ok and not in
    /// <paramref name="allowedShouldFailures"/> (audit id → why we deviate); and allow-list entries that are
    /// stale (the audit now passes, or no longer exists), so the documented deviations stay true.
    /// </summary>
    public static IReadOnlyList<string> FindViolations(
        IReadOnlyCollection<AuditResult> results,
        IReadOnlyDictionary<string, string> allowedShouldFailures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(allowedShouldFailures);

        var violations = new List<string>();
        if (results.Count == 0)
        {
            violations.Add("No audit ran.");
        }

        foreach (var result in results.Where(r => !r.IsOk))
        {
            if (result.IsMust || (result.IsShould && !allowedShouldFailures.ContainsKey(result.Id)))
            {
                violations.Add(result.ToString());
            }
        }

        foreach (var id in allowedShouldFailures.Keys)
        {
            var result = results.FirstOrDefault(r => r.Id == id);
            if (result is null)
            {
                violations.Add($"{id}: allow-listed, but graphql-http has no such audit any more; remove it.");
            }
            else if (result.IsOk)
            {
                violations.Add($"{id} {result.Name}: allow-listed, but it passes now; remove it from the allow-list.");
            }
        }

        return violations;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start '{fileName}'; is Node.js (18+) installed and on the PATH?", ex);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeoutSource.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeoutSource.Token);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
            return (process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(' ', arguments)}' did not finish within {timeout}.");
        }
    }
}
