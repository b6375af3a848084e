namespace Gateway.Cobrowse;

/// <summary>The role of a co-browse client; <see cref="Unknown"/> stands for any value the gateway has not met.</summary>
public enum CobrowseRole
{
    Sharer,
    Viewer,
    Unknown,
}
