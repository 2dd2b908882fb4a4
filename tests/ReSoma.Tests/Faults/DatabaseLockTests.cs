using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Faults;

/// <summary>
/// Another process holding the SQLite file (a long writer, a copy tool, a backup) makes the portal answer a friendly
/// 503 with Retry-After, and the next request after the lock is gone is served as usual, with no restart.
/// </summary>
public sealed class DatabaseLockTests(DatabaseLockTests.ShortWaitPortalFactory factory) : PortalTest<DatabaseLockTests.ShortWaitPortalFactory>(factory)
{
    /// <summary>Waits one second for a lock instead of ten, so the test is quick.</summary>
    public sealed class ShortWaitPortalFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Database:BusyTimeoutSeconds"] = "1" };
    }

    [Fact]
    public async Task A_page_that_reads_answers_503_while_the_file_is_locked_and_200_once_it_is_released()
    {
        // An interview with an open questionnaire carries a form token, so it is read from the database for every
        // visitor (public pages without one may come from the output cache, which a lock does not stop).
        await Factory.NewInterview(2019, 5, "Locked reading").Published(new DateTimeOffset(2019, 5, 2, 9, 0, 0, TimeSpan.Zero));
        const string url = "/interviews/2019/05/locked-reading";
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(url)).Status);

        using (await SqliteLock.ExclusiveAsync(Factory, readersToo: true))
        {
            var busy = await Client.GetAsync(url);
            AssertFriendly503(busy);
        }

        var again = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("Locked reading", again.One("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_registration_sent_while_another_writer_holds_the_lock_answers_503_saves_nothing_and_succeeds_when_sent_again()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Locked writing"));
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var page = await Client.GetAsync("/consultations/locked-writing");

        using (await SqliteLock.ExclusiveAsync(Factory, readersToo: false))
        {
            var busy = await Client.SubmitAsync(page, new Dictionary<string, string>(), "/consultations/locked-writing/register");
            AssertFriendly503(busy);
        }

        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count(r => r.SeatPoolId == consultation.SeatPoolId)));
        var sent = await Client.SubmitAsync(page, new Dictionary<string, string>(), "/consultations/locked-writing/register");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(SeatStatus.Confirmed, Factory.WithDb(db => db.SeatRegistrations.Single(r => r.SeatPoolId == consultation.SeatPoolId).Status));
    }

    private static void AssertFriendly503(Page page)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Equal("5", page.Response.Headers.RetryAfter?.ToString());
        Assert.Equal("ReSOMA is busy for a moment", page.One("h1")!.TextContent);
        Assert.Contains("try again", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", page.Html, StringComparison.Ordinal);
    }
}
