namespace Gateway.Notifications;

/// <summary>A channel's wanted topics at one moment, and which of them still wait for the upstream's confirmation.</summary>
internal sealed record TopicSnapshot(string[] Topics, TopicRegistration[] Pending);
