using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// The per-account half of the rate limits (the per-address half runs in the rate limiter middleware), and the count
/// of failed sign-ins per address. Built on the same System.Threading.RateLimiting limiters as the middleware.
/// </summary>
public sealed class AccountRateLimits : IDisposable
{
    private readonly Dictionary<string, PartitionedRateLimiter<string>> _perAccount;
    private readonly PartitionedRateLimiter<string> _signInFailures;

    public AccountRateLimits(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _perAccount = RateLimitPolicies.PerAccount.ToDictionary(p => p, p => Partitioned(limits.For(p).PerAccount));
        _signInFailures = Partitioned(limits.SignInFailures);
    }

    /// <summary>Takes one permit for <paramref name="accountKey"/>; null when granted, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string policy, string accountKey) => Acquire(_perAccount[policy], Normalize(accountKey), 1);

    /// <summary>Whether this address may still try a password; null when it may, else how long to wait.</summary>
    public TimeSpan? SignInFailuresExhausted(string clientAddress) => Acquire(_signInFailures, clientAddress, 0);

    /// <summary>Counts a failed sign-in against the address.</summary>
    public void RecordSignInFailure(string clientAddress) => _signInFailures.AttemptAcquire(clientAddress).Dispose();

    public void Dispose()
    {
        foreach (var limiter in _perAccount.Values)
        {
            limiter.Dispose();
        }

        _signInFailures.Dispose();
    }

    // Acquiring 0 permits asks whether any are left without taking one.
    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key, int permits)
    {
        using var lease = limiter.AttemptAcquire(key, permits);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    private static PartitionedRateLimiter<string> Partitioned(WindowLimit limit) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => RateLimitingSetup.Window(limit)));

    private static string Normalize(string key) => key.Trim().ToUpperInvariant();
}
