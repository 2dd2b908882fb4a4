namespace ReSoma.Web.Domain;

/// <summary>Rows the first-run seeder wrote to make the portal look lived-in; an admin can delete them all.</summary>
public interface IDemoContent
{
    bool IsDemo { get; set; }
}
