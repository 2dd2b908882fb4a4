using ReSoma.Web.Features.About;
using ReSoma.Web.Features.Accessibility;
using ReSoma.Web.Features.Account;
using ReSoma.Web.Features.Admin;
using ReSoma.Web.Features.Briefs;
using ReSoma.Web.Features.Consultations;
using ReSoma.Web.Features.Consultations.Editor;
using ReSoma.Web.Features.Cycles;
using ReSoma.Web.Features.Dashboards;
using ReSoma.Web.Features.Discussions;
using ReSoma.Web.Features.Events;
using ReSoma.Web.Features.Evidence;
using ReSoma.Web.Features.Events.Editor;
using ReSoma.Web.Features.Findability;
using ReSoma.Web.Features.FollowFeeds;
using ReSoma.Web.Features.Followers;
using ReSoma.Web.Features.Network;
using ReSoma.Web.Features.Home;
using ReSoma.Web.Features.Interviews;
using ReSoma.Web.Features.Interviews.Editor;
using ReSoma.Web.Features.Interviews.Publishing;
using ReSoma.Web.Features.News;
using ReSoma.Web.Features.News.Editor;
using ReSoma.Web.Features.Notifications;
using ReSoma.Web.Features.Messages;
using ReSoma.Web.Features.Newsletter;
using ReSoma.Web.Features.Oai;
using ReSoma.Web.Features.Privacy;
using ReSoma.Web.Features.Registrations;
using ReSoma.Web.Features.Search;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Features.Statistics;
using ReSoma.Web.Features.Topics;

namespace ReSoma.Web.Features;

/// <summary>Each feature registers its own queries and commands; this list is the table of contents.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PageMeta>();
        services.AddScoped<TopicChoices>();
        services.AddScoped<AccountRemoval>();
        services.AddHomeFeature();
        services.AddTopicsFeature();
        services.AddCyclesFeature();
        services.AddAboutFeature();
        services.AddAccountFeature();
        services.AddAdminFeature();
        services.AddBriefsFeature(configuration);
        services.AddConsultationsFeature();
        services.AddConsultationsEditor();
        services.AddOaiFeature();
        services.AddInterviewsFeature();
        services.AddInterviewPublishing();
        services.AddInterviewsEditor();
        services.AddEventsFeature();
        services.AddEventsEditor();
        services.AddRegistrationsFeature();
        services.AddEvidenceFeature();
        services.AddNewsFeature();
        services.AddNewsEditor();
        services.AddNewsletterFeature();
        services.AddFollowersFeature();
        services.AddNetworkFeature();
        services.AddDashboardsFeature();
        services.AddSearchFeature();
        services.AddFindabilityFeature();
        services.AddFollowFeedsFeature();
        services.AddPrivacyFeature();
        services.AddAccessibilityFeature(configuration);
        services.AddStatisticsFeature();
        services.AddNotificationsFeature();
        services.AddMessagesFeature();
        services.AddDiscussionsFeature();
        return services;
    }
}
