using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Search;

/// <summary>/search/suggest: titles of public pages as one types, cheap and cached for anonymous visitors.</summary>
public sealed class SearchSuggestTests(SearchSuggestTests.CountingFactory factory) : PortalTest<SearchSuggestTests.CountingFactory>(factory)
{
    /// <summary>The portal, with every SQL command that reads search documents counted.</summary>
    public sealed class CountingFactory : PortalFactory
    {
        public SearchCommands Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<SqliteReSomaDbContext>(o => o.AddInterceptors(Commands)));
        }
    }

    public sealed class SearchCommands : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("SearchDocuments", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return ValueTask.FromResult(result);
        }
    }

    public sealed record Suggestion(string Title, string Path, string Kind);

    [Fact]
    public async Task Titles_of_public_pages_are_suggested_with_the_last_word_unfinished()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Labour market integration of refugees") { Topic = "Work", Area = Area.Integration });
        await Factory.AddBriefAsync(new NewBrief("Detention on the islands"));

        var suggestions = await SuggestAsync("refugees integrat");

        var only = Assert.Single(suggestions);
        Assert.Equal(new Suggestion("Labour market integration of refugees", "/briefs/" + brief.Slug, "Policy brief"), only);
        Assert.Empty(await SuggestAsync("integrat refugeez"));
    }

    [Fact]
    public async Task An_unpublished_brief_is_never_suggested()
    {
        await Factory.AddBriefAsync(new NewBrief("Quokka findings"));
        await Factory.AddBriefAsync(new NewBrief("Quokka draft plans") { Status = BriefStatus.Draft });
        await Factory.AddBriefAsync(new NewBrief("Quokka withdrawn notes") { Status = BriefStatus.Withdrawn });
        var later = await Factory.AddBriefAsync(new NewBrief("Quokka embargoed report"));

        Assert.Equal(["Quokka embargoed report", "Quokka findings"], (await SuggestAsync("quok")).Select(s => s.Title));

        // Unpublished after its title was suggested (and cached): gone from the very next answer.
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Briefs.Include(b => b.Authors).Include(b => b.Search).SingleAsync(b => b.Id == later.Id);
            stored.Status = BriefStatus.Draft;
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Quokka findings"], (await SuggestAsync("quok")).Select(s => s.Title));
        Assert.Equal(["Quokka findings"], (await SuggestAsync("quokka")).Select(s => s.Title));
    }

    [Fact]
    public async Task At_most_eight_are_suggested()
    {
        await Factory.WithDbAsync(async db =>
        {
            var topic = new Topic { Title = "Bulk", Slug = "bulk", Area = Area.Asylum, Origin = TopicOrigin.EuAgenda, Cycle = new Cycle { Year = 2020 } };
            for (var i = 0; i < 30; i++)
            {
                db.Briefs.Add(new Brief
                {
                    Title = $"Potoroo brief {i}", Slug = $"potoroo-brief-{i}", Topic = topic, Status = i % 2 == 0 ? BriefStatus.Published : BriefStatus.Draft,
                    PublishedOn = new DateOnly(2020, 1, 1), CreatedAt = Everything.Now, UpdatedAt = Everything.Now,
                });
            }

            await db.SaveChangesAsync();
        });

        var suggestions = await SuggestAsync("potor");

        Assert.Equal(8, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(0, int.Parse(s.Title.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture) % 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("-dublin")]
    [InlineData("\"unbalanced")]
    [InlineData("title:x OR NEAR(")]
    [InlineData("***")]
    public async Task Nothing_to_look_for_or_odd_input_answers_an_empty_list(string q)
    {
        await Factory.AddBriefAsync(new NewBrief("Dublin transfers"));

        var response = await Client.Http.GetAsync("/search/suggest?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty((await response.Content.ReadFromJsonAsync<List<Suggestion>>())!);
    }

    [Fact]
    public async Task Anonymous_answers_are_cached_briefly_and_come_from_the_output_cache_after_one_query()
    {
        await Factory.AddBriefAsync(new NewBrief("Bilby corridors"));

        var before = Factory.Commands.Count;
        var first = await Client.Http.GetAsync("/search/suggest?q=bilb");
        var afterFirst = Factory.Commands.Count;
        var second = await NewClient().Http.GetAsync("/search/suggest?q=bilb");

        Assert.Equal(1, afterFirst - before); // one query, however many documents match
        Assert.Equal(afterFirst, Factory.Commands.Count); // the second visitor is answered from the output cache
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl.MaxAge);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_visitor_gets_a_private_answer_never_from_the_shared_cache()
    {
        await Factory.AddBriefAsync(new NewBrief("Bilby corridors"));
        await Client.Http.GetAsync("/search/suggest?q=bilb");
        await Client.LoginAsRoleAsync(Roles.Researcher);

        var before = Factory.Commands.Count;
        var response = await Client.Http.GetAsync("/search/suggest?q=bilb");

        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Null(response.Headers.Age);
        Assert.Equal(1, Factory.Commands.Count - before);
    }

    private async Task<List<Suggestion>> SuggestAsync(string q) =>
        (await Client.Http.GetFromJsonAsync<List<Suggestion>>("/search/suggest?q=" + Uri.EscapeDataString(q)))!;
}
