using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReSoma.Web.Infrastructure.Web.Forms;

/// <summary>
/// <c>asp-errors-for="FieldName"</c>: what <see cref="InvalidFieldTagHelper"/> does for <c>asp-for</c>, for controls
/// a view writes by hand (a group of radio buttons, a shared select). On a <c>fieldset</c> it also gives the group
/// the id the error summary links to, when the view gave it none. Decision 0044.
/// </summary>
[HtmlTargetElement("input", Attributes = ErrorsForAttribute)]
[HtmlTargetElement("select", Attributes = ErrorsForAttribute)]
[HtmlTargetElement("textarea", Attributes = ErrorsForAttribute)]
[HtmlTargetElement("fieldset", Attributes = ErrorsForAttribute)]
public sealed class NamedFieldTagHelper : TagHelper
{
    private const string ErrorsForAttribute = "asp-errors-for";

    public override int Order => 100;

    [HtmlAttributeName(ErrorsForAttribute)]
    public string Name { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldErrors.FullNameOf(ViewContext, Name);
        var isGroup = output.TagName == "fieldset";
        if (isGroup && !output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", FieldErrors.AnchorOf(name));
        }

        if (!FieldErrors.HasErrors(ViewContext.ModelState, name))
        {
            return;
        }

        if (!isGroup)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.AddClass("is-invalid", HtmlEncoder.Default);
        }

        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", FieldErrors.AddId(describedBy, FieldErrors.MessageIdOf(name)));
    }
}
