using System.Text.Json;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

internal static class JourneySegmentGenerator
{
    private static readonly (string Key, string Operator, string[] Values)[] Criteria =
    [
        ("device.category", "equal", ["mobile", "tablet"]),
        ("page.url", "containsAny", ["/checkout", "/cart"]),
        ("page.hostname", "equal", [SampleValues.ShopHost]),
        ("mktCampaign.source", "equal", ["newsletter"]),
        ("geolocation.countryName", "equal", ["Germany", "Ireland"]),
        ("browser.family", "equal", ["Chrome"]),
        ("referrer.medium", "equal", ["search"]),
    ];

    public static JourneySegment Create(GenerationContext context, int index)
    {
        var id = context.Plan.SegmentIds[index];
        var random = context.Values("journeysegment", index);
        var name = SampleValues.SegmentNames[index % SampleValues.SegmentNames.Length];
        var scope = random.Chance(0.6) ? "Session" : "Customer";
        var external = random.Chance(0.15);
        var created = context.Now - random.Between(TimeSpan.FromDays(30), TimeSpan.FromDays(700));
        var criterion = random.Pick(Criteria);

        return new JourneySegment
        {
            Id = id,
            IsActive = random.Chance(0.9),
            DisplayName = index < SampleValues.SegmentNames.Length ? name : $"{name} {index / SampleValues.SegmentNames.Length + 1}",
            Version = random.Next(1, 8),
            Description = $"Visitors matching {criterion.Key} {criterion.Operator} {string.Join(", ", criterion.Values)}.",
            Color = random.Pick(SampleValues.SegmentColors),
            Scope = scope,
            ShouldDisplayToAgent = random.Chance(0.7),
            Context = external ? null : ContextJson(criterion),
            Journey = external || !random.Chance(0.5) ? null : JourneyJson(random),
            ExternalSegment = external
                ? new ExternalSegment { Id = $"ext-{random.Digits(6)}", Name = $"{name} (CDP)", Source = "AdobeExperiencePlatform" }
                : null,
            AssignmentExpirationDays = scope == "Customer" ? random.Pick([7, 30, 60]) : null,
            SelfUri = SelfUris.Segment(id),
            CreatedDate = created,
            ModifiedDate = created + random.Between(TimeSpan.Zero, context.Now - created),
        };
    }

    private static JsonElement ContextJson((string Key, string Operator, string[] Values) criterion) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("patterns");
            writer.WriteStartObject();
            writer.WriteStartArray("criteria");
            writer.WriteStartObject();
            writer.WriteString("key", criterion.Key);
            writer.WriteStartArray("values");
            foreach (var value in criterion.Values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
            writer.WriteBoolean("shouldIgnoreCase", true);
            writer.WriteString("operator", criterion.Operator);
            writer.WriteString("entityType", "Session");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static JsonElement JourneyJson(Random random) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("patterns");
            writer.WriteStartObject();
            writer.WriteStartArray("criteria");
            writer.WriteStartObject();
            writer.WriteString("key", "page.url");
            writer.WriteStartArray("values");
            writer.WriteStringValue(random.Pick(SampleValues.Pages).Pathname);
            writer.WriteEndArray();
            writer.WriteBoolean("shouldIgnoreCase", true);
            writer.WriteString("operator", "containsAll");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteNumber("count", random.Next(1, 4));
            writer.WriteString("streamType", "Web");
            writer.WriteString("sessionType", "web");
            writer.WriteString("eventName", "page_viewed");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
