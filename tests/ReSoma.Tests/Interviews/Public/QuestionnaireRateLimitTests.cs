using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Interviews.Public;

/// <summary>New browsers could answer again and again; one address gets only so many answers per window.</summary>
public sealed class QuestionnaireRateLimitTests(RateLimitedPortalFactory factory) : PortalTest<RateLimitedPortalFactory>(factory)
{
    [Fact]
    public async Task Answers_beyond_the_limit_get_429_with_a_clear_page_and_are_not_saved()
    {
        var interview = await Factory.NewInterview(2019, 5, "Who rescues at sea").Published(new DateTimeOffset(2019, 5, 3, 9, 0, 0, TimeSpan.Zero));
        var field = $"q{interview.Questions[0].Id}";
        var yes = interview.Questions[0].Options.Single(o => o.Text == "Yes").Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        for (var i = 0; i < RateLimitedPortalFactory.Limit; i++)
        {
            var browser = NewClient();
            var sent = await browser.SubmitAsync("/interviews/2019/05/who-rescues-at-sea", new Dictionary<string, string> { [field] = yes }, $"/interviews/{interview.Id}/answers");
            Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        }

        var refused = await NewClient().SubmitAsync("/interviews/2019/05/who-rescues-at-sea", new Dictionary<string, string> { [field] = yes }, $"/interviews/{interview.Id}/answers");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Too many requests", refused.One("h1")!.TextContent);
        Assert.Contains("Please wait a moment before trying again.", refused.Text, StringComparison.Ordinal);
        Assert.True(int.Parse(refused.Response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(RateLimitedPortalFactory.Limit, Factory.WithDb(db => db.QuestionnaireResponses.Count()));

        // Reading is never limited.
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/interviews/2019/05/who-rescues-at-sea")).Status);
    }
}
