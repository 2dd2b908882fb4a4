using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReSoma.Web.Infrastructure.Web.Forms;

/// <summary>
/// A field's error message (<c>asp-validation-for</c>) carries the id that the field's <c>aria-describedby</c> names,
/// so a screen reader reads the error with the field. Decision 0044.
/// </summary>
[HtmlTargetElement("span", Attributes = ForAttribute)]
public sealed class FieldMessageTagHelper : TagHelper
{
    private const string ForAttribute = "asp-validation-for";

    public override int Order => 100;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("id", FieldErrors.MessageIdOf(FieldErrors.FullNameOf(ViewContext, For.Name)));
    }
}
