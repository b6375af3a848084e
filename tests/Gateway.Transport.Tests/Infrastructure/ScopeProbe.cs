namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>A scoped service with an identity: <c>Query.scopeId</c> tells which service scope resolved a field.</summary>
public sealed class ScopeProbe
{
    public Guid Id { get; } = Guid.NewGuid();
}
