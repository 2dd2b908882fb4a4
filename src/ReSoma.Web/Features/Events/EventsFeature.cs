using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Events;

/// <summary>The public events pages, registration and the calendar files. Needs, registered elsewhere:
/// <c>SeatAllocator</c>, <c>MailQueue</c>, <c>SiteAddress</c> and <c>MarkdownRenderer</c> (infrastructure).</summary>
public static class EventsFeature
{
    public static IServiceCollection AddEventsFeature(this IServiceCollection services)
    {
        services.AddScoped<EventListQuery>();
        services.AddScoped<EventMonthQuery>();
        services.AddScoped<EventPageQuery>();
        services.AddScoped<EventRegistrations>();
        services.AddScoped<EventMails>();
        services.AddScoped<EventsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<EventsPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<EventsPersonalData>());
        return services;
    }
}
