using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// The per-account half of the rate limits (the per-address half runs in the rate limiter middleware), and the count
/// of failed sign-ins per address. Built on the same limiters as the middleware (<see cref="WindowLimiters"/>), so
/// with Redis they count across instances.
/// </summary>
public sealed class AccountRateLimits : IDisposable
{
    private const string SignInFailures = "sign-in-failures";

    private readonly Dictionary<string, PartitionedRateLimiter<string>> _perAccount;
    private readonly PartitionedRateLimiter<string> _signInFailures;
    private readonly bool _inRedis;

    public AccountRateLimits(IOptions<RateLimitOptions> options, WindowLimiters limiters)
    {
        _inRedis = limiters.InRedis;
        var limits = options.Value;
        _perAccount = RateLimitPolicies.PerAccount.ToDictionary(p => p, p => Partitioned(limiters, p + "-per-account", limits.For(p).PerAccount));
        _signInFailures = Partitioned(limiters, SignInFailures, limits.SignInFailures);
    }

    /// <summary>Takes one permit for <paramref name="accountKey"/>; null when granted, else how long to wait.</summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(string policy, string accountKey)
    {
        using var lease = await _perAccount[policy].AcquireAsync(Normalize(accountKey));
        return lease.IsAcquired ? null : WindowLimiters.RetryAfter(lease);
    }

    /// <summary>Whether this address may still try a password; null when it may, else how long to wait.</summary>
    public async ValueTask<TimeSpan?> SignInFailuresExhaustedAsync(string clientAddress)
    {
        // Zero permits asks whether any are left without taking one. Only synchronously in the process: there an
        // asynchronous request for zero permits with none left waits for the next window.
        using var lease = _inRedis ? await _signInFailures.AcquireAsync(clientAddress, 0) : _signInFailures.AttemptAcquire(clientAddress, 0);
        return WindowLimiters.IsExhausted(lease) ? WindowLimiters.RetryAfter(lease) : null;
    }

    /// <summary>Counts a failed sign-in against the address.</summary>
    public async ValueTask RecordSignInFailureAsync(string clientAddress) => (await _signInFailures.AcquireAsync(clientAddress)).Dispose();

    public void Dispose()
    {
        foreach (var limiter in _perAccount.Values)
        {
            limiter.Dispose();
        }

        _signInFailures.Dispose();
    }

    private static PartitionedRateLimiter<string> Partitioned(WindowLimiters limiters, string name, WindowLimit limit) =>
        PartitionedRateLimiter.Create<string, string>(key => limiters.Partition(name, key, limit));

    private static string Normalize(string key) => key.Trim().ToUpperInvariant();
}
