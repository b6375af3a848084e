namespace Gateway.Caching;

/// <summary>
/// The organization the upstream credentials belong to (the tenant of every cache key) could not be found out: the
/// upstream's organization lookup failed. Every query fails with this cause rather than with what happened to the
/// entity it asked for.
/// </summary>
public sealed class OrganizationUnknownException(Exception inner)
    : Exception("The organization of the gateway's upstream credentials could not be found out, so nothing can be read for it.", inner);
