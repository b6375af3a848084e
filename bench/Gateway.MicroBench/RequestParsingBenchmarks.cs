using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gateway.Bench.Workload;
using Gateway.Transport.Http;
using Gateway.Transport.Pipeline;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Gateway.MicroBench;

/// <summary>
/// A front end's POST body through the transport: the body reader (media type, size limit, JSON document) and the
/// request parser (query, operation name, variables as engine inputs), as every HTTP request pays them.
/// </summary>
[MemoryDiagnoser]
public class RequestParsingBenchmarks
{
    private byte[] _body = [];
    private GraphQLRequestBodyReader _reader = null!;
    private GraphQLRequestParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            query = BenchQueries.SessionFull,
            operationName = "SessionFull",
            variables = new { id = "5b3d7c1e-9f0a-4e8b-a2c4-6d1f3e5a7b9c" },
        });
        _reader = new GraphQLRequestBodyReader(Options.Create(new GraphQLHttpOptions()));
        _parser = new GraphQLRequestParser(new GraphQLSerializer(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }

    [Benchmark]
    public async Task<GraphQLRequest> ReadAndParseBody()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = _body.Length;
        context.Request.Body = new MemoryStream(_body, writable: false);
        using var document = await _reader.ReadAsync(context.Request, CancellationToken.None);
        return _parser.Parse(document.RootElement);
    }
}
