using System.Globalization;

namespace Gateway.Bench;

/// <summary>The values of the runners' options: the next argument, as text or as an integer within bounds.</summary>
internal static class CommandLineValues
{
    /// <summary>The value after the option at <paramref name="i"/> (which moves onto it); a missing one is a bad argument.</summary>
    public static string String(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        if (++i >= args.Count || string.IsNullOrWhiteSpace(args[i]))
        {
            throw new BenchmarkFailedException($"{name} needs a value");
        }

        return args[i];
    }

    /// <summary>The value after the option at <paramref name="i"/> as an integer from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int Int(IReadOnlyList<string> args, ref int i, int min, int max)
    {
        var name = args[i];
        var text = String(args, ref i);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new BenchmarkFailedException($"{name} must be an integer from {min} to {max}, not '{text}'");
        }

        return value;
    }
}
