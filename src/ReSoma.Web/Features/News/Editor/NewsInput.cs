using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Languages;

namespace ReSoma.Web.Features.News.Editor;

/// <summary>The news form. Teaser and text may stay empty in a draft; publishing asks for them.</summary>
public sealed class NewsInput
{
    [Required(ErrorMessage = "Give the news item a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Give the date the news is about.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Choose the language the text is written in.")]
    [KnownContentLanguage(ErrorMessage = "Choose the language the text is written in from the list.")]
    [Display(Name = "Language of the text")]
    public string Language { get; set; } = ContentLanguage.Default;

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The teaser can be at most {1} characters.")]
    [Display(Name = "Teaser (one or two sentences for the list, the feed and link previews)")]
    public string? Teaser { get; set; }

    [StringLength(FieldLengths.Markdown, ErrorMessage = "The text can be at most {1} characters.")]
    [Display(Name = "Text (Markdown)")]
    public string? Body { get; set; }

    /// <summary>A new image; none keeps the current one.</summary>
    [Display(Name = "Image (JPEG, PNG or WebP, at most 2 MB)")]
    public IFormFile? Image { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The image description can be at most {1} characters.")]
    [Display(Name = "Image description (alt text)")]
    public string? ImageAlt { get; set; }

    [Display(Name = "Remove the image")]
    public bool RemoveImage { get; set; }

    public List<int> TopicIds { get; set; } = [];

    public List<int> EventIds { get; set; } = [];

    /// <summary>The version the editor started from; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }
}
