using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Discussions;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Tests.Comments;

/// <summary>A person's comments and reports are in their export; when they leave, the comments stay without them.</summary>
public sealed class CommentPersonalDataTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Comments_and_reports_are_exported_and_outlive_their_author_without_the_name()
    {
        var emails = await Factory.AddStakeholdersAsync(2, prefix: "talker");
        var (leaverId, otherId) = Factory.WithDb(db => (
            db.Users.Single(u => u.Email == emails[0]).Id, db.Users.Single(u => u.Email == emails[1]).Id));
        var now = DateTimeOffset.UtcNow;
        await Factory.WithDbAsync(async db =>
        {
            var mine = new Comment { Target = CommentTarget.Topic, TargetId = 1, AuthorId = leaverId, Body = "Words that stay", CreatedAt = now };
            var theirs = new Comment { Target = CommentTarget.Topic, TargetId = 1, AuthorId = otherId, Body = "Rude words", CreatedAt = now };
            db.Comments.AddRange(mine, theirs);
            await db.SaveChangesAsync();
            Assert.Null(theirs.Report(leaverId, ReportReason.Abusive, "Not nice", now));
            theirs.Hide("rude", leaverId, now);
            await db.SaveChangesAsync();
        });

        using (var scope = Factory.Services.CreateScope())
        {
            var export = await scope.ServiceProvider.GetRequiredService<DiscussionsPersonalData>().CollectAsync(leaverId, default);
            var json = System.Text.Json.JsonSerializer.Serialize(export);
            Assert.Contains("Words that stay", json, StringComparison.Ordinal);
            Assert.Contains("Not nice", json, StringComparison.Ordinal);

            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var removal = scope.ServiceProvider.GetRequiredService<AccountRemoval>();
            Assert.Null(await removal.RemoveAsync((await users.FindByIdAsync(leaverId))!, "test"));
        }

        var left = await Factory.WithDbAsync(async db => await db.Comments.AsNoTracking().Include(c => c.Reports).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal("Words that stay", left[0].Body);
        Assert.Null(left[0].AuthorId);
        Assert.Null(left[1].HiddenById);
        Assert.Null(Assert.Single(left[1].Reports).ReporterId);
    }
}
