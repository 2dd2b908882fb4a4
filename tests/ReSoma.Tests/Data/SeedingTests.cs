using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Data;

public sealed class SeedingTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    [Fact]
    public async Task First_start_seeds_roles_demo_accounts_and_the_demo_portal()
    {
        var year = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year;
        var counts = await Factory.WithDbAsync(async db => new
        {
            Roles = await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync(),
            Cycles = await db.Cycles.Where(c => c.IsDemo).OrderBy(c => c.Year).Select(c => c.Year).ToListAsync(),
            Current = await db.Cycles.Where(c => c.IsCurrent).Select(c => c.Year).ToListAsync(),
            Topics2019 = await db.Topics.Where(t => t.Cycle!.Year == 2019).GroupBy(t => t.Area).Select(g => g.Count()).ToListAsync(),
            TopicsNow = await db.Topics.Where(t => t.Cycle!.Year == year).GroupBy(t => t.Area).Select(g => g.Count()).ToListAsync(),
            Carried = await db.Topics.Where(t => t.FirstEntryId != null).Select(t => new { t.Cycle!.Year, FirstYear = t.FirstEntry!.Cycle!.Year, t.Area }).ToListAsync(),
            Topics = await db.Topics.CountAsync(t => t.IsDemo),
            Partners = await db.Organisations.CountAsync(o => o.IsPartner && o.IsDemo),
        });

        Assert.Equal(Roles.All.Order(), counts.Roles);
        Assert.Equal([2018, 2019, year], counts.Cycles);
        Assert.Equal([year], counts.Current);
        Assert.Equal([3, 3, 3], counts.Topics2019);
        Assert.Equal([3, 3, 3], counts.TopicsNow);
        Assert.Equal(AreaNames.All.Order(), counts.Carried.Select(c => c.Area).Order());
        Assert.All(counts.Carried, c => Assert.Equal((year, 2019), (c.Year, c.FirstYear)));
        Assert.Equal(27, counts.Topics);
        Assert.Equal(9, counts.Partners);

        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.Equal([account.Role], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, PortalFactory.Password), "Seed:DemoPassword sets the demo password");
        }
    }

    [Fact]
    public async Task A_second_start_seeds_nothing_twice()
    {
        var before = await CountRowsAsync();
        await Factory.Services.InitializeDatabaseAsync();
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_restart_keeps_demo_sessions_signed_in()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Client.GetAsync("/editor/briefs")).Status);

        await Factory.Services.InitializeDatabaseAsync();

        var page = await Client.GetAsync("/editor/briefs");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Equal("Briefs", page.One("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Deleted_demo_content_does_not_come_back_at_the_next_start()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.SubmitAsync("/admin/demo-content", new Dictionary<string, string>(), "/admin/demo-content/delete");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("Deleted 7 consultations, 9 events, 37 demo participants, 27 interviews, 10 news items, 49 briefs, 27 topics, 8 topic proposals, 3 cycles and 13 organisations", page.Text, StringComparison.Ordinal);
        Assert.Equal("0", page.One("#demo-topics")!.TextContent);
        Assert.Equal("0", page.One("#demo-proposals")!.TextContent);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.PlannedPhases.CountAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.CyclePhaseChanges.CountAsync()));

        await Factory.Services.InitializeDatabaseAsync();
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Topics.CountAsync()));
        Assert.Equal(5, await Factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.SeatPools.CountAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task Deleting_demo_content_keeps_a_carried_topic_whose_current_entry_holds_real_content_with_its_first_entry()
    {
        var year = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year;
        var now = DateTimeOffset.UtcNow;
        await Factory.WithDbAsync(async db =>
        {
            var entry = await db.Topics.SingleAsync(t => t.Slug == $"detention-increasing-use-{year}");
            db.Consultations.Add(new Consultation
            {
                TopicId = entry.Id, Title = "Our own meeting on detention", Slug = "our-own-meeting-on-detention", Format = ConsultationFormat.FeedbackMeeting,
                StartsAt = now.AddDays(20), EndsAt = now.AddDays(20).AddHours(2), RegistrationDeadline = now.AddDays(18),
                Seats = new SeatPool { Capacity = 10 }, IsPublished = true, CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        });

        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.SubmitAsync("/admin/demo-content", new Dictionary<string, string>(), "/admin/demo-content/delete");

        Assert.Contains("25 topics, 8 topic proposals, 1 cycles", page.Text, StringComparison.Ordinal);
        var left = await Factory.WithDbAsync(db => db.Topics.OrderBy(t => t.Cycle!.Year).Select(t => new { t.Slug, t.Cycle!.Year, t.FirstEntryId }).ToListAsync());
        Assert.Equal([("detention-increasing-use", 2019), ($"detention-increasing-use-{year}", year)], left.Select(t => (t.Slug, t.Year)));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Consultations.CountAsync()));
        Assert.Equal("2", page.One("#demo-cycles")!.TextContent);
    }

    private Task<(int, int, int, int, int)> CountRowsAsync() => Factory.WithDbAsync(async db => (
        await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.Cycles.CountAsync(), await db.Topics.CountAsync(), await db.Organisations.CountAsync()));
}
