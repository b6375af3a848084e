using System.Buffers;
using System.IO.Pipelines;

namespace Gateway.Bench.Ceiling;

/// <summary>
/// Reads the whole request body (as the gateway must before it can answer), finds the captured answer for exactly
/// those bytes and writes it with its content type and length. A body never captured is a 404, so the runner
/// counts it as an error.
/// </summary>
internal static class CeilingEndpoint
{
    private static readonly byte[] NotCaptured = """{"errors":[{"message":"The ceiling has no captured answer for this request body."}]}"""u8.ToArray();

    public static async Task AnswerAsync(HttpContext context, CapturedResponseTable responses)
    {
        var reader = context.Request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(context.RequestAborted);
            if (read.IsCompleted)
            {
                break;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        var body = read.Buffer.ToArray();
        reader.AdvanceTo(read.Buffer.End);

        var response = context.Response;
        if (!responses.TryGet(body, out var captured))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "application/json";
            response.ContentLength = NotCaptured.Length;
            await response.Body.WriteAsync(NotCaptured, context.RequestAborted);
            return;
        }

        response.ContentType = captured.ContentType;
        response.ContentLength = captured.Response.Length;
        await response.Body.WriteAsync(captured.Response, context.RequestAborted);
    }
}
