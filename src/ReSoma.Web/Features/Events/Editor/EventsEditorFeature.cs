namespace ReSoma.Web.Features.Events.Editor;

/// <summary>The editors' back office for events. Needs, registered elsewhere: <c>SeatAllocator</c> (infrastructure),
/// <c>TopicChoices</c> (shared) and <c>EventMails</c> (the events feature).</summary>
public static class EventsEditorFeature
{
    public static IServiceCollection AddEventsEditor(this IServiceCollection services)
    {
        services.AddScoped<EditorEventListQuery>();
        services.AddScoped<EventEditor>();
        services.AddScoped<EventPeopleQuery>();
        services.AddScoped<EventParticipantsCsv>();
        return services;
    }
}
