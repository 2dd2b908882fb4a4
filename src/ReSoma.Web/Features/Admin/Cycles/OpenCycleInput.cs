using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>
/// Everything the "open a new cycle" wizard collects over its three steps: the year and the planned phase dates, then
/// per area the topics carried over, adopted from proposals or written anew. Each step posts the whole input (the
/// fields of the other steps as hidden fields), so going back and forth never loses what was typed.
/// </summary>
public sealed class OpenCycleInput : PlanInput
{
    /// <summary>Empty rows shown per area for new topics; three are needed, one more leaves room to change one's mind.</summary>
    public const int RowsPerArea = 4;

    /// <summary>The step the admin asked for with the button they pressed: dates, topics, review or open.</summary>
    public string? Go { get; set; }

    [Required(ErrorMessage = "Give the year of the new cycle.")]
    public int? Year { get; set; }

    /// <summary>Ids of the current cycle's topics that continue in the new cycle.</summary>
    public List<int> CarryOver { get; set; } = [];

    /// <summary>Ids of stakeholder proposals that become topics.</summary>
    public List<int> Adopt { get; set; } = [];

    /// <summary>The origin of each adopted proposal, by proposal id; local or national need when not given.</summary>
    public Dictionary<int, TopicOrigin> AdoptedOrigins { get; set; } = [];

    public List<NewTopicInput> NewTopics { get; set; } = [];

    /// <summary>The admin confirms opening with fewer or more than three topics in an area.</summary>
    public bool OpenAnyway { get; set; }

    /// <summary>The fields of the first step; their errors send the admin back to it.</summary>
    public static readonly IReadOnlySet<string> DateFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        nameof(Year), nameof(AgendaSettingOn), nameof(ConsultationsOn), nameof(SynthesisOn), nameof(PublicationOn),
    };

    public IEnumerable<(NewTopicInput Row, int Index)> FilledRows =>
        NewTopics.Select((row, index) => (row, index)).Where(r => !string.IsNullOrWhiteSpace(r.row.Title));

    public static OpenCycleInput Blank(int year, PhasePlan plan) => new OpenCycleInput
    {
        Year = year,
        AgendaSettingOn = plan.AgendaSetting,
        ConsultationsOn = plan.Consultations,
        SynthesisOn = plan.Synthesis,
        PublicationOn = plan.Publication,
    }.WithEmptyRows();

    /// <summary>Adds empty rows until every area has <see cref="RowsPerArea"/>, after the ones already there.</summary>
    public OpenCycleInput WithEmptyRows()
    {
        foreach (var area in AreaNames.All)
        {
            for (var n = NewTopics.Count(r => r.Area == area); n < RowsPerArea; n++)
            {
                NewTopics.Add(new NewTopicInput { Area = area });
            }
        }

        return this;
    }
}
