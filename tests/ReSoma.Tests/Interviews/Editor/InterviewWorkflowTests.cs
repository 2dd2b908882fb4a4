using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Interviews.Editor.InterviewEditorData;

namespace ReSoma.Tests.Interviews.Editor;

public sealed class InterviewWorkflowTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    private static Dictionary<string, string> ScheduleAt(string localTime, string zone = "Europe/Brussels") =>
        new() { ["Schedule.PublishAt"] = localTime, ["Schedule.TimeZoneId"] = zone };

    private static Dictionary<string, string> Nothing => [];

    private Task<Page> StepAsync(int id, string step, Dictionary<string, string>? values = null) =>
        Client.SubmitAsync(EditUrl(id), values ?? Nothing, $"/editor/interviews/{id}/{step}");

    [Fact]
    public async Task Draft_to_review_to_schedule_and_back_to_draft_each_step_with_its_revision()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Who rescues at sea"));
        await Client.LoginAsRoleAsync(Roles.Editor);

        var review = await StepAsync(id, "review");
        Assert.Equal($"{EditUrl(id)}?done=review", review.Location);
        Assert.Equal(InterviewStatus.InReview, Factory.Stored(id).Status);

        // 09:00 in Brussels on 5 May is 07:00 UTC (summer time); the editor sees it back as typed.
        var scheduled = await StepAsync(id, "schedule", ScheduleAt("2031-05-05T09:00"));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.Status);
        var stored = Factory.Stored(id);
        Assert.Equal(InterviewStatus.Scheduled, stored.Status);
        Assert.Equal(new DateTimeOffset(2031, 5, 5, 7, 0, 0, TimeSpan.Zero), stored.PublishAt);
        Assert.Equal(203105, stored.ClaimedMonth);
        Assert.Equal("Europe/Brussels", stored.TimeZoneId);
        var page = await Client.GetAsync(scheduled.Location!);
        Assert.Equal("Scheduled", page.One("#interview-status")!.TextContent.Trim());
        Assert.Contains("Mon 5 May 2031, 09:00 (Europe/Brussels)", page.One("#scheduled-for")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2031-05-05T09:00", page.One("#Schedule_PublishAt")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/interviews/2031/05/who-rescues-at-sea")).Status);

        // Another zone: 09:00 in Lisbon is 08:00 UTC, and the interview remembers the zone.
        await StepAsync(id, "schedule", ScheduleAt("2031-05-06T09:00", "Europe/Lisbon"));
        stored = Factory.Stored(id);
        Assert.Equal(new DateTimeOffset(2031, 5, 6, 8, 0, 0, TimeSpan.Zero), stored.PublishAt);
        Assert.Equal("Europe/Lisbon", stored.TimeZoneId);
        page = await Client.GetAsync(EditUrl(id));
        Assert.Equal("Europe/Lisbon", page.One("#Schedule_TimeZoneId option[selected]")!.GetAttribute("value"));

        var draft = await StepAsync(id, "draft");
        Assert.Equal(HttpStatusCode.Redirect, draft.Status);
        stored = Factory.Stored(id);
        Assert.Equal((InterviewStatus.Draft, (DateTimeOffset?)null, (int?)null), (stored.Status, stored.PublishAt, stored.ClaimedMonth));

        Assert.Equal(
            ["Sent to review", "Scheduled for Mon 5 May 2031, 09:00 (Europe/Brussels)", "Scheduled for Tue 6 May 2031, 09:00 (Europe/Lisbon)", "Back to draft"],
            Factory.Revisions(id).Select(r => r.Action));
        Assert.All(Factory.Revisions(id), r => Assert.Equal("Demo Editor", r.EditorName));
    }

    [Fact]
    public async Task Publish_now_makes_it_public_and_unpublish_hides_it_again()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Published at once") { Month = 4 });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var published = await StepAsync(id, "publish");
        Assert.Equal($"{EditUrl(id)}?done=published", published.Location);
        var stored = Factory.Stored(id);
        Assert.Equal((InterviewStatus.Published, InterviewEditorFactory.Now, 203104), (stored.Status, stored.PublishedAt!.Value, stored.ClaimedMonth!.Value));
        var page = await NewClient().GetAsync("/interviews/2031/04/published-at-once");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.One("#preview-banner"));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(id, "unpublish")).Status);
        Assert.Equal(InterviewStatus.Draft, Factory.Stored(id).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/interviews/2031/04/published-at-once")).Status);
        Assert.Equal(["Published", "Unpublished (back to draft)"], Factory.Revisions(id).Select(r => r.Action));
    }

    [Fact]
    public async Task A_second_interview_for_a_taken_month_is_refused_with_409_and_names_the_first()
    {
        await Factory.AddInterviewAsync(new NewInterview("First for May") { PublishAt = new DateTimeOffset(2031, 5, 2, 7, 0, 0, TimeSpan.Zero) });
        var second = await Factory.AddInterviewAsync(new NewInterview("Second for May"));
        await Client.LoginAsRoleAsync(Roles.Editor);

        var page = await StepAsync(second, "schedule", ScheduleAt("2031-05-20T09:00"));
        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Equal(["May 2031 already has its interview: “First for May” is scheduled. Choose another month for this one, or take that one back to draft first."], page.Errors);
        Assert.Equal("2031-05-20T09:00", page.One("#Schedule_PublishAt")!.GetAttribute("value"));

        page = await StepAsync(second, "publish");
        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("“First for May” is scheduled", page.Errors.Single(), StringComparison.Ordinal);

        var stored = Factory.Stored(second);
        Assert.Equal((InterviewStatus.Draft, (int?)null), (stored.Status, stored.ClaimedMonth));
        Assert.Empty(Factory.Revisions(second));
    }

    [Fact]
    public async Task Ten_interviews_scheduled_for_one_month_at_once_one_wins_and_the_others_get_409()
    {
        var ids = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await Factory.AddInterviewAsync(new NewInterview($"Candidate {i}") { Month = 6 }));
        }

        await Client.LoginAsRoleAsync(Roles.Editor);
        var token = await Client.TokenAsync(EditUrl(ids[0]));

        // Whether a request loses at the check or at the database's unique index, it gets the same clear answer.
        var pages = await Task.WhenAll(ids.Select(id => Client.PostAsync($"/editor/interviews/{id}/schedule",
        [
            new("__RequestVerificationToken", token),
            new("Schedule.Version", Factory.Stored(id).Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Schedule.PublishAt", "2031-06-02T09:00"),
            new("Schedule.TimeZoneId", "Europe/Brussels"),
        ])));
        Assert.Single(pages, p => p.Status == HttpStatusCode.Redirect);
        var refused = pages.Where(p => p.Status != HttpStatusCode.Redirect).ToList();
        Assert.Equal(9, refused.Count);
        Assert.All(refused, p => Assert.Equal(HttpStatusCode.Conflict, p.Status));
        Assert.All(refused, p => Assert.StartsWith("June 2031 already has its interview: “Candidate ", p.Errors.Single(), StringComparison.Ordinal));
        Assert.Equal(1, Factory.WithDb(db => db.Interviews.Count(i => i.ClaimedMonth == 203106)));
        Assert.Single(Factory.WithDb(db => db.InterviewRevisions.ToList()));
    }

    [Fact]
    public async Task Scheduling_in_the_past_or_after_the_month_or_in_a_skipped_hour_is_refused()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Timely") { Month = 4 });
        await Client.LoginAsRoleAsync(Roles.Editor);

        // Now is 12:00 in Brussels on 10 April.
        var past = await StepAsync(id, "schedule", ScheduleAt("2031-04-10T11:30"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.Status);
        Assert.Equal(["Choose a publishing time in the future."], past.Errors);

        var late = await StepAsync(id, "schedule", ScheduleAt("2031-05-01T09:00"));
        Assert.Equal(["The April 2031 interview must go public before the month is over."], late.Errors);

        var missing = await StepAsync(id, "schedule", new Dictionary<string, string> { ["Schedule.PublishAt"] = "", ["Schedule.TimeZoneId"] = "Mars/Olympus_Mons" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.Status);
        Assert.Contains("Give the date and time the interview goes public.", missing.Errors);

        var zone = await StepAsync(id, "schedule", ScheduleAt("2031-04-20T09:00", "Mars/Olympus_Mons"));
        Assert.Equal(["\"Mars/Olympus_Mons\" is not a time zone we know: choose one from the list."], zone.Errors);

        Assert.Equal(InterviewStatus.Draft, Factory.Stored(id).Status);
        Assert.Empty(Factory.Revisions(id));
    }

    [Fact]
    public async Task Publishing_or_scheduling_without_an_expert_or_a_body_is_refused()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Not ready") { ExpertName = "", Body = "  " });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync(EditUrl(id));
        Assert.Contains("Name the expert before publishing.", page.One("#publishing-problems")!.TextContent, StringComparison.Ordinal);

        var published = await StepAsync(id, "publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, published.Status);
        Assert.Equal(["Name the expert before publishing.", "Write the questions and answers before publishing."], published.Errors);

        var scheduled = await StepAsync(id, "schedule", ScheduleAt("2031-05-05T09:00"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, scheduled.Status);
        Assert.Equal(["Name the expert before publishing.", "Write the questions and answers before publishing."], scheduled.Errors);

        var stored = Factory.Stored(id);
        Assert.Equal((InterviewStatus.Draft, (int?)null), (stored.Status, stored.ClaimedMonth));
        Assert.Empty(Factory.Revisions(id));
    }

    [Fact]
    public async Task A_step_taken_on_a_stale_page_is_refused_with_409()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Changed meanwhile"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var stalePage = await Client.GetAsync(EditUrl(id));
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        await admin.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.Body"] = "The admin rewrote the answers." }, EditUrl(id));

        var published = await Client.SubmitAsync(stalePage, Nothing, $"/editor/interviews/{id}/publish");
        Assert.Equal(HttpStatusCode.Conflict, published.Status);
        Assert.Contains(published.Errors, e => e.StartsWith("This interview changed since you opened the page", StringComparison.Ordinal));
        Assert.Equal(InterviewStatus.Draft, Factory.Stored(id).Status);

        // The page shown with the refusal is current, so the same button now works.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(published, Nothing, $"/editor/interviews/{id}/publish")).Status);
    }

    [Fact]
    public async Task Closing_and_reopening_the_questionnaire()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Asking readers") { PublishAt = InterviewEditorFactory.Now.AddDays(-2), Published = true, Month = 4 });
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(id, "questionnaire/close")).Status);
        Assert.Equal(InterviewEditorFactory.Now, Factory.Stored(id).QuestionnaireClosedAt);
        Assert.Contains("Closed", (await Client.GetAsync(EditUrl(id))).One("#questionnaire-card")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(id, "questionnaire/reopen")).Status);
        Assert.Null(Factory.Stored(id).QuestionnaireClosedAt);
        Assert.Equal(["Questionnaire closed", "Questionnaire reopened"], Factory.Revisions(id).Select(r => r.Action));
    }

    [Fact]
    public async Task Deleting_a_draft_removes_it_with_its_answers_while_other_statuses_cannot_be_deleted()
    {
        var draft = await Factory.AddInterviewAsync(new NewInterview("Once public") { PublishAt = InterviewEditorFactory.Now.AddDays(-3), Published = true, Month = 4 });
        await Factory.AddResponseAsync(draft, InterviewEditorFactory.Now, new() { [1] = ["Yes"], [2] = ["Cities"], [3] = ["More money for cities."] });
        await Client.LoginAsRoleAsync(Roles.Editor);
        await StepAsync(draft, "unpublish");

        var deleted = await StepAsync(draft, "delete");
        Assert.Equal("/editor/interviews?done=deleted", deleted.Location);
        Assert.Equal(0, Factory.WithDb(db => db.Interviews.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.QuestionnaireResponses.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.QuestionnaireAnswers.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.InterviewRevisions.Count()));

        var scheduled = await Factory.AddInterviewAsync(new NewInterview("Scheduled, kept") { PublishAt = new DateTimeOffset(2031, 5, 5, 7, 0, 0, TimeSpan.Zero) });
        var version = Factory.Stored(scheduled).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await Client.PostWithTokenAsync($"/editor/interviews/{scheduled}/delete", new Dictionary<string, string> { ["Version"] = version });
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(["An interview that is scheduled cannot be deleted."], refused.Errors);
        Assert.Equal(1, Factory.WithDb(db => db.Interviews.Count()));
    }
}
