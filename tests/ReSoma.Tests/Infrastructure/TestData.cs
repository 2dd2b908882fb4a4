using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Infrastructure;

/// <summary>Builders for the rows tests talk about, with sensible defaults.</summary>
public static class TestData
{
    public static async Task<Cycle> AddCycleAsync(this PortalFactory factory, int year, bool current = true, CyclePhase phase = CyclePhase.AgendaSetting, params (string Title, Area Area)[] topics)
    {
        var cycle = new Cycle { Year = year, IsCurrent = current, Phase = phase, OpenedAt = new DateTimeOffset(year, 1, 15, 9, 0, 0, TimeSpan.Zero) };
        foreach (var (title, area) in topics)
        {
            cycle.Topics.Add(new Topic { Title = title, Slug = Slug(title), Area = area, Origin = TopicOrigin.EuAgenda, Summary = $"About **{title}**." });
        }

        await factory.WithDbAsync(async db =>
        {
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
        });
        return cycle;
    }

    public static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));

    public static Dictionary<string, string> RegistrationForm(string email, string? password = null) => new()
    {
        ["DisplayName"] = "Ana Ribeiro",
        ["Email"] = email,
        ["Organisation"] = "Lisbon Migration Observatory",
        ["Country"] = "PT",
        ["StakeholderRole"] = Roles.Researcher,
        ["Password"] = password ?? "Strong-Passw0rd",
        ["ConfirmPassword"] = password ?? "Strong-Passw0rd",
        ["AcceptPrivacy"] = "true",
    };
}
