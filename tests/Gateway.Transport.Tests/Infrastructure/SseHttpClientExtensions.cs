using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Transport.Sse;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>Terse GraphQL over SSE requests for tests (raw HTTP, no protocol client).</summary>
public static class SseHttpClientExtensions
{
    /// <summary>Sends an event-stream request and returns as soon as the headers are in, the body still streaming.</summary>
    public static Task<HttpResponseMessage> OpenEventStreamAsync(
        this HttpClient client,
        HttpMethod method,
        string url,
        object? body = null,
        string? token = null,
        CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Accept", GraphQLSseProtocol.EventStreamMediaType);
        if (body is not null)
        {
            request.Content = Json(body);
        }

        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(GraphQLSseProtocol.TokenHeader, token);
        }

        return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>A distinct-connections <c>GET</c>, as <c>curl -N -H 'accept: text/event-stream' '…/graphql?query=…'</c> sends it.</summary>
    public static Task<HttpResponseMessage> OpenEventStreamAsync(this HttpClient client, string query)
        => client.OpenEventStreamAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));

    /// <summary><c>PUT</c>: makes a reservation and returns its token (asserting the 201).</summary>
    public static async Task<string> ReserveAsync(this HttpClient client)
    {
        using var response = await client.PutAsync("/graphql", content: null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A single-connection <c>POST</c> of an operation with its token.</summary>
    public static Task<HttpResponseMessage> PostOperationAsync(this HttpClient client, string? token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(GraphQLSseProtocol.TokenHeader, token);
        }

        return client.SendAsync(request);
    }

    /// <summary>A single-connection <c>DELETE ?operationId=…</c> with its token.</summary>
    public static Task<HttpResponseMessage> StopOperationAsync(this HttpClient client, string? token, string? operationId)
    {
        var url = operationId is null ? "/graphql" : "/graphql?operationId=" + Uri.EscapeDataString(operationId);
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(GraphQLSseProtocol.TokenHeader, token);
        }

        return client.SendAsync(request);
    }

    /// <summary>Reads the body of a streaming response message by message.</summary>
    public static async Task<SseEventReader> ReadEventsAsync(this HttpResponseMessage response)
        => new(await response.Content.ReadAsStreamAsync());

    private static ByteArrayContent Json(object body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body as string ?? JsonSerializer.Serialize(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
