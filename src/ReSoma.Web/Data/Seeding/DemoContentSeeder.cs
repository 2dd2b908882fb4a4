using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Fills a new portal with the partner organisations and the 2018 and 2019 cycles with their topics, all marked
/// as demo content. Runs once per database (see <see cref="SeedMarks"/>).
/// </summary>
public sealed class DemoContentSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:core:v1";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddContentAsync, clock);

    private async Task AddContentAsync()
    {
        foreach (var o in DemoCatalogue.Organisations)
        {
            db.Organisations.Add(new Organisation
            {
                Name = o.Name,
                NormalizedName = Organisation.Normalize(o.Name),
                Country = o.Country,
                Website = o.Website,
                Description = o.Description,
                IsPartner = o.PartnerRole is not null,
                PartnerRole = o.PartnerRole,
                IsDemo = true,
            });
        }

        var cycles = new Dictionary<int, Cycle>
        {
            [2018] = new() { Year = 2018, Phase = CyclePhase.Publication, OpenedAt = Utc(2018, 2, 1), ClosedAt = Utc(2019, 1, 15), IsDemo = true },
            [2019] = new() { Year = 2019, Phase = CyclePhase.Consultations, OpenedAt = Utc(2019, 1, 15), IsCurrent = true, IsDemo = true },
        };
        foreach (var t in DemoCatalogue.Topics)
        {
            cycles[t.Year].Topics.Add(new Topic { Title = t.Title, Slug = t.Slug, Area = t.Area, Origin = t.Origin, Summary = t.Summary, IsDemo = true });
        }

        db.Cycles.AddRange(cycles.Values);
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);
}
