namespace GenesysCloud.Models;

/// <summary>Address and name data for a call endpoint.</summary>
public sealed record Address
{
    /// <summary>This will be nameRaw if present, or a locality lookup of the address field otherwise.</summary>
    public string? Name { get; init; }

    /// <summary>The name as close to the bits on the wire as possible.</summary>
    public string? NameRaw { get; init; }

    /// <summary>The normalized address.</summary>
    public string? AddressNormalized { get; init; }

    /// <summary>The address as close to the bits on the wire as possible.</summary>
    public string? AddressRaw { get; init; }

    /// <summary>The displayable address.</summary>
    public string? AddressDisplayable { get; init; }
}
