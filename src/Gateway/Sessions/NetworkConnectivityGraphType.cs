using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The network connectivity of the device of an app session.</summary>
public sealed class NetworkConnectivityGraphType : ObjectGraphType<NetworkConnectivity>
{
    public NetworkConnectivityGraphType()
    {
        Name = "NetworkConnectivity";
        Description = "Information relating to the device's network connectivity (for app sessions).";
        Field(x => x.Carrier, nullable: true).Description("The name of the network carrier.");
        Field(x => x.BluetoothEnabled, nullable: true).Description("Whether Bluetooth is enabled.");
        Field(x => x.CellularEnabled, nullable: true).Description("Whether Cellular is enabled.");
        Field(x => x.WifiEnabled, nullable: true).Description("Whether Wi-Fi is enabled.");
    }
}
