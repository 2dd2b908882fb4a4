using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Bench;

/// <summary>
/// Fills the database the way the portal would hold it after years of use: eight cycles of nine topics, a dozen
/// organisations, a pool of authors, then as many published briefs as asked, in large transactions.
/// </summary>
public sealed class LibrarySeeder(BenchDatabase database, int seed, int batchSize)
{
    public static readonly int[] Years = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

    private readonly Random _random = new(seed);
    private BriefGenerator? _generator;

    public int Count { get; private set; }

    public async Task SeedCatalogueAsync()
    {
        await using var db = database.NewContext();
        var organisations = Vocabulary.Organisations
            .Select(name => new Organisation { Name = name, NormalizedName = Organisation.Normalize(name) })
            .ToList();
        db.Organisations.AddRange(organisations);
        foreach (var year in Years)
        {
            var cycle = new Cycle
            {
                Year = year,
                Phase = year == Years[^1] ? CyclePhase.Consultations : CyclePhase.Publication,
                IsCurrent = year == Years[^1],
                OpenedAt = new DateTimeOffset(year, 1, 15, 9, 0, 0, TimeSpan.Zero),
            };
            foreach (var (area, titles) in Vocabulary.TopicsByArea)
            {
                // Three of the area's four themes each year, rotating, so topic titles repeat across cycles as they do.
                foreach (var title in titles.Skip(year % titles.Length).Concat(titles).Take(Cycle.TopicsPerArea))
                {
                    cycle.Topics.Add(new Topic
                    {
                        Title = title,
                        Slug = Slugs.From(title) + "-" + year,
                        Area = Enum.Parse<Area>(area),
                        Origin = TopicOrigin.EuAgenda,
                        Summary = $"What the {year} cycle asked about {title.ToLowerInvariant()}.",
                    });
                }
            }

            db.Cycles.Add(cycle);
        }

        await db.SaveChangesAsync();
        var topics = await db.Topics.Select(t => new TopicRef(t.Id, t.Cycle!.Year)).ToListAsync();
        var authors = Vocabulary.FirstNames
            .SelectMany(first => Vocabulary.LastNames.Select(last => first + " " + last))
            .Where((_, i) => i % 7 == 0)
            .Select(name => new AuthorRef(name, _random.NextDouble() < 0.8 ? organisations[_random.Next(organisations.Count)].Id : null))
            .ToList();
        _generator = new BriefGenerator(_random, topics, authors);
    }

    /// <summary>Adds briefs until there are <paramref name="target"/>; returns how long that took.</summary>
    public async Task<TimeSpan> GrowToAsync(int target, Action<int>? progress = null)
    {
        var generator = _generator ?? throw new InvalidOperationException("Seed the catalogue first.");
        var clock = Stopwatch.StartNew();
        await using var connection = await database.OpenBulkConnectionAsync();
        await using var db = BenchDatabase.NewContext(connection);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        while (Count < target)
        {
            var size = Math.Min(batchSize, target - Count);
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = 0; i < size; i++)
            {
                var brief = generator.Next(++Count);
                // With change detection off, SaveChanges would not notice the SearchDocument that its own
                // RefreshSearchDocuments creates; creating it here first means Add tracks it with the brief.
                // SaveChanges refreshes the same object again, so the indexed text is exactly the app's.
                brief.RefreshSearchDocument();
                db.Briefs.Add(brief);
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            db.ChangeTracker.Clear();
            progress?.Invoke(Count);
        }

        return clock.Elapsed;
    }

    /// <summary>Briefs, search documents and FTS rows must agree, or the numbers measure a broken index.</summary>
    public async Task VerifyAsync()
    {
        await using var db = database.NewContext();
        var briefs = await db.Briefs.CountAsync();
        var documents = await db.SearchDocuments.CountAsync(d => d.BriefId != null && d.IsPublic);
        // Every generated title reads "... in <place>: ...", so this counts the documents the index itself holds
        // (a plain count(*) would read the external content table, not the index). Only briefs' documents: the
        // end-to-end benchmark adds news and events whose titles match too.
        var indexed = await db.Database.SqlQueryRaw<int>("""
            SELECT count(*) AS Value FROM SearchDocumentsFts f JOIN SearchDocuments d ON d.Id = f.rowid
            WHERE SearchDocumentsFts MATCH 'Title:in' AND d.BriefId IS NOT NULL
            """).SingleAsync();
        if (briefs != Count || documents != Count || indexed != Count)
        {
            throw new InvalidOperationException($"Expected {Count} briefs, documents and FTS rows; found {briefs}, {documents}, {indexed}.");
        }
    }
}
