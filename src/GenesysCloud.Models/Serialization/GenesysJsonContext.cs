using System.Text.Json.Serialization;

namespace GenesysCloud.Models;

/// <summary>
/// Source-generated JSON metadata for every platform model: camelCase names as on the wire, nulls omitted,
/// dates in the platform's <c>...sss'Z'</c> form. Unknown properties are ignored so newer API fields never break a read.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(GenesysDateTimeConverter)])]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(SessionListing))]
[JsonSerializable(typeof(JourneySegment))]
[JsonSerializable(typeof(Conversation))]
[JsonSerializable(typeof(CobrowseConversation))]
[JsonSerializable(typeof(ExternalContact))]
[JsonSerializable(typeof(BulkIdsRequest))]
[JsonSerializable(typeof(BulkFetchContactsResponse))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(EntityListing<User>))]
[JsonSerializable(typeof(Queue))]
[JsonSerializable(typeof(EntityListing<Queue>))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(OAuthErrorResponse))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(ChannelEntityListing))]
[JsonSerializable(typeof(List<ChannelTopic>))]
[JsonSerializable(typeof(ChannelTopicEntityListing))]
public sealed partial class GenesysJsonContext : JsonSerializerContext;
