using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Tests.Infrastructure;

/// <summary>A brief as a test wants it; anything not said gets a sensible default.</summary>
public sealed record NewBrief(string Title)
{
    public string Topic { get; init; } = "Immigration detention";
    public Area Area { get; init; } = Area.Migration;
    public int Year { get; init; } = 2019;
    public BriefSeries Series { get; init; } = BriefSeries.DiscussionBrief;
    public BriefStatus Status { get; init; } = BriefStatus.Published;
    public string Summary { get; init; } = "A short summary of the brief.";
    public string Body { get; init; } = "Some text about EU policy.";
    public string Keywords { get; init; } = "";
    public DateOnly PublishedOn { get; init; } = new(2019, 5, 1);
    public IReadOnlyList<(string Name, string? Organisation)> Authors { get; init; } = [("Ana Ribeiro", "ISMU Foundation")];
    public BriefLicence Licence { get; init; } = BriefLicences.Default;
    public string? Doi { get; init; }

    /// <summary>ORCID iDs by author name, for the authors that have one.</summary>
    public IReadOnlyDictionary<string, string> Orcids { get; init; } = new Dictionary<string, string>();
}

public static class BriefBuilder
{
    /// <summary>Adds the brief, creating its cycle, topic and organisations when they do not exist yet.</summary>
    public static async Task<Brief> AddBriefAsync(this PortalFactory factory, NewBrief spec)
    {
        Brief? brief = null;
        await factory.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Year == spec.Year)
                ?? db.Cycles.Add(new Cycle { Year = spec.Year, IsCurrent = false, OpenedAt = new DateTimeOffset(spec.Year, 1, 1, 0, 0, 0, TimeSpan.Zero) }).Entity;
            var topicSlug = Slugs.From(spec.Topic + " " + spec.Year);
            var topic = await db.Topics.FirstOrDefaultAsync(t => t.Slug == topicSlug)
                ?? db.Topics.Add(new Topic { Title = spec.Topic, Slug = topicSlug, Area = spec.Area, Origin = TopicOrigin.EuAgenda, Cycle = cycle }).Entity;
            var authors = new List<BriefAuthor>();
            foreach (var (name, organisationName) in spec.Authors)
            {
                Organisation? organisation = null;
                if (organisationName is not null)
                {
                    var normalized = Organisation.Normalize(organisationName);
                    organisation = db.Organisations.Local.FirstOrDefault(o => o.NormalizedName == normalized)
                        ?? await db.Organisations.FirstOrDefaultAsync(o => o.NormalizedName == normalized)
                        ?? db.Organisations.Add(new Organisation { Name = organisationName, NormalizedName = normalized }).Entity;
                }

                authors.Add(new BriefAuthor { Name = name, Position = authors.Count + 1, Organisation = organisation, Orcid = spec.Orcids.GetValueOrDefault(name) });
            }

            var at = new DateTimeOffset(spec.PublishedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            brief = new Brief
            {
                Title = spec.Title,
                Slug = Slugs.From(spec.Title),
                Topic = topic,
                Series = spec.Series,
                Status = spec.Status,
                Summary = spec.Summary,
                Body = spec.Body,
                Keywords = spec.Keywords,
                Licence = spec.Licence,
                Doi = spec.Doi,
                PublishedOn = spec.Status == BriefStatus.Draft ? null : spec.PublishedOn,
                WithdrawnReason = spec.Status == BriefStatus.Withdrawn ? "Superseded by a corrected edition." : null,
                CreatedAt = at,
                UpdatedAt = at,
                Authors = authors,
            };
            db.Briefs.Add(brief);
            await db.SaveChangesAsync();
        });
        return brief!;
    }
}
