using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// A real gateway process (<c>dotnet Gateway.dll</c> from the build of <c>src/Gateway</c> this test run made) on a free
/// loopback port, configured by environment as an operator would; killed with its children when disposed.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private GatewayProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    /// <summary>A client of this gateway (base address set, so <c>PostGraphQLAsync</c> works on it).</summary>
    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The gateway's own build: <c>src/Gateway/bin/{the tests' configuration}/net10.0/Gateway.dll</c>.</summary>
    public static string GatewayDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Parent?.Name ?? "Debug";
            for (var folder = output; folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Gateway.sln")))
                {
                    var dll = Path.Combine(folder.FullName, "src", "Gateway", "bin", configuration, output.Name, "Gateway.dll");
                    return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build src/Gateway ({configuration}) first.");
                }
            }

            throw new InvalidOperationException("Cannot find the repository root (Gateway.sln) above " + output.FullName);
        }
    }

    /// <summary>Starts a gateway with <paramref name="environment"/> and waits until its <c>/health</c> answers 200.</summary>
    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan readiness)
    {
        var dll = GatewayDll;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!, // the content root: appsettings.json is read from here
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var gateway = new GatewayProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => gateway.Record(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await gateway.WaitUntilHealthyAsync(readiness);
            return gateway;
        }
        catch
        {
            await gateway.DisposeAsync();
            throw;
        }
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string RecentOutput()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or killed and not yet reaped.
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan readiness)
    {
        using var deadline = new CancellationTokenSource(readiness);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The gateway exited with {_process.ExitCode}:\n{RecentOutput()}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri(BaseAddress, "health"), deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                // Nothing to await but the socket: ask again shortly.
                await Task.Delay(100, deadline.Token);
            }
            catch (HttpRequestException)
            {
                // Not listening yet; the next GetAsync notices the deadline.
                await Task.Delay(100, CancellationToken.None);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"The gateway was not healthy within {readiness}:\n{RecentOutput()}");
            }
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            if (_tail.Count == 40)
            {
                _tail.Dequeue();
            }

            _tail.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
