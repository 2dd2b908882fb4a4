using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Web.Features.Interviews.Publishing;

public static class InterviewPublishingSetup
{
    /// <summary>Scheduled interviews on the shared publishing schedule (registered once, beneath the features).</summary>
    public static IServiceCollection AddInterviewPublishing(this IServiceCollection services) => services.AddPublisher<InterviewPublisher>();
}
