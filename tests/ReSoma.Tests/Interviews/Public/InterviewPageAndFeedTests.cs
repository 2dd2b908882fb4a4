using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Interviews.Public;

/// <summary>Only published interviews exist for the public: on their page and in the feed.</summary>
public sealed class InterviewPageAndFeedTests(InterviewPortalFactory factory) : PortalTest<InterviewPortalFactory>(factory)
{
    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_published_interview_is_at_its_month_and_slug_and_nowhere_else()
    {
        await Factory.NewInterview(2019, 5, "Who rescues at sea").WithExpert("Maria Rossi").Published(Day(2019, 5, 3));

        var page = await Client.GetAsync("/interviews/2019/05/who-rescues-at-sea");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Who rescues at sea", page.One("h1")!.TextContent);
        Assert.Equal("/interviews/feed", page.One("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/interviews/2019/5/who-rescues-at-sea")).Status);
        foreach (var wrong in new[] { "/interviews/2019/06/who-rescues-at-sea", "/interviews/2018/05/who-rescues-at-sea", "/interviews/2019/05/who-rescues", "/interviews/2019/13/who-rescues-at-sea" })
        {
            var missing = await Client.GetAsync(wrong);
            Assert.True(missing.Status == HttpStatusCode.NotFound, $"{wrong} answered {(int)missing.Status}");
            Assert.Equal("Page not found", missing.One("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task Drafts_interviews_in_review_and_scheduled_ones_answer_404_even_to_editors()
    {
        await Factory.NewInterview(2019, 6, "An unfinished draft").Draft();
        await Factory.NewInterview(2019, 7, "Waiting for review").InReview();
        await Factory.NewInterview(2030, 1, "Scheduled far ahead").Scheduled(Day(2030, 1, 2));

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        foreach (var client in new[] { Client, editor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/interviews/2019/06/an-unfinished-draft")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/interviews/2019/07/waiting-for-review")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/interviews/2030/01/scheduled-far-ahead")).Status);
        }
    }

    [Fact]
    public async Task The_feed_is_valid_atom_with_published_interviews_newest_first()
    {
        await Factory.NewInterview(2019, 3, "Detention in numbers").WithExpert("Jan de Vries").WithTopic("Immigration detention").Published(Day(2019, 3, 4));
        await Factory.NewInterview(2019, 5, "Who rescues at sea").WithExpert("Maria Rossi").WithStandfirst("Sea rescue is back before the Court.")
            .WithTopic("Search and rescue", Area.Asylum).WithTopic("Immigration detention").Published(Day(2019, 5, 3));
        await Factory.NewInterview(2019, 6, "An unfinished draft").Draft();
        await Factory.NewInterview(2019, 7, "Waiting for review").InReview();
        await Factory.NewInterview(2030, 1, "Scheduled far ahead").Scheduled(Day(2030, 1, 2));

        var response = await Client.Http.GetAsync("/interviews/feed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var feed = Atom.Parse(xml);

        Assert.Equal("ReSOMA expert interviews", feed.Title.Text);
        Assert.Equal(["Who rescues at sea", "Detention in numbers"], feed.Items.Select(i => i.Title.Text));
        var newest = feed.Items.First();
        Assert.Equal("http://localhost/interviews/2019/05/who-rescues-at-sea", newest.Id);
        Assert.Equal("http://localhost/interviews/2019/05/who-rescues-at-sea", newest.Links.Single().Uri.ToString());
        Assert.Equal("Maria Rossi", newest.Authors.Single().Name);
        Assert.Equal(["Immigration detention", "Search and rescue"], newest.Categories.Select(c => c.Name));
        Assert.Equal("Sea rescue is back before the Court.", newest.Summary.Text);
        Assert.Equal(Day(2019, 5, 3), newest.PublishDate);
        foreach (var hidden in new[] { "An unfinished draft", "Waiting for review", "Scheduled far ahead" })
        {
            Assert.DoesNotContain(hidden, xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_feed_of_an_empty_archive_is_still_valid()
    {
        await Factory.NewInterview(2019, 6, "An unfinished draft").Draft();
        var feed = Atom.Parse(await Client.Http.GetStringAsync("/interviews/feed"));
        Assert.Empty(feed.Items);
    }

    [Fact]
    public async Task Unpublished_interviews_stay_out_of_the_search_index()
    {
        var published = await Factory.NewInterview(2019, 5, "Who rescues at sea").Published(Day(2019, 5, 3));
        var draft = await Factory.NewInterview(2019, 6, "An unfinished draft").Draft();
        var scheduled = await Factory.NewInterview(2030, 1, "Scheduled far ahead").Scheduled(Day(2030, 1, 2));

        var documents = Factory.WithDb(db => db.SearchDocuments.Where(d => d.Kind == Interview.SearchKind).ToDictionary(d => d.InterviewId!.Value, d => d.IsPublic));
        Assert.True(documents[published.Id]);
        Assert.False(documents[draft.Id]);
        Assert.False(documents[scheduled.Id]);
    }
}
