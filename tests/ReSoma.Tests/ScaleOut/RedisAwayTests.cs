using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using Xunit.Abstractions;

namespace ReSoma.Tests.ScaleOut;

/// <summary>Redis configured but not answering (stopped, restarting, unreachable): the portal keeps serving, without
/// its shared cache, and its limits count in the process meanwhile.</summary>
public sealed class RedisAwayTests(RedisAwayTests.UnreachableRedisFactory factory, ITestOutputHelper output) : PortalTest<RedisAwayTests.UnreachableRedisFactory>(factory)
{
    [Fact]
    public async Task Pages_sign_in_and_publishing_work_while_Redis_does_not_answer()
    {
        Assert.IsType<ForgivingOutputCacheStore>(Factory.Services.GetRequiredService<IOutputCacheStore>());
        var brief = await Factory.AddBriefAsync(new NewBrief("Labour pathways for refugees") { Status = BriefStatus.Draft });

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/briefs")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/briefs")).Status);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var published = await editor.SubmitAsync($"/editor/briefs/{brief.Id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{brief.Id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Contains(brief.Title, (await Client.GetAsync("/briefs")).Text, StringComparison.Ordinal);
        output.WriteLine($"Six requests and a sign-in with Redis away: {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"Took {clock.Elapsed.TotalSeconds:F1} s: a missing Redis must not hold every request");
    }

    /// <summary>The portal told to use a Redis on a port where nothing listens. Its commands would wait 5 s each for
    /// a connection: a request that asked Redis anyway would show in the time.</summary>
    public sealed class UnreachableRedisFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{LoopbackPort.Free()},connectTimeout=500,syncTimeout=5000,asyncTimeout=5000",
        };
    }
}
