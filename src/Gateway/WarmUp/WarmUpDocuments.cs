namespace Gateway.WarmUp;

/// <summary>
/// What the warm-up executes: documents that read the schema alone (no upstream entity), yet walk what queries walk:
/// an operation name, variables, fragments, nested lists and arguments. Each is named for the warm-up, so the responses
/// it leaves in the response cache are never a caller's (a caller's first <c>{ __typename }</c> is still a miss).
/// </summary>
internal static class WarmUpDocuments
{
    public const string TypeName = "query GatewayWarmUp { __typename }";

    /// <summary>The shape of an IDE's introspection, with a variable and a fragment, as a client's first request often is.</summary>
    public const string Introspection = """
        query WarmUpIntrospection($includeDeprecated: Boolean = true) {
          __schema {
            queryType { name }
            subscriptionType { name }
            types { ...WarmUpType }
            directives { name locations args { name defaultValue type { ...WarmUpTypeRef } } }
          }
        }

        fragment WarmUpType on __Type {
          kind name description
          fields(includeDeprecated: $includeDeprecated) {
            name isDeprecated deprecationReason
            args { name defaultValue type { ...WarmUpTypeRef } }
            type { ...WarmUpTypeRef }
          }
          inputFields { name defaultValue type { ...WarmUpTypeRef } }
          enumValues(includeDeprecated: $includeDeprecated) { name isDeprecated }
          interfaces { name }
          possibleTypes { name }
        }

        fragment WarmUpTypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name } } }
        }
        """;

    public static IReadOnlyList<string> All { get; } = [TypeName, Introspection];
}
