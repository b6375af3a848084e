using GenesysCloud.Models;

namespace Gateway.Sessions;

/// <summary>A session of a connection page and the cursor that resumes the listing right after it.</summary>
public sealed record SessionEdge(string Cursor, Session Node);
