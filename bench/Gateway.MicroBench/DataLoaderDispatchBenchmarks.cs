using BenchmarkDotNet.Attributes;
using Gateway.DataLoading;
using GraphQL.DataLoader;

namespace Gateway.MicroBench;

/// <summary>
/// <see cref="BatchDataLoader{TKey,TValue}"/>'s own cost: a level's fields queue <see cref="Keys"/> keys (a tenth of
/// them asked twice), then the executor awaits every result, which dispatches one batch to an in-memory fetch.
/// </summary>
[MemoryDiagnoser]
public class DataLoaderDispatchBenchmarks
{
    private Dictionary<string, Agent> _agents = [];
    private string[] _asked = [];

    [Params(10, 100)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _agents = Enumerable.Range(0, Keys).Select(i => new Agent(Guid.NewGuid().ToString(), $"Agent {i}")).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ids = _agents.Keys.ToArray();
        _asked = [.. ids, .. ids.Take(Math.Max(1, Keys / 10))];
    }

    [Benchmark]
    public async Task<int> QueueAndDispatch()
    {
        var loader = new AgentByIdDataLoader(_agents);
        var pending = new IDataLoaderResult<Agent?>[_asked.Length];
        for (var i = 0; i < _asked.Length; i++)
        {
            pending[i] = loader.LoadAsync(_asked[i]);
        }

        var found = 0;
        foreach (var result in pending)
        {
            if (await result.GetResultAsync() is not null)
            {
                found++;
            }
        }

        return found;
    }

    public sealed record Agent(string Id, string Name);

    private sealed class AgentByIdDataLoader(Dictionary<string, Agent> agents) : BatchDataLoader<string, Agent>(StringComparer.Ordinal)
    {
        protected override Task FetchAsync(IReadOnlyList<string> keys, BatchResults<string, Agent> results, CancellationToken cancellationToken)
        {
            foreach (var key in keys)
            {
                if (agents.TryGetValue(key, out var agent))
                {
                    results.SetValue(key, agent);
                }
            }

            return Task.CompletedTask;
        }
    }
}
