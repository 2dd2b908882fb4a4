using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReSoma.Web.Data;

namespace ReSoma.Tests.Data;

/// <summary>
/// A portal that carried topics over before topics had one identity: cycle 2021 holds copies of 2019 topics (same title
/// and area, a "-2021" address) and proposals are filed by year. The migration links each copy to its first entry (one
/// page, one search result) and decides or reopens each proposal, losing no row.
/// </summary>
public sealed class TopicLineageMigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "resoma-tests", $"lineage-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Carried_copies_become_later_entries_and_proposals_wait_for_the_next_cycle()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        await using (var db = Context())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var lineage = migrations.FindIndex(m => m.EndsWith("_TopicLineageAndPlans", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[lineage - 1]);
        }

        Execute("""
            INSERT INTO Cycles (Id, Year, Phase, IsCurrent, OpenedAt, ClosedAt, IsDemo, Version) VALUES
                (1, 2019, 'Publication', 0, 100, 250, 0, 0), (2, 2021, 'AgendaSetting', 1, 300, NULL, 0, 0);
            INSERT INTO Topics (Id, CycleId, Area, Origin, Title, Slug, Summary, IsDemo, Version) VALUES
                (1, 1, 'Migration', 'EuAgenda', 'Immigration detention', 'immigration-detention', '', 0, 0),
                (2, 1, 'Asylum', 'EuAgenda', 'Secondary movements', 'secondary-movements', '', 0, 0),
                (3, 2, 'Migration', 'EuAgenda', 'Immigration detention', 'immigration-detention-2021', '', 0, 0),
                (4, 2, 'Asylum', 'LocalNeed', 'Secondary movements', 'secondary-movements-2021', '', 0, 0),
                (5, 2, 'Migration', 'LocalNeed', 'Immigration detention', 'immigration-detention-in-cities', '', 0, 0),
                (6, 2, 'Integration', 'LocalNeed', 'Anti-racism', 'anti-racism', '', 0, 0);
            INSERT INTO SearchDocuments (Id, Authors, Body, IsPublic, Keywords, Kind, Path, Summary, Title, TopicId) VALUES
                (1, '', '', 1, '', 'topic', '/topics/immigration-detention', '', 'Immigration detention', 1),
                (3, '', '', 1, '', 'topic', '/topics/immigration-detention-2021', '', 'Immigration detention', 3),
                (6, '', '', 1, '', 'topic', '/topics/anti-racism', '', 'Anti-racism', 6);
            INSERT INTO TopicProposals (Id, Year, Area, Title, Rationale, ProposedByName, CreatedAt, AdoptedTopicId) VALUES
                (1, 2021, 'Integration', 'Anti-racism', '', 'A', 200, 6),
                (2, 2021, 'Asylum', 'Considered when 2021 opened', '', 'B', 200, NULL),
                (3, 2020, 'Migration', 'Stranded for 2020', '', 'C', 260, NULL),
                (4, 2021, 'Migration', 'Made during 2021 agenda setting', '', 'D', 400, NULL),
                (5, 2022, 'Migration', 'For 2022', '', 'E', 410, NULL);
            """);

        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Slug, t.FirstEntryId }).ToListAsync();
            Assert.Equal([(1, null), (2, null), (3, 1), (4, 2), (5, 1), (6, null)], topics.Select(t => (t.Id, t.FirstEntryId)));
            Assert.Equal(3, await db.Topics.CountAsync(t => t.FirstEntryId == null)); // 6 rows, 3 topics
            Assert.Equal([(1, true), (3, false), (6, true)], await db.SearchDocuments.OrderBy(d => d.Id).Select(d => new ValueTuple<int, bool>(d.Id, d.IsPublic)).ToListAsync());

            var proposals = await db.TopicProposals.AsNoTracking().OrderBy(p => p.Id).Select(p => new ValueTuple<int, int?>(p.Id, p.DecidedInYear)).ToListAsync();
            Assert.Equal([(1, 2021), (2, 2021), (3, null), (4, null), (5, null)], proposals);
        }
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteReSomaDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite($"Data Source={_file};Pooling=False").AddInterceptors(new SqlitePragmas()).Options);

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
