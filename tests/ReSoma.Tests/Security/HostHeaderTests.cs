using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Features.Consultations;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Tests.Security;

/// <summary>
/// Links in mail come from the configured public address only. The portal's address here is
/// http://resoma.example.org (plain HTTP, so the test client keeps its cookies); the operator has opened <c>AllowedHosts</c> to any host (as a misconfigured proxy
/// might), so requests naming a stranger's host reach the portal and only the link building stands between them
/// and a token mailed to attacker.example.
/// </summary>
public sealed partial class HostHeaderTests(HostHeaderTests.OpenHostsFactory factory) : PortalTest<HostHeaderTests.OpenHostsFactory>(factory)
{
    public const string Site = "http://resoma.example.org";

    public sealed class OpenHostsFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Site:BaseUrl"] = Site,
            ["AllowedHosts"] = "*",
        };
    }

    [Fact]
    public async Task Forgot_password_resend_and_registration_mail_links_to_the_site_whatever_the_request_says()
    {
        await Client.SubmitAsync("/account/register", TestData.RegistrationForm("unconfirmed@example.org"));
        var token = await Client.TokenAsync("/account/forgot-password");
        var posts = new (string Path, Dictionary<string, string> Fields, string To)[]
        {
            ("/account/forgot-password", new() { ["Email"] = "researcher@resoma.local" }, "researcher@resoma.local"),
            ("/account/resend-confirmation", new() { ["Email"] = "unconfirmed@example.org" }, "unconfirmed@example.org"),
            ("/account/register", TestData.RegistrationForm("newcomer@example.org"), "newcomer@example.org"),
            ("/account/register", TestData.RegistrationForm("policymaker@resoma.local"), "policymaker@resoma.local"),
        };
        foreach (var (path, fields, to) in posts)
        {
            fields["__RequestVerificationToken"] = token;
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
            request.Headers.Host = "attacker.example";
            request.Headers.Add("X-Forwarded-Host", "attacker.example");
            request.Headers.Add("X-Forwarded-Proto", "http");
            var response = await Client.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.NotEmpty(Mailbox.To(to));
        }

        var links = Mailbox.Messages.SelectMany(m => Links().Matches((m.TextBody ?? "") + (m.HtmlBody ?? "")).Select(l => l.Value)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(Site + "/", l, StringComparison.Ordinal));
        Assert.DoesNotContain(Mailbox.Messages, m => (m.TextBody + m.HtmlBody).Contains("attacker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_sent_by_background_work_links_to_the_site()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Reminded meeting") { Seats = 2, StartsIn = TimeSpan.FromHours(20) });
        var email = (await Factory.AddStakeholdersAsync(1))[0];
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SeatAllocator>().RegisterAsync(c.SeatPoolId!.Value, Factory.WithDb(db => db.Users.Single(u => u.Email == email).Id));
        }

        await Factory.Services.GetRequiredService<RegistrationReminders>().SendDueAsync();
        var reminder = Assert.Single(Mailbox.To(email), m => (m.Subject ?? "").StartsWith("Tomorrow", StringComparison.Ordinal));
        Assert.Contains($"{Site}/consultations/{c.Slug}", reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_sitemap_and_canonical_links_use_the_site_address_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        request.Headers.Host = "attacker.example";
        var sitemap = await (await Client.Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains($"<loc>{Site}/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker", sitemap, StringComparison.Ordinal);

        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Host = "attacker.example";
        var html = await (await Client.Http.SendAsync(home)).Content.ReadAsStringAsync();
        Assert.Contains($"<link rel=\"canonical\" href=\"{Site}/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Links();
}

/// <summary>With the site address configured and AllowedHosts left at its default, other host names are refused.</summary>
public sealed class AllowedHostsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_request_for_another_host_is_refused_before_it_reaches_the_portal()
    {
        var token = await Client.TokenAsync("/account/forgot-password");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "researcher@resoma.local", ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Host = "attacker.example";
        var response = await Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Mailbox.Messages);
    }
}

/// <summary>Outside Development the portal will not start without knowing its public address.</summary>
public sealed class SiteAddressRequiredTests
{
    private sealed class NoAddressFactory : PortalFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Site:BaseUrl"] = "" };
    }

    private sealed class BadAddressFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Site:BaseUrl"] = "javascript:alert(1)" };
    }

    [Fact]
    public void Production_refuses_to_start_without_a_site_address()
    {
        using var factory = new NoAddressFactory();
        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("Site__BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_site_address_stops_the_portal_at_start()
    {
        using var factory = new BadAddressFactory();
        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("Site:BaseUrl", error.Message, StringComparison.Ordinal);
    }
}
