using GraphQLParser.AST;

namespace Gateway.Execution;

/// <summary>The operation a request asks for in its document, as the engine will choose it.</summary>
internal static class RequestedOperation
{
    /// <summary>
    /// The operation named <paramref name="operationName"/>, or the document's only operation when none is named;
    /// null when there is no such operation, or several and none named (the engine refuses the request then).
    /// </summary>
    public static GraphQLOperationDefinition? In(GraphQLDocument? document, string? operationName)
    {
        GraphQLOperationDefinition? lone = null;
        foreach (var definition in document?.Definitions ?? [])
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (operationName is not null)
            {
                if (operation.Name?.StringValue == operationName)
                {
                    return operation;
                }
            }
            else if (lone is not null)
            {
                // Without a name, only a document's one operation is the requested one.
                return null;
            }
            else
            {
                lone = operation;
            }
        }

        return operationName is null ? lone : null;
    }
}
