using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReSoma.Web.Infrastructure.Web.Forms;

/// <summary>
/// Every field bound with <c>asp-for</c> that came back with an error says so to assistive technology:
/// <c>aria-invalid="true"</c>, and <c>aria-describedby</c> names its error message (see
/// <see cref="FieldMessageTagHelper"/>) after any hint the view already named. Runs after MVC's own helpers, which
/// have set the id and name by then. Decision 0044.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    public override int Order => 100;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldErrors.FullNameOf(ViewContext, For.Name);
        if (!FieldErrors.HasErrors(ViewContext.ModelState, name)
            || (output.Attributes.TryGetAttribute("type", out var type) && string.Equals(type.Value?.ToString(), "hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        output.AddClass("is-invalid", HtmlEncoder.Default);
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", FieldErrors.AddId(describedBy, FieldErrors.MessageIdOf(name)));
    }
}
