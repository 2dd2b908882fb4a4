using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>The brief form. Authors are typed one per line as "Name; Organisation".</summary>
public sealed class BriefInput
{
    [Required(ErrorMessage = "Give the brief a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    public string Title { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose the topic the brief is about.")]
    [Display(Name = "Topic")]
    public int TopicId { get; set; }

    [Required(ErrorMessage = "Choose the series.")]
    [EnumDataType(typeof(BriefSeries), ErrorMessage = "Choose one of the three series.")]
    public BriefSeries? Series { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The summary can be at most {1} characters.")]
    public string? Summary { get; set; }

    [StringLength(FieldLengths.Markdown, ErrorMessage = "The text can be at most {1} characters.")]
    [Display(Name = "Text (Markdown)")]
    public string? Body { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The keywords can be at most {1} characters.")]
    [Display(Name = "Keywords (separated by semicolons)")]
    public string? Keywords { get; set; }

    [Required(ErrorMessage = "Give the language as a two-letter code, e.g. en.")]
    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Give the language as a two-letter code, e.g. en.")]
    public string Language { get; set; } = "en";

    [Display(Name = "Publication date")]
    [DataType(DataType.Date)]
    public DateOnly? PublishedOn { get; set; }

    [StringLength(4000, ErrorMessage = "The author list is too long.")]
    [Display(Name = "Authors (one per line: Name; Organisation)")]
    public string? Authors { get; set; }

    /// <summary>The consultations the brief drew on.</summary>
    public List<int> ConsultationIds { get; set; } = [];

    /// <summary>What changed, for readers, when a published brief's text is corrected (which makes a new version).</summary>
    [StringLength(FieldLengths.ShortText, ErrorMessage = "Say what changed in at most {1} characters.")]
    [Display(Name = "What changed (readers see this beside the new version)")]
    public string? ChangeNote { get; set; }

    /// <summary>The version the editor started from; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }

    public IReadOnlyList<(string Name, string? Organisation)> AuthorLines() =>
        (Authors ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(';', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts[0].Length > 0)
            .Select(parts => (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null))
            .ToList();
}

public sealed class WithdrawInput
{
    [Required(ErrorMessage = "Say why the brief is withdrawn; readers will see the reason.")]
    [StringLength(FieldLengths.ShortText, ErrorMessage = "The reason can be at most {1} characters.")]
    public string Reason { get; set; } = "";
}
