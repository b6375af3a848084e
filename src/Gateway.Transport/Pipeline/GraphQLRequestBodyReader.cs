using System.Buffers;
using System.Text.Json;
using Gateway.Transport.Errors;
using Gateway.Transport.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Transport.Pipeline;

/// <summary>
/// Reads a JSON request body as HTTP and SSE <c>POST</c>s carry it: <c>Content-Type: application/json</c> (UTF-8),
/// at most <see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>, parsed into a document that owns its memory.
/// </summary>
public sealed class GraphQLRequestBodyReader
{
    private readonly GraphQLHttpOptions _options;

    /// <summary>Creates the reader with the transport's size limit.</summary>
    public GraphQLRequestBodyReader(IOptions<GraphQLHttpOptions> options)
    {
        _options = options.Value;
    }

    /// <summary>Requires <c>Content-Type: application/json</c>, in UTF-8 when a charset is given (→ 415 otherwise).</summary>
    private static void EnsureJsonContentType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !AcceptHeader.IsUtf8(contentType.Charset.Value)))
        {
            throw new InvalidContentTypeError();
        }
    }

    /// <summary>
    /// Checks the media type, buffers the body (within the limit, else 413) and parses a copy of it as JSON
    /// (→ 400 when empty or malformed).
    /// </summary>
    public async ValueTask<JsonDocument> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureJsonContentType(request);
        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeError();
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    throw new PayloadTooLargeError();
                }

                if (read.IsCompleted)
                {
                    try
                    {
                        return ParseJson(buffer);
                    }
                    finally
                    {
                        reader.AdvanceTo(buffer.End);
                    }
                }

                // Nothing consumed yet: ask for more data on top of what is buffered.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // The server itself refused the body (its own size limit, a broken chunked encoding, …).
            throw ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new PayloadTooLargeError()
                : new JsonInvalidError("The request body could not be read.");
        }
    }

    private static JsonDocument ParseJson(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new JsonInvalidError("The request body is empty; send a JSON object with a 'query'.");
        }

        try
        {
            // A document parsed from a sequence keeps reading that memory, and the pipe reuses it for other
            // requests once the body is consumed: the document must own a copy.
            return JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            throw new JsonInvalidError();
        }
    }
}
