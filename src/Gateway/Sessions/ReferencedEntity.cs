using Gateway.Common.Errors;
using Gateway.DataLoading;

namespace Gateway.Sessions;

/// <summary>Resolves an entity a session refers to by id through its loader, keeping the batch pending.</summary>
internal static class ReferencedEntity
{
    /// <summary>
    /// No reference: <c>null</c> and no error. A reference to an id the upstream does not know: <c>null</c> and a
    /// NOT_FOUND error on the field.
    /// </summary>
    public static object? Load<TValue>(BatchDataLoader<string, TValue> loader, string? id, string entityKind)
        where TValue : class
        => string.IsNullOrEmpty(id)
            ? null
            : loader.LoadAsync(id).Then(entity => entity ?? throw new NotFoundError(entityKind, id));
}
