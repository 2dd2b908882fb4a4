using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Infrastructure.Web.Forms;

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: when the form came back with errors, a box that is announced (<c>role="alert"</c>;
/// site.js also moves focus to it) and lists each error as a link to its field, in the order of the form's model.
/// Errors of the whole form (no field) are plain text, or link to <see cref="ModelErrorsFor"/> when the view names a
/// field for them. Renders nothing for a valid form. Decision 0044.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<ErrorSummaryTagHelper> localizer) : TagHelper
{
    public const string Id = "form-errors";

    /// <summary>The id that errors of the whole form link to, if any.</summary>
    public string? ModelErrorsFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        var errors = Ordered(state, ViewContext.ViewData.ModelMetadata).ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "alert alert-danger error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("id", Id);
        output.Attributes.SetAttribute("aria-labelledby", Id + "-heading");

        var heading = new TagBuilder("h2");
        heading.AddCssClass("h6 mb-2");
        heading.Attributes["id"] = Id + "-heading";
        heading.InnerHtml.Append(localizer["Please check the form"]);
        output.Content.AppendHtml(heading);

        var list = new TagBuilder("ul");
        list.AddCssClass("mb-0 ps-3 validation-summary-errors");
        foreach (var (key, message) in errors)
        {
            var item = new TagBuilder("li");
            var anchor = key.Length > 0 ? FieldErrors.AnchorOf(key) : ModelErrorsFor;
            if (anchor is null)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + anchor;
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        output.Content.AppendHtml(list);
    }

    // The form's own order, as MVC's summary does it: errors of the whole form first, then by the position of each
    // property in the model (recursively for nested inputs); keys the model does not know keep their order, last.
    private static IEnumerable<(string Key, string Message)> Ordered(ModelStateDictionary state, ModelMetadata? model)
    {
        var entries = state
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select((e, i) => (e.Key, e.Value!.Errors, Rank: RankOf(e.Key, model), Index: i))
            .OrderBy(e => e.Key.Length == 0 ? 0 : 1)
            .ThenBy(e => e.Rank, RankComparer.Instance)
            .ThenBy(e => e.Index);
        var seen = new HashSet<(string, string)>();
        foreach (var entry in entries)
        {
            foreach (var error in entry.Errors)
            {
                var message = string.IsNullOrEmpty(error.ErrorMessage) ? error.Exception?.Message ?? "" : error.ErrorMessage;
                if (message.Length > 0 && seen.Add((entry.Key, message)))
                {
                    yield return (entry.Key, message);
                }
            }
        }
    }

    private static int[] RankOf(string key, ModelMetadata? model)
    {
        var rank = new List<int>();
        foreach (var part in key.Split('.'))
        {
            var name = part.Split('[')[0];
            var properties = model?.Properties.ToList() ?? [];
            var index = properties.FindIndex(p => p.PropertyName == name);
            if (index < 0)
            {
                rank.Add(int.MaxValue);
                break;
            }

            rank.Add(index);
            model = properties[index].ElementMetadata ?? properties[index];
        }

        return [.. rank];
    }

    private sealed class RankComparer : IComparer<int[]>
    {
        public static RankComparer Instance { get; } = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
