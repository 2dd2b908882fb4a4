namespace ReSoma.Web.Data;

/// <summary>Column lengths shared by configurations and input models, so a form never accepts what the database refuses.</summary>
public static class FieldLengths
{
    public const int Title = 200;
    public const int Slug = 120;
    public const int Name = 150;
    public const int Email = 256;
    public const int Url = 500;
    public const int CountryCode = 2;
    public const int ShortText = 1000;
    public const int Markdown = 100_000;
    public const int Doi = 200;
    public const int Orcid = 19;
}
