using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ReSoma.Web.Infrastructure.Web.Forms;

/// <summary>
/// One naming rule that the field, its error message and the error summary share, so each can point at the other
/// without knowing how a view laid them out: a field's anchor is the id MVC derives from its name, and its message is
/// that id followed by <c>-error</c>.
/// </summary>
public static class FieldErrors
{
    public static string AnchorOf(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_");

    public static string MessageIdOf(string fieldName) => AnchorOf(fieldName) + "-error";

    public static string FullNameOf(ViewContext viewContext, string expression) =>
        viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression);

    public static bool HasErrors(ModelStateDictionary state, string fieldName) =>
        state.TryGetValue(fieldName, out var entry) && entry.Errors.Count > 0;

    /// <summary>Adds <paramref name="id"/> to a space-separated id list (aria-describedby), keeping what was there.</summary>
    public static string AddId(string? ids, string id)
    {
        var existing = (ids ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return existing.Contains(id, StringComparer.Ordinal) ? string.Join(' ', existing) : string.Join(' ', [.. existing, id]);
    }
}
