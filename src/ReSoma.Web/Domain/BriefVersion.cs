namespace ReSoma.Web.Domain;

/// <summary>
/// A brief as it was published: version 1 at first publication, then one more for each published correction. Readers
/// can open every version at its own address, and editors can start a new draft from any of them.
/// </summary>
public class BriefVersion
{
    public int Id { get; set; }
    public int BriefId { get; set; }

    /// <summary>1, 2, … per brief.</summary>
    public int Number { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>What changed, in the editor's words, shown to readers ("version 2, corrected on …"). Empty for version 1.</summary>
    public string ChangeNote { get; set; } = "";

    public string EditorName { get; set; } = "";

    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string Keywords { get; set; } = "";

    /// <summary>The byline as the edit form holds it: one author per line, "Name; Organisation; ORCID iD".</summary>
    public string Authors { get; set; } = "";

    public BriefLicence Licence { get; set; } = BriefLicences.Default;
    public string? Doi { get; set; }
}
