namespace GenesysCloud.Models;

/// <summary>A device's network connectivity.</summary>
public sealed record NetworkConnectivity
{
    /// <summary>The name of the network carrier.</summary>
    public string? Carrier { get; init; }

    /// <summary>Whether Bluetooth is enabled.</summary>
    public bool? BluetoothEnabled { get; init; }

    /// <summary>Whether Cellular is enabled.</summary>
    public bool? CellularEnabled { get; init; }

    /// <summary>Whether Wi-Fi is enabled.</summary>
    public bool? WifiEnabled { get; init; }
}
