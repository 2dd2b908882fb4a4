using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReSoma.Web.Infrastructure.Web.Forms;

/// <summary>
/// <c>asp-errors-for="FieldName"</c>: what <see cref="InvalidFieldTagHelper"/> and <see cref="FieldMessageTagHelper"/>
/// do for <c>asp-for</c>, for controls a view writes by hand (a group of radio buttons, a shared select, indexed rows).
/// On a <c>fieldset</c> it also gives the group the id the error summary links to, when the view gave it none; on a
/// <c>span</c> it is the field's error message (nothing when the field is valid). Decision 0044.
/// </summary>
[HtmlTargetElement("input", Attributes = ErrorsForAttribute)]
[HtmlTargetElement("select", Attributes = ErrorsForAttribute)]
[HtmlTargetElement("textarea", Attributes = ErrorsForAttribute)]
[HtmlTargetElement("fieldset", Attributes = ErrorsForAttribute)]
[HtmlTargetElement("span", Attributes = ErrorsForAttribute)]
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
        if (Name.Length == 0)
        {
            // Not this field's turn (a view names the field only on the form that was posted).
            if (output.TagName == "span")
            {
                output.SuppressOutput();
            }

            return;
        }

        var name = FieldErrors.FullNameOf(ViewContext, Name);
        if (output.TagName == "span")
        {
            WriteMessage(output, name);
            return;
        }

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

    private void WriteMessage(TagHelperOutput output, string name)
    {
        if (!ViewContext.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.Attributes.SetAttribute("id", FieldErrors.MessageIdOf(name));
        output.AddClass("field-validation-error", HtmlEncoder.Default);
        output.Content.SetContent(entry.Errors[0].ErrorMessage);
    }
}
