using System.Buffers.Binary;

namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// Deterministic identifiers and random streams. Ids hash the seed, a kind and an index (never the organization,
/// so every tenant has the same ids); value streams also hash the organization, so tenants differ in content.
/// The hash is our own (FNV-1a then a SplitMix64 finaliser): stable across processes, runtimes and platforms,
/// unlike <see cref="string.GetHashCode()"/>, and much cheaper than a cryptographic hash for thousands of ids.
/// </summary>
internal static class StableIds
{
    /// <summary>A version-4-shaped GUID (lower-case, dashed) from the seed, the kind of entity and its index.</summary>
    public static string Guid(int seed, string kind, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, Hash(seed, "", kind, index, salt: 0x9E3779B97F4A7C15UL));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], Hash(seed, "", kind, index, salt: 0xC2B2AE3D27D4EB4FUL));
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4, as the platform's ids are
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new System.Guid(bytes).ToString("D");
    }

    /// <summary>A random stream for one entity's values in one organization.</summary>
    public static Random Values(int seed, string organizationId, string kind, int index) =>
        new((int)(Hash(seed, organizationId, kind, index, salt: 0) & int.MaxValue));

    /// <summary>A random stream for one entity's structure (relations), the same in every organization.</summary>
    public static Random Structure(int seed, string kind, int index) =>
        new((int)(Hash(seed, "", kind, index, salt: 0) & int.MaxValue));

    private static ulong Hash(int seed, string organizationId, string kind, int index, ulong salt)
    {
        const ulong prime = 1099511628211UL;
        var hash = 14695981039346656037UL ^ salt;

        void Add(ulong value)
        {
            hash ^= value;
            hash *= prime;
        }

        Add((uint)seed);
        foreach (var c in organizationId)
        {
            Add(c);
        }

        Add(0x1F);
        foreach (var c in kind)
        {
            Add(c);
        }

        Add((uint)index);

        // SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }
}
