using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>
/// A content language an editor may choose: one of <see cref="ContentLanguage.All"/>. Anything else, typed into a
/// tampered form, is a validation message like any other, never a 500 or an unknown code in the database.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KnownContentLanguageAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || ContentLanguage.IsKnown(value as string);
}
