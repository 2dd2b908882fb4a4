namespace ReSoma.Web.Domain;

public static class TopicAreas
{
    /// <summary>The area of the first topic (the oldest, by id), for content that may have several: the search
    /// filters by one area per document.</summary>
    public static Area? FirstArea(this IEnumerable<Topic> topics) =>
        topics.OrderBy(t => t.Id).Select(t => (Area?)t.Area).FirstOrDefault();
}
