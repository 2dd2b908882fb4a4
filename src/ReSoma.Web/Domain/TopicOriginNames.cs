namespace ReSoma.Web.Domain;

public static class TopicOriginNames
{
    public static string DisplayName(this TopicOrigin origin) => origin switch
    {
        TopicOrigin.EuAgenda => "EU agenda (top-down)",
        TopicOrigin.LocalNeed => "Local or national need (bottom-up)",
        _ => origin.ToString(),
    };
}
