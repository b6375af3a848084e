namespace Gateway.Bench.Processes;

/// <summary>Finds a program on <c>PATH</c> the way a shell would.</summary>
internal static class ExecutableSearch
{
    /// <summary>The full path of <paramref name="name"/>, or null when no folder of <c>PATH</c> holds it.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & UnixFileMode.UserExecute) != 0))
            {
                return candidate;
            }
        }

        return null;
    }
}
