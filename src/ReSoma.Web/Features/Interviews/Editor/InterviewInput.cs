using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Languages;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// The interview form. The questionnaire is typed as up to five question slots, each with its options one per line;
/// empty slots are left out. <see cref="Validate"/> checks what ties fields together, with the model's own rules for
/// questions, so the form refuses exactly what the interview could never publish.
/// </summary>
public sealed class InterviewInput : IValidatableObject
{
    [Range(2000, 2100, ErrorMessage = "Give the year of the interview's month, e.g. 2031.")]
    public int Year { get; set; }

    [Range(1, 12, ErrorMessage = "Choose the month of the interview.")]
    public int Month { get; set; }

    [Required(ErrorMessage = "Give the interview a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Title, ErrorMessage = "The news headline can be at most {1} characters.")]
    [Display(Name = "News headline")]
    public string? NewsHeadline { get; set; }

    [StringLength(FieldLengths.Url, ErrorMessage = "The news link can be at most {1} characters.")]
    [Display(Name = "Link to the news story")]
    public string? NewsUrl { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "The expert's name can be at most {1} characters.")]
    [Display(Name = "Expert's name")]
    public string? ExpertName { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "The expert's role can be at most {1} characters.")]
    [Display(Name = "Role")]
    public string? ExpertRole { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "The organisation can be at most {1} characters.")]
    [Display(Name = "Organisation")]
    public string? ExpertOrganisation { get; set; }

    /// <summary>A new photo; the stored one stays when none is chosen.</summary>
    [Display(Name = "Photo (JPEG, PNG or WebP, at most 2 MB)")]
    public IFormFile? Photo { get; set; }

    [Display(Name = "Remove the photo (show the expert's initials)")]
    public bool RemovePhoto { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The photo description can be at most {1} characters.")]
    [Display(Name = "Photo description (alt text)")]
    public string? ExpertPhotoAlt { get; set; }

    [Required(ErrorMessage = "Choose the language the text is written in.")]
    [KnownContentLanguage(ErrorMessage = "Choose the language the text is written in from the list.")]
    [Display(Name = "Language of the text")]
    public string Language { get; set; } = ContentLanguage.Default;

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The standfirst can be at most {1} characters.")]
    [Display(Name = "Standfirst")]
    public string? Standfirst { get; set; }

    [StringLength(FieldLengths.Markdown, ErrorMessage = "The questions and answers can be at most {1} characters.")]
    [Display(Name = "Questions and answers (Markdown)")]
    public string? Body { get; set; }

    public List<int> TopicIds { get; set; } = [];

    public List<int> BriefIds { get; set; } = [];

    /// <summary>Empty when the questionnaire is locked: the form then shows the questions without fields.</summary>
    public List<QuestionInput> Questions { get; set; } = [];

    /// <summary>The version the editor started from; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }

    public InterviewMonth InterviewMonth => new(Year, Month);

    /// <summary>A new interview's form, for the month the editor chose on the plan.</summary>
    public static InterviewInput Blank(InterviewMonth month) => new() { Year = month.Year, Month = month.Month };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var localizer = validationContext.GetRequiredService<IStringLocalizer<InterviewInput>>();
        if (NewsUrl is { Length: > 0 } url && !IsWebAddress(url.Trim()))
        {
            yield return new ValidationResult(localizer["The news link must be a full web address starting with http:// or https://."], [nameof(NewsUrl)]);
        }

        if (Photo is { Length: > 0 } && string.IsNullOrWhiteSpace(ExpertPhotoAlt))
        {
            yield return new ValidationResult(localizer["Describe the expert's photo (alt text): readers who cannot see it hear this instead."], [nameof(ExpertPhotoAlt)]);
        }

        foreach (var problem in InterviewForms.QuestionProblems(Questions, localizer))
        {
            yield return new ValidationResult(problem, [nameof(Questions)]);
        }
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
}

/// <summary>One question slot of the form.</summary>
public sealed class QuestionInput
{
    [StringLength(FieldLengths.ShortText, ErrorMessage = "A question can be at most {1} characters.")]
    public string? Text { get; set; }

    [EnumDataType(typeof(QuestionKind), ErrorMessage = "Choose how readers answer: one option, several options, or in their own words.")]
    public QuestionKind Kind { get; set; }

    /// <summary>One option per line; ignored for free answers.</summary>
    [StringLength(4000, ErrorMessage = "The options of one question can be at most {1} characters in all.")]
    public string? Options { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && OptionLines().Count == 0;

    public IReadOnlyList<string> OptionLines() =>
        (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
