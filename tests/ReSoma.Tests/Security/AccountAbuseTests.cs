using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Account;
using ReSoma.Web.Infrastructure.Security;

namespace ReSoma.Tests.Security;

/// <summary>
/// What a stranger can make the account forms do: guess passwords, pause someone's account, flood an inbox, learn
/// who is a member. The limits here are the portal's defaults (the other test classes raise them out of the way);
/// each test speaks from client addresses of its own (X-Forwarded-For, from the test server as a trusted proxy), so
/// the limiters' memory of one test does not reach another.
/// </summary>
public sealed class AccountAbuseTests(AccountAbuseTests.DefaultLimitsFactory factory) : PortalTest<AccountAbuseTests.DefaultLimitsFactory>(factory)
{
    public sealed class DefaultLimitsFactory : PortalFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings =>
            GenerousRateLimits.Keys.ToDictionary(k => k, k => DefaultOf(k));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Scoped<IPasswordHasher<ApplicationUser>>(sp =>
                Hasher.Around(new PasswordHasher<ApplicationUser>(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>())))));
        }

        // Back to the values the portal ships with (see RateLimitOptions).
        private static string DefaultOf(string key)
        {
            var limits = new ReSoma.Web.Infrastructure.Web.RateLimitOptions();
            var parts = key.Split(':');
            object section = parts[1] == "SignInFailures" ? limits.SignInFailures : typeof(ReSoma.Web.Infrastructure.Web.RateLimitOptions).GetProperty(parts[1])!.GetValue(limits)!;
            if (parts.Length == 4)
            {
                section = section.GetType().GetProperty(parts[2])!.GetValue(section)!;
            }

            return ((ReSoma.Web.Infrastructure.Web.WindowLimit)section).PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Counts password hash checks: the work that made unknown addresses answer faster than known ones.</summary>
    public sealed class CountingHasher
    {
        private int _verifications;

        public int Verifications => _verifications;

        public void Reset() => _verifications = 0;

        public IPasswordHasher<ApplicationUser> Around(IPasswordHasher<ApplicationUser> inner) => new Counting(inner, this);

        private sealed class Counting(IPasswordHasher<ApplicationUser> inner, CountingHasher counter) : IPasswordHasher<ApplicationUser>
        {
            public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref counter._verifications);
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }

    private static int _address;

    private PortalClient FromNewAddress()
    {
        var client = NewClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.{Interlocked.Increment(ref _address) / 250}.{_address % 250 + 1}");
        return client;
    }

    [Fact]
    public async Task Rapid_failed_logins_from_one_address_get_429_before_they_could_pause_the_account()
    {
        var stranger = FromNewAddress();
        var statuses = new List<HttpStatusCode>();
        Page? refused = null;
        for (var i = 0; i < 60; i++)
        {
            var page = await stranger.LoginAsync("researcher@resoma.local", "Guess-" + i);
            statuses.Add(page.Status);
            if (page.Status == HttpStatusCode.TooManyRequests)
            {
                refused ??= page;
            }
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(55, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.True(int.Parse(refused!.Response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("Too many requests", refused.One("h1")!.TextContent.Trim());

        var researcher = Factory.WithDb(db => db.Users.Single(u => u.Email == "researcher@resoma.local"));
        Assert.True(researcher.AccessFailedCount < IdentitySetup.MaxFailedAccessAttempts);
        Assert.Null(researcher.LockoutEnd);
        Assert.Equal(HttpStatusCode.Redirect, (await FromNewAddress().LoginAsync("researcher@resoma.local", PortalFactory.Password)).Status);
    }

    [Fact]
    public async Task Guesses_from_many_addresses_at_one_account_meet_its_own_limit_and_its_owner_gets_in_through_a_reset()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            statuses.Add((await FromNewAddress().LoginAsync("editor@resoma.local", "Guess-" + i)).Status);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(Factory.WithDb(db => db.Users.Single(u => u.Email == "editor@resoma.local").LockoutEnd) > DateTimeOffset.UtcNow);
        Assert.Equal("Your ReSOMA account is paused for a while", Assert.Single(Mailbox.To("editor@resoma.local")).Subject);

        // The owner, who reads the mail, is never kept out: the reset lifts the pause and signs them in.
        var owner = FromNewAddress();
        await owner.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "editor@resoma.local" });
        var link = Mailbox.LinkIn(Mailbox.To("editor@resoma.local").Single(m => m.Subject == "Reset your ReSOMA password"), "/account/reset-password");
        var reset = await owner.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Owners-New-Passw0rd", ["ConfirmPassword"] = "Owners-New-Passw0rd" });
        Assert.Contains("you are logged in", reset.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/editor/briefs")).Status);
    }

    [Fact]
    public async Task Forgot_password_mails_one_inbox_only_a_few_times_an_hour()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await FromNewAddress().SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "policymaker@resoma.local" })).Status);
        }

        Assert.Equal(3, Mailbox.To("policymaker@resoma.local").Count);
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task One_address_cannot_send_account_mail_to_many_inboxes()
    {
        var stranger = FromNewAddress();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            statuses.Add((await stranger.SubmitAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Email"] = $"someone{i}@example.org" })).Status);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Registering_one_address_again_and_again_is_limited()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await FromNewAddress().SubmitAsync("/account/register", TestData.RegistrationForm("again@example.org"))).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(1, Factory.WithDb(db => db.Users.Count(u => u.Email == "again@example.org")));
    }

    [Fact]
    public async Task Seat_registrations_and_contributions_are_limited_per_account()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Busy meeting") { Seats = 50 });
        var call = await Factory.AddConsultationAsync(new NewConsultation("Busy call") { Format = ConsultationFormat.WrittenContributionCall });
        var person = FromNewAddress();
        await person.LoginAsRoleAsync(Roles.Researcher);
        var token = await person.TokenAsync($"/consultations/{c.Slug}");
        var seats = new List<HttpStatusCode>();
        var contributions = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            seats.Add((await person.PostAsync($"/consultations/{c.Slug}/register", [new("__RequestVerificationToken", token)])).Status);
            contributions.Add((await person.PostAsync($"/consultations/{call.Slug}/contribution",
                [new("__RequestVerificationToken", token), new("Title", "Evidence " + i), new("Body", "What we learnt from forty families in Turin.")])).Status);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, seats);
        Assert.Contains(HttpStatusCode.TooManyRequests, contributions);
        Assert.DoesNotContain(seats, s => (int)s >= 500);
        Assert.Equal(1, Factory.WithDb(db => db.Contributions.Count()));
    }

    [Fact]
    public async Task Members_and_strangers_get_the_same_answer_after_the_same_work()
    {
        await FromNewAddress().SubmitAsync("/account/register", TestData.RegistrationForm("waiting@example.org"));
        var cases = new (string Email, string Password)[]
        {
            ("nobody@example.org", "Wrong-Passw0rd"),
            ("practitioner@resoma.local", "Wrong-Passw0rd"),
            ("waiting@example.org", "Wrong-Passw0rd"),
        };
        foreach (var (email, password) in cases)
        {
            var client = FromNewAddress();
            await client.GetAsync("/account/login");
            Factory.Hasher.Reset();
            var page = await client.LoginAsync(email, password);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
            Assert.Equal([SignInController.RefusedMessage], page.Errors);
            Assert.True(Factory.Hasher.Verifications == 1, $"{email}: {Factory.Hasher.Verifications} password checks");
        }

        // A paused account: Identity would refuse it before hashing; the portal hashes anyway.
        var id = Factory.WithDb(db => db.Users.Single(u => u.Email == "practitioner@resoma.local").Id);
        await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(id);
            user!.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            await db.SaveChangesAsync();
        });
        var paused = FromNewAddress();
        await paused.GetAsync("/account/login");
        Factory.Hasher.Reset();
        var answer = await paused.LoginAsync("practitioner@resoma.local", PortalFactory.Password);
        Assert.Equal([SignInController.RefusedMessage], answer.Errors);
        Assert.Equal(1, Factory.Hasher.Verifications);
    }
}
