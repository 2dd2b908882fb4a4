using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Consultations.Editor;

/// <summary>Who gets in, and what an unknown id or slug answers. (Every back-office endpoint is also covered by
/// <c>BackOfficeAuthorizationTests</c>.)</summary>
public sealed class EditorConsultationAccessTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Unknown_consultations_are_404_in_the_back_office()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/consultations/1/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/consultations/1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/consultations/1/participants.csv")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/consultations/1/contributions/1/attachment")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/editor/consultations/1/reinstate")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/editor/consultations/1/cancel", new Dictionary<string, string> { ["Reason"] = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/editor/consultations/1/contributions/1/accept", new Dictionary<string, string> { ["Version"] = "0" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/editor/consultations/1/email", new Dictionary<string, string> { ["Subject"] = "Hi", ["Message"] = "Hello" })).Status);
    }

    [Fact]
    public async Task Anonymous_visitors_log_in_first_and_stakeholders_are_refused()
    {
        var page = await Client.GetAsync("/editor/consultations");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/login", page.Location, StringComparison.Ordinal);

        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/editor/consultations")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/editor/consultations/new")).Status);
    }
}
