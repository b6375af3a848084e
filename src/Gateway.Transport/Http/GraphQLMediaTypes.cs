namespace Gateway.Transport.Http;

/// <summary>Media types of the GraphQL-over-HTTP specification that the transport speaks.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type; its status codes tell request errors (4xx) from executed operations (200).</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>Plain JSON: the only request body type, and the legacy response type (200 for anything GraphQL answered).</summary>
    public const string Json = "application/json";
}
