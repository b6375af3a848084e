using Gateway.DataLoading;

namespace Gateway.Tests.DataLoading;

/// <summary>One level's loaders go upstream together: awaiting the first result dispatches the others' pending keys too.</summary>
public sealed class DataLoaderDispatcherTests
{
    [Fact]
    public async Task FirstResultAwaited_OtherLoadersPendingKeysFetchedAlongside()
    {
        // Arrange: two loaders of one request; the first one's fetch does not end until the test says so.
        var dispatcher = new DataLoaderDispatcher();
        var contacts = new GatedLoader(dispatcher);
        var users = new GatedLoader(dispatcher);
        var contact = contacts.LoadAsync("c1");
        var user = users.LoadAsync("u1");

        // Act: the executor awaits the contact first.
        var contactResult = contact.GetResultAsync();
        var usersStarted = await Task.WhenAny(users.FetchStarted.Task, Task.Delay(TimeSpan.FromSeconds(10)));

        // Assert: the users' fetch began while the contacts' was still running, and each key was fetched once.
        Assert.Same(users.FetchStarted.Task, usersStarted);
        Assert.False(contactResult.IsCompleted);
        contacts.Release.SetResult();
        users.Release.SetResult();
        Assert.Equal("c1!", await contactResult);
        Assert.Equal("u1!", await user.GetResultAsync());
        Assert.Equal(1, contacts.DispatchCount);
        Assert.Equal(1, users.DispatchCount);
    }

    [Fact]
    public async Task WithoutADispatcher_EachLoaderWaitsForItsOwnResult()
    {
        // Arrange
        var contacts = new GatedLoader(null);
        var users = new GatedLoader(null);
        var contact = contacts.LoadAsync("c1");
        var user = users.LoadAsync("u1");

        // Act
        var contactResult = contact.GetResultAsync();
        await contacts.FetchStarted.Task;

        // Assert: nothing asked for the users yet.
        Assert.False(users.FetchStarted.Task.IsCompleted);
        contacts.Release.SetResult();
        users.Release.SetResult();
        await contactResult;
        Assert.Equal("u1!", await user.GetResultAsync());
    }

    private sealed class GatedLoader(DataLoaderDispatcher? dispatcher) : BatchDataLoader<string, string>(StringComparer.Ordinal, dispatcher)
    {
        public TaskCompletionSource FetchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task FetchAsync(IReadOnlyList<string> keys, BatchResults<string, string> results, CancellationToken cancellationToken)
        {
            FetchStarted.TrySetResult();
            await Release.Task;
            foreach (var key in keys)
            {
                results.SetValue(key, key + "!");
            }
        }
    }
}
