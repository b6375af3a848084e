namespace GenesysCloud.Simulator.Seed;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A time span between the bounds, whole milliseconds (the platform's date precision).</summary>
    public static TimeSpan Between(this Random random, TimeSpan min, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Floor(min.TotalMilliseconds + (random.NextDouble() * (max - min).TotalMilliseconds)));

    /// <summary>Some distinct items of <paramref name="values"/>, in their order.</summary>
    public static List<T> Some<T>(this Random random, IReadOnlyList<T> values, int min, int max)
    {
        var count = Math.Min(values.Count, random.Next(min, max + 1));
        var chosen = new HashSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(random.Next(values.Count));
        }

        return [.. chosen.Order().Select(i => values[i])];
    }

    public static string Digits(this Random random, int length)
    {
        Span<char> digits = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            digits[i] = (char)('0' + random.Next(i == 0 ? 1 : 0, 10));
        }

        return new string(digits);
    }

    public static string Hex(this Random random, int length)
    {
        Span<char> hex = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            hex[i] = "0123456789abcdef"[random.Next(16)];
        }

        return new string(hex);
    }

    /// <summary>A GUID drawn from the stream (for values that are ids nobody looks up, like an event id).</summary>
    public static string NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }
}
