namespace Gateway.Bench.Processes;

/// <summary>Warning-or-worse log lines of one logger and event: how many, and the message of the first.</summary>
internal sealed class LogProblem(string source)
{
    public string Source { get; } = source;

    public int Count { get; set; }

    public string FirstMessage { get; set; } = "";

    public override string ToString() => $"{Count} × {Source} {FirstMessage}";
}
