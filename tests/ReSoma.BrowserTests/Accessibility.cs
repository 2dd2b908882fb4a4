using ReSoma.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace ReSoma.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class Accessibility(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData("")]
    [InlineData("topics")]
    [InlineData("about")]
    [InlineData("account/login")]
    [InlineData("account/register")]
    [InlineData("briefs")]
    [InlineData("briefs?q=detained&area=migration")]
    [InlineData("consultations")]
    [InlineData("consultations/feedback-meeting-alternatives-to-detention-in-practice")]
    [InlineData("interviews")]
    [InlineData("events")]
    [InlineData("events?month=2020-02")]
    [InlineData("events/resoma-final-conference-lisbon")]
    [InlineData("news")]
    [InlineData("search?q=detention")]
    [InlineData("feeds")]
    [InlineData("cycles/2019/evidence")]
    [InlineData("privacy")]
    public async Task Page_has_no_serious_or_critical_WCAG_violations(string path)
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop, bypassCsp: true);
        var page = await visitor.OpenAsync(path);

        var violations = await Axe.ViolationsAsync(page);

        // Moderate and minor findings do not fail the build, but they are worth reading in the test log.
        violations.ToList().ForEach(v => output.WriteLine(v.ToString()));
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0,
            $"/{path} has {serious.Count} serious or critical accessibility violation(s):{Environment.NewLine}" +
            string.Join(Environment.NewLine, serious));
    }

    // A check that cannot fail proves nothing: an image without alt text must be reported.
    [Fact]
    public async Task An_image_without_alt_text_is_reported()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop, bypassCsp: true);
        var page = await visitor.OpenAsync("");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = 'x.png'; document.querySelector('main').append(img); }");

        var violations = await Axe.ViolationsAsync(page);

        var imageAlt = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.True(imageAlt.IsSeriousOrCritical, imageAlt.ToString());
    }
}
