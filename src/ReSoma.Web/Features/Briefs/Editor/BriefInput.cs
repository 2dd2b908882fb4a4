using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Languages;

namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>The brief form. Authors are typed one per line as "Name; Organisation; ORCID iD" (the last two optional).</summary>
public sealed class BriefInput : IValidatableObject
{
    [Required(ErrorMessage = "Give the brief a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose the topic the brief is about.")]
    [Display(Name = "Topic")]
    public int TopicId { get; set; }

    [Required(ErrorMessage = "Choose the series.")]
    [EnumDataType(typeof(BriefSeries), ErrorMessage = "Choose one of the three series.")]
    [Display(Name = "Series")]
    public BriefSeries? Series { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The summary can be at most {1} characters.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(FieldLengths.Markdown, ErrorMessage = "The text can be at most {1} characters.")]
    [Display(Name = "Text (Markdown)")]
    public string? Body { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The keywords can be at most {1} characters.")]
    [Display(Name = "Keywords (separated by semicolons)")]
    public string? Keywords { get; set; }

    [Required(ErrorMessage = "Choose the language the text is written in.")]
    [KnownContentLanguage(ErrorMessage = "Choose the language the text is written in from the list.")]
    [Display(Name = "Language of the text")]
    public string Language { get; set; } = ContentLanguage.Default;

    [Display(Name = "Publication date")]
    [DataType(DataType.Date)]
    public DateOnly? PublishedOn { get; set; }

    [StringLength(4000, ErrorMessage = "The author list is too long.")]
    [Display(Name = "Authors (one per line: Name; Organisation; ORCID iD)")]
    public string? Authors { get; set; }

    [EnumDataType(typeof(BriefLicence), ErrorMessage = "Choose one of the Creative Commons licences.")]
    [Display(Name = "Licence")]
    public BriefLicence Licence { get; set; } = BriefLicences.Default;

    [StringLength(FieldLengths.Doi, ErrorMessage = "The DOI can be at most {1} characters.")]
    [Display(Name = "DOI (optional)")]
    public string? Doi { get; set; }

    /// <summary>The consultations the brief drew on.</summary>
    public List<int> ConsultationIds { get; set; } = [];

    /// <summary>What changed, for readers, when a published brief's text is corrected (which makes a new version).</summary>
    [StringLength(FieldLengths.ShortText, ErrorMessage = "Say what changed in at most {1} characters.")]
    [Display(Name = "What changed (readers see this beside the new version)")]
    public string? ChangeNote { get; set; }

    /// <summary>The version the editor started from; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>The DOI in its bare form, or null when none was given (or it is not one: validation says so).</summary>
    public string? BareDoi() => Domain.Doi.Normalise(Doi);

    /// <summary>The author lines; an ORCID iD that is not a valid one is kept as typed, for validation to name it.</summary>
    public IReadOnlyList<AuthorLine> AuthorLines() =>
        (Authors ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(';', 3, StringSplitOptions.TrimEntries))
            .Where(parts => parts[0].Length > 0)
            .Select(parts => new AuthorLine(parts[0], Part(parts, 1), Part(parts, 2)))
            .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The request's localizer; a context without services (a unit test) gets the English.
        var localizer = validationContext.GetService(typeof(IStringLocalizer<BriefInput>)) as IStringLocalizer ?? EnglishText.Instance;
        if (!string.IsNullOrWhiteSpace(Doi) && BareDoi() is null)
        {
            yield return new ValidationResult(
                localizer["\"{0}\" is not a DOI: give it as 10.prefix/suffix (e.g. 10.5281/zenodo.123456), or its https://doi.org/ address.", Doi.Trim()],
                [nameof(Doi)]);
        }

        var lines = AuthorLines();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].OrcidText is { } typed && Orcid.Normalise(typed) is null)
            {
                yield return new ValidationResult(
                    localizer["Author line {0} ({1}): \"{2}\" is not a valid ORCID iD. It has four groups of four characters, like 0000-0002-1825-0097, and its last character is a check digit.", i + 1, lines[i].Name, typed],
                    [nameof(Authors)]);
            }
        }
    }

    private static string? Part(string[] parts, int index) => parts.Length > index && parts[index].Length > 0 ? parts[index] : null;
}

/// <summary>One typed author: "Name; Organisation; ORCID iD".</summary>
public sealed record AuthorLine(string Name, string? Organisation, string? OrcidText)
{
    public string? Orcid => Domain.Orcid.Normalise(OrcidText);
}

public sealed class WithdrawInput
{
    [Required(ErrorMessage = "Say why the brief is withdrawn; readers will see the reason.")]
    [StringLength(FieldLengths.ShortText, ErrorMessage = "The reason can be at most {1} characters.")]
    [Display(Name = "Reason for withdrawal")]
    public string Reason { get; set; } = "";
}
