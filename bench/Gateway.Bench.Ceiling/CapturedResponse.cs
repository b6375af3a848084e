namespace Gateway.Bench.Ceiling;

/// <summary>One request body the gateway was sent and the body and content type it answered (JSON: byte arrays as base64).</summary>
public sealed record CapturedResponse(byte[] Request, byte[] Response, string ContentType);
