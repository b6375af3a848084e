using System.Text.Json;
using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A journey segment (<c>GET /api/v2/journey/segments/{segmentId}</c>).</summary>
public sealed class JourneySegmentGraphType : ObjectGraphType<JourneySegment>
{
    public JourneySegmentGraphType()
    {
        Name = "JourneySegment";
        Description = "A journey segment: a classification of customers or sessions by rules on their context and journey.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The ID of the segment.");
        Field(x => x.IsActive, nullable: true).Description("Whether or not the segment is active.");
        Field(x => x.DisplayName, nullable: true).Description("The display name of the segment.");
        Field(x => x.Version, nullable: true).Description("The version of the segment.");
        Field(x => x.Description, nullable: true).Description("A description of the segment.");
        Field(x => x.Color, nullable: true).Description("The hexadecimal color value of the segment.");
        Field(x => x.Scope, nullable: true).Description("The target entity that a segment applies to (Session, Customer).");
        Field(x => x.ShouldDisplayToAgent, nullable: true).Description("Whether or not the segment should be displayed to agent/supervisor users.");

        // The rule trees are deep and rarely read: served as the upstream's JSON text rather than a type tree.
        Field<StringGraphType>("context")
            .Description("The context of the segment (its context patterns), as the upstream's JSON text.")
            .Resolve(context => JsonText(context.Source.Context));
        Field<StringGraphType>("journey")
            .Description("The pattern of rules defining the segment, as the upstream's JSON text.")
            .Resolve(context => JsonText(context.Source.Journey));
        Field(x => x.ExternalSegment, type: typeof(ExternalSegmentGraphType)).Description("Details of an entity corresponding to this segment in an external system.");
        Field(x => x.AssignmentExpirationDays, nullable: true).Description("Time, in days, from when the segment is assigned until it is automatically unassigned.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
        Field(x => x.CreatedDate, type: typeof(IsoDateTimeGraphType))
            .Description("Timestamp indicating when the segment was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z");
        Field(x => x.ModifiedDate, type: typeof(IsoDateTimeGraphType))
            .Description("Timestamp indicating when the segment was last updated. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z");
    }

    private static string? JsonText(JsonElement? element)
        => element is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } value ? value.GetRawText() : null;
}
