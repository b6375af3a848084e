using System.Text.Json.Serialization;

namespace Gateway.Subscriptions;

/// <summary>Source-generated JSON of what the bus carries between instances.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TopicEvent))]
public sealed partial class SubscriptionsJsonContext : JsonSerializerContext;
