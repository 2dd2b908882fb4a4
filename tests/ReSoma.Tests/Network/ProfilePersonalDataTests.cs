using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Network;

public sealed class ProfilePersonalDataTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_download_holds_the_profile_and_deleting_the_account_removes_it_and_its_search_document()
    {
        var email = (await Factory.AddStakeholdersAsync(1, Roles.Practitioner, prefix: "exported-profile"))[0];
        await Client.LoginAsync(email, PortalFactory.Password);
        await Factory.AddCycleAsync(2093, current: false, topics: ("Reception standards for profiles", Area.Asylum));
        var now = DateTimeOffset.UtcNow;
        var userId = await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.Include(u => u.Organisation).SingleAsync(u => u.Email == email);
            var topic = await db.Topics.SingleAsync(t => t.Title == "Reception standards for profiles");
            var profile = await db.PublicProfiles.Include(p => p.Areas).Include(p => p.Topics).SingleOrDefaultAsync(p => p.UserId == user.Id);
            if (profile is null)
            {
                profile = new PublicProfile { UserId = user.Id, Slug = "exported-practitioner" };
                db.PublicProfiles.Add(profile);
            }

            profile.User = user;
            profile.IsPublic = true;
            profile.Bio = "Works with *reception centres*.";
            profile.Website = "https://example.org/practice";
            profile.Orcid = "0000-0002-1825-0097";
            profile.Areas = [new ProfileArea { UserId = user.Id, Area = Area.Asylum }];
            profile.Topics = [new ProfileTopic { UserId = user.Id, TopicId = topic.Id, Topic = topic }];
            profile.UpdatedAt = now;
            profile.RefreshSearchDocument();
            await db.SaveChangesAsync();
            return user.Id;
        });

        var download = await Client.Http.GetAsync("/account/personal-data/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using (var export = JsonDocument.Parse(await download.Content.ReadAsStringAsync()))
        {
            var section = export.RootElement.GetProperty("networkProfile");
            var profile = section.GetProperty("profile");
            Assert.True(profile.GetProperty("isPublic").GetBoolean());
            Assert.Equal("Works with *reception centres*.", profile.GetProperty("bio").GetString());
            Assert.Equal("https://example.org/practice", profile.GetProperty("website").GetString());
            Assert.Equal("0000-0002-1825-0097", profile.GetProperty("orcid").GetString());
            Assert.Equal(["Asylum"], section.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
            Assert.Single(section.GetProperty("topics").EnumerateArray());
        }

        var deleted = await Client.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal("Account deleted", deleted.One("h1")!.TextContent);
        await Factory.WithDbAsync(async db =>
        {
            Assert.False(await db.PublicProfiles.AnyAsync(p => p.UserId == userId));
            Assert.False(await db.SearchDocuments.AnyAsync(d => d.ProfileUserId == userId));
            Assert.False(await db.Set<ProfileArea>().AnyAsync(a => a.UserId == userId));
            return 0;
        });
    }
}
