using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Tests.Home;

/// <summary>The home page shows the platform at a glance, with figures counted from the database.</summary>
public sealed class HomeAtAGlanceTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    [Fact]
    public async Task The_headline_figures_are_the_database_counts_and_follow_new_content()
    {
        var before = await Client.GetAsync("/");
        var expected = await CountsAsync();
        Assert.Equal(expected, Figures(before));
        // 18 topics of 2018 and 2019 and 6 new this year; the 3 carried into this year count once.
        Assert.Equal(24, expected.Topics);
        Assert.True(expected.Publications > 0 && expected.Consultations > 0 && expected.Stakeholders > 0);

        await Factory.AddBriefAsync(new NewBrief("One more publication"));
        await Factory.AddStakeholdersAsync(2, Roles.Practitioner, "newcomer");
        var after = Figures(await Client.GetAsync("/"));
        Assert.Equal(expected.Publications + 1, after.Publications);
        Assert.Equal(expected.Stakeholders + 2, after.Stakeholders);
        Assert.Equal(await CountsAsync(), after);
    }

    [Fact]
    public async Task Editors_and_admins_are_not_counted_as_stakeholders()
    {
        var stakeholders = Figures(await Client.GetAsync("/")).Stakeholders;
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(stakeholders, Figures(await Client.GetAsync("/")).Stakeholders);
        var everyone = Factory.WithDb(db => db.Users.Count());
        Assert.True(everyone > stakeholders);
    }

    [Fact]
    public async Task Open_consultations_show_their_seats_left_and_closed_ones_do_not_appear()
    {
        var open = await Factory.AddConsultationAsync(new NewConsultation("Seats for the home page") { Seats = 5 });
        var emails = await Factory.AddStakeholdersAsync(2);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var seats = scope.ServiceProvider.GetRequiredService<SeatAllocator>();
            foreach (var email in emails)
            {
                await seats.RegisterAsync(open.SeatPoolId!.Value, Factory.WithDb(db => db.Users.Single(u => u.Email == email).Id));
            }
        }

        // Only the soonest deadlines are shown; push every other open consultation's deadline later than this one's.
        await Factory.WithDbAsync(async db =>
        {
            foreach (var other in (await db.Consultations.Where(c => c.Id != open.Id).ToListAsync()).Where(c => c.RegistrationDeadline > DateTimeOffset.UtcNow))
            {
                other.RegistrationDeadline = other.RegistrationDeadline.AddYears(5);
                other.EndsAt = other.EndsAt.AddYears(5);
                other.StartsAt = other.StartsAt.AddYears(5);
            }

            await db.SaveChangesAsync();
        });

        var page = await Client.GetAsync("/");
        var item = page.Document.QuerySelectorAll("#home-consultations li").Single(li => li.TextContent.Contains("Seats for the home page", StringComparison.Ordinal));
        Assert.Contains("3 seats left", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("/consultations/" + open.Slug, item.QuerySelector("a")!.GetAttribute("href"));
        var closed = Factory.WithDb(db => db.Consultations.AsNoTracking().ToList())
            .Where(c => c.IsCancelled || c.RegistrationDeadline <= DateTimeOffset.UtcNow).Select(c => "/consultations/" + c.Slug).ToList();
        Assert.NotEmpty(closed);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("#home-consultations li > a"), a => closed.Contains(a.GetAttribute("href")!));
    }

    [Fact]
    public async Task The_newest_briefs_events_and_news_are_shown_and_drafts_are_not()
    {
        var now = DateTimeOffset.UtcNow;
        await Factory.AddBriefAsync(new NewBrief("Brand new brief") { PublishedOn = DateOnly.FromDateTime(now.UtcDateTime) });
        await Factory.AddBriefAsync(new NewBrief("Unfinished brief") { Status = BriefStatus.Draft });
        await Factory.WithDbAsync(async db =>
        {
            db.Events.Add(new Event { Title = "Coming webinar", Slug = "coming-webinar", Kind = EventKind.Webinar, IsPublished = true, StartsAt = now.AddDays(3), EndsAt = now.AddDays(3).AddHours(2), City = "Online" });
            db.Events.Add(new Event { Title = "Secret workshop", Slug = "secret-workshop", Kind = EventKind.Workshop, IsPublished = false, StartsAt = now.AddDays(2), EndsAt = now.AddDays(2).AddHours(2) });
            var news = new NewsPost { Title = "Fresh news", Slug = "fresh-news", Date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1), Teaser = "Just in.", Body = "Text." };
            news.Publish(now);
            db.NewsPosts.Add(news);
            db.NewsPosts.Add(new NewsPost { Title = "Draft news", Slug = "draft-news", Date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(2), Teaser = "Not yet.", Body = "Text." });
            await db.SaveChangesAsync();
        });

        var page = await Client.GetAsync("/");
        Assert.Equal("Brand new brief", page.Document.QuerySelector("#home-briefs li a")!.TextContent.Trim());
        Assert.DoesNotContain("Unfinished brief", page.Text, StringComparison.Ordinal);
        Assert.Equal("Upcoming events", page.Document.QuerySelector("#home-events-heading")!.TextContent.Trim());
        Assert.Equal("/events/coming-webinar", page.Document.QuerySelector("#home-events li a")!.GetAttribute("href"));
        Assert.DoesNotContain("Secret workshop", page.Text, StringComparison.Ordinal);
        Assert.Equal("/news/fresh-news", page.Document.QuerySelector("#home-news li a")!.GetAttribute("href"));
        Assert.DoesNotContain("Draft news", page.Text, StringComparison.Ordinal);
    }

    private async Task<HomeCounts> CountsAsync() => await Factory.WithDbAsync(async db =>
    {
        var stakeholderRoleIds = await db.Roles.Where(r => r.Name == Roles.Researcher || r.Name == Roles.Policymaker || r.Name == Roles.Practitioner).Select(r => r.Id).ToListAsync();
        return new HomeCounts(
            await db.Topics.CountAsync(t => t.FirstEntryId == null),
            await db.Briefs.CountAsync(b => b.Status == BriefStatus.Published),
            await db.Consultations.CountAsync(c => !c.IsCancelled),
            (await db.UserRoles.Where(ur => stakeholderRoleIds.Contains(ur.RoleId)).Select(ur => ur.UserId).ToListAsync()).Distinct().Count());
    });

    private static HomeCounts Figures(Page page) => new(
        Number(page, "#figure-topics"), Number(page, "#figure-publications"), Number(page, "#figure-consultations"), Number(page, "#figure-stakeholders"));

    private static int Number(Page page, string selector) =>
        int.Parse(page.Document.QuerySelector(selector)!.TextContent.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private sealed record HomeCounts(int Topics, int Publications, int Consultations, int Stakeholders);
}
