using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>The "open a new cycle" form: the year, and per area the topics carried over, adopted or written anew.</summary>
public sealed class OpenCycleInput
{
    /// <summary>Empty rows shown per area for new topics; three are needed, one more leaves room to change one's mind.</summary>
    public const int RowsPerArea = 4;

    [Required(ErrorMessage = "Give the year of the new cycle.")]
    public int? Year { get; set; }

    /// <summary>Ids of the current cycle's topics to copy into the new cycle.</summary>
    public List<int> CarryOver { get; set; } = [];

    /// <summary>Ids of stakeholder proposals that become topics.</summary>
    public List<int> Adopt { get; set; } = [];

    /// <summary>The origin of each adopted proposal, by proposal id; local or national need when not given.</summary>
    public Dictionary<int, TopicOrigin> AdoptedOrigins { get; set; } = [];

    public List<NewTopicInput> NewTopics { get; set; } = [];

    /// <summary>The admin confirms opening with fewer or more than three topics in an area.</summary>
    public bool OpenAnyway { get; set; }

    public IEnumerable<(NewTopicInput Row, int Index)> FilledRows =>
        NewTopics.Select((row, index) => (row, index)).Where(r => !string.IsNullOrWhiteSpace(r.row.Title));

    public static OpenCycleInput Blank(int year) => new OpenCycleInput { Year = year }.WithEmptyRows();

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
