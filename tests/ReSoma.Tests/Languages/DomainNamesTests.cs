using ReSoma.Web.Domain;
using ReSoma.Web.Features.Interviews.Editor;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Languages;

/// <summary>
/// The names the domain gives people (areas, series, phases, kinds, formats, statuses, roles, news kinds, digest
/// frequencies, access needs, licences) are shown through <c>Localizer[name]</c>: each must be a key of the shared
/// resource, in English and in French, or a French page would show it in English.
/// </summary>
public sealed class DomainNamesTests
{
    private static readonly string Shared = Path.GetDirectoryName(ResourceCompletenessTests.EnglishResources().Single(f => f.EndsWith(Path.Combine("Features", "Shared", "Text.resx"), StringComparison.Ordinal)))!;

    public static IEnumerable<string> Names() =>
    [
        .. Enum.GetValues<Area>().Select(a => a.DisplayName()),
        .. Enum.GetValues<BriefSeries>().Select(s => s.DisplayName()),
        .. Enum.GetValues<BriefSeries>().Select(s => s.PluralName()),
        .. Enum.GetValues<ConsultationFormat>().Select(f => f.DisplayName()),
        .. Enum.GetValues<CyclePhase>().Select(p => p.DisplayName()),
        .. Enum.GetValues<EventKind>().Select(k => k.DisplayName()),
        .. Enum.GetValues<TopicOrigin>().Select(o => o.DisplayName()),
        .. Enum.GetValues<NewsKind>().Select(k => k.GroupName()),
        .. Enum.GetValues<NewsKind>().Select(k => k.ItemName()),
        .. Enum.GetValues<BriefLicence>().Select(l => l.DisplayName()),
        .. Enum.GetValues<InterviewStatus>().Select(StatusNames.Label),
        .. Enum.GetValues<PublicationState>().Select(s => s.ToString()),
        .. Enum.GetValues<BriefStatus>().Select(s => s.ToString()),
        .. Enum.GetValues<ContributionStatus>().Select(s => s.ToString()),
        .. Enum.GetValues<SeatStatus>().Select(s => s.ToString()),
        .. Enum.GetValues<DigestFrequency>().Select(f => f.ToString()),
        .. Roles.All,
        .. Roles.All.Select(r => r + "s"),
        .. AccessNeeds.All.Select(a => a.Label),
        .. SeatPool.ReminderChoices.Select(c => c.Label),
    ];

    [Fact]
    public void Every_name_the_domain_shows_is_in_the_shared_resource_in_English_and_French()
    {
        var english = ResourceCompletenessTests.Entries(Path.Combine(Shared, "Text.resx"));
        var french = ResourceCompletenessTests.Entries(Path.Combine(Shared, "Text.fr.resx"));
        var names = Names().Distinct().ToList();

        Assert.True(names.Count > 60, $"only {names.Count} names: the enumeration lost some");
        var missing = names.Where(n => !english.ContainsKey(n) || !french.TryGetValue(n, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        Assert.True(missing.Count == 0, "Not in Features/Shared/Text.resx and Text.fr.resx: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Every_area_has_its_French_name()
    {
        var french = ResourceCompletenessTests.Entries(Path.Combine(Shared, "Text.fr.resx"));
        Assert.Equal(["Migration", "Asile", "Intégration"], AreaNames.All.Select(a => french[a.DisplayName()]));
    }
}
