namespace ReSoma.Web.Features.Events.Editor;

/// <summary>The editors' back office for events. Needs, registered elsewhere: the registration mechanism
/// (infrastructure) and <c>TopicChoices</c> (shared).</summary>
public static class EventsEditorFeature
{
    public static IServiceCollection AddEventsEditor(this IServiceCollection services)
    {
        services.AddScoped<EditorEventListQuery>();
        services.AddScoped<EventEditor>();
        return services;
    }
}
