using ReSoma.Web.Features.Events.Publishing;
using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Web.Features.Events;

/// <summary>The public events pages, registration and the calendar files. Needs, registered elsewhere: the
/// registration mechanism, <c>SiteAddress</c> and <c>MarkdownRenderer</c> (infrastructure).</summary>
public static class EventsFeature
{
    public static IServiceCollection AddEventsFeature(this IServiceCollection services)
    {
        services.AddScoped<EventListQuery>();
        services.AddScoped<EventMonthQuery>();
        services.AddScoped<EventPageQuery>();
        services.AddPublisher<EventPublisher>();
        return services;
    }
}
