using Gateway.Notifications;

namespace Gateway.Tests.Notifications;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Fact]
    public void Delay_AfterAConnectionThatWorked_None() => Assert.Equal(TimeSpan.Zero, ReconnectBackoff.Delay(0, Base, Max, 0.5));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(1000, 30)]
    public void Delay_Doubles_UpToTheCap(int failures, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), ReconnectBackoff.Delay(failures, Base, Max, jitter: 0));

    [Fact]
    public void Delay_Jitter_TakesOffAtMostHalf()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), ReconnectBackoff.Delay(3, Base, Max, jitter: 1));
        Assert.Equal(TimeSpan.FromSeconds(3), ReconnectBackoff.Delay(3, Base, Max, jitter: 0.5));
    }
}
