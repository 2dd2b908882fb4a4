namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>
/// Names this folder's texts (Text.resx, Text.fr.resx) for the localizer: the views' `Localizer` reads them through
/// `IHtmlLocalizer&lt;Text&gt;` (see this folder's _ViewImports), whose resource name is this type's full name.
/// </summary>
public sealed class Text;
