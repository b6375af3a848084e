using GraphQLParser.AST;

namespace Gateway.Execution;

/// <summary>A document <see cref="ParsedDocumentCache"/> keeps, and whether it has passed the engine's validation.</summary>
internal sealed class ParsedDocument(GraphQLDocument document)
{
    private volatile bool _isValidated;

    public GraphQLDocument Document { get; } = document;

    /// <summary>Set once an execution of it passed validation; read by concurrent requests.</summary>
    public bool IsValidated
    {
        get => _isValidated;
        set => _isValidated = value;
    }
}
