namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>Waits for a state that raises no event of its own (a count the server keeps), checking it often.</summary>
public static class SseWait
{
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
        => UntilAsync(() => Task.FromResult(condition()), what, timeout);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }
}
