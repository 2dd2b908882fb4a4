namespace ReSoma.Web.Features.Shared;

/// <summary>What the layout needs to know about a page, set by each view: its title and description for
/// the head, search engines and link previews.</summary>
public sealed class PageMeta
{
    public string Title { get; set; } = "ReSOMA";
    public string Description { get; set; } = "The Research Social Platform on Migration and Asylum: evidence for EU policy on migration, asylum and integration.";
    public string OgType { get; set; } = "website";
}
