namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>Wakes this instance's mail worker when a message is queued, so mail leaves at once instead of at the next
/// poll; other instances find it at their poll. Many notifications before the worker wakes count as one.</summary>
public sealed class MailQueueSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Notify()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker will look once for all of them.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
