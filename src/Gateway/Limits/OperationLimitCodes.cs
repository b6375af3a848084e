namespace Gateway.Limits;

/// <summary>The <c>extensions.code</c> of each refusal by an operation limit; clients may depend on these.</summary>
public static class OperationLimitCodes
{
    public const string MaxDocumentSizeExceeded = "MAX_DOCUMENT_SIZE_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxFragmentExpansionExceeded = "MAX_FRAGMENT_EXPANSION_EXCEEDED";
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string MaxIntrospectionExceeded = "MAX_INTROSPECTION_EXCEEDED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string MaxResponseSizeExceeded = "MAX_RESPONSE_SIZE_EXCEEDED";
}
