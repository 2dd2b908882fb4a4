using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>One row of the wizard for a new topic; a row without a title is simply not used.</summary>
public sealed class NewTopicInput : IValidatableObject
{
    public const int SummaryLength = FieldLengths.ShortText * 4;

    /// <summary>A hidden field; MVC's enum binder refuses undefined values.</summary>
    public Area Area { get; set; }

    [StringLength(FieldLengths.Title, ErrorMessage = "A topic title can be at most {1} characters.")]
    public string? Title { get; set; }

    public TopicOrigin? Origin { get; set; }

    [StringLength(SummaryLength, ErrorMessage = "A topic summary can be at most {1} characters.")]
    public string? Summary { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            if (!string.IsNullOrWhiteSpace(Summary))
            {
                yield return new ValidationResult($"A new {Area.DisplayName().ToLowerInvariant()} topic has a summary but no title: give it a title, or clear the summary.", [nameof(Title)]);
            }
        }
        else if (!Enum.IsDefined(Area))
        {
            // A row posted without its hidden area field would otherwise store area 0.
            yield return new ValidationResult($"“{Title.Trim()}” has no area; open the form again and type it in an area's row.", [nameof(Area)]);
        }
        else if (Origin is not { } origin || !Enum.IsDefined(origin))
        {
            yield return new ValidationResult($"Choose where “{Title.Trim()}” comes from: the EU agenda or a local or national need.", [nameof(Origin)]);
        }
    }
}
