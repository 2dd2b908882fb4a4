namespace ReSoma.Tests.Infrastructure;

/// <summary>Base for integration tests: the class's portal, reset before each test, and a fresh browser-like client.</summary>
public abstract class PortalTest<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PortalFactory
{
    protected PortalTest(TFactory factory)
    {
        Factory = factory;
    }

    protected TFactory Factory { get; }

    protected PortalClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory.Reset();
        Client = NewClient();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Another visitor with their own cookies.</summary>
    protected PortalClient NewClient() => new(Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

    protected Mailbox Mailbox => new(Factory.MailFolder, Factory.DeliverQueuedMail);
}
