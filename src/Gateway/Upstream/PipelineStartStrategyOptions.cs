using Polly;

namespace Gateway.Upstream;

/// <summary>Options of <see cref="PipelineStartStrategy"/> (none but its name).</summary>
internal sealed class PipelineStartStrategyOptions : ResilienceStrategyOptions
{
    public PipelineStartStrategyOptions() => Name = "start";
}
