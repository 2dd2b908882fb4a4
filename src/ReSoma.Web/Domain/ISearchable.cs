namespace ReSoma.Web.Domain;

/// <summary>Content with a <see cref="SearchDocument"/>; the DbContext refreshes it on every save of the content.</summary>
public interface ISearchable
{
    void RefreshSearchDocument();
}
