using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Interviews.Editor.InterviewEditorData;

namespace ReSoma.Tests.Interviews.Editor;

public sealed class InterviewFormTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    private const string NewUrl = "/editor/interviews/new";

    private async Task<int> CreateAsync(Dictionary<string, string> form)
    {
        var created = await Client.SubmitAsync(NewUrl, form);
        Assert.True(created.Status == HttpStatusCode.Redirect, $"{(int)created.Status}: {string.Join(" ", created.Errors)}");
        var id = Factory.WithDb(db => db.Interviews.OrderBy(i => i.Id).Last().Id);
        Assert.Equal($"{EditUrl(id)}?done=created", created.Location);
        return id;
    }

    [Fact]
    public async Task An_editor_creates_a_draft_with_its_questionnaire_and_a_first_revision()
    {
        await Factory.AddCycleAsync(2031, topics: ("Search and rescue", Area.Asylum));
        var topicId = Factory.WithDb(db => db.Topics.Single().Id);
        var brief = await Factory.AddBriefAsync(new NewBrief("Rescue at sea: the options"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form();
        form["Input.TopicIds"] = topicId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Input.BriefIds"] = brief.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = await CreateAsync(form);

        var interview = Factory.Stored(id);
        Assert.Equal(InterviewStatus.Draft, interview.Status);
        Assert.Equal("who-rescues-at-sea", interview.Slug);
        Assert.Equal((2031, 5), (interview.Year, interview.Month));
        Assert.Null(interview.ClaimedMonth);
        Assert.Equal(["Search and rescue"], interview.Topics.Select(t => t.Title));
        Assert.Equal(["Rescue at sea: the options"], interview.Briefs.Select(b => b.Title));
        var questions = interview.Questions.OrderBy(q => q.Position).ToList();
        Assert.Equal([QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.FreeText], questions.Select(q => q.Kind));
        Assert.Equal(["Yes", "No", "Partly"], questions[0].Options.OrderBy(o => o.Position).Select(o => o.Text));
        Assert.Empty(questions[2].Options);

        var revision = Assert.Single(Factory.Revisions(id));
        Assert.Equal((1, "Created", "Demo Editor"), (revision.Number, revision.Action, revision.EditorName));
        Assert.Equal(Factory.WithDb(db => db.Users.Single(u => u.Email == "editor@resoma.local").Id), revision.EditorId);
        Assert.Equal(InterviewEditorFactory.Now, revision.CreatedAt);
        Assert.Contains("## Expert\nMaria Rossi", revision.Snapshot, StringComparison.Ordinal);

        // A draft is nobody's business but the editors'.
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/interviews/2031/05/who-rescues-at-sea")).Status);
        var page = await Client.GetAsync($"{EditUrl(id)}?done=created");
        Assert.Equal("Draft created.", page.One(".alert-success")!.TextContent.Trim());
        Assert.Equal("Draft", page.One("#interview-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_new_form_offers_the_month_chosen_on_the_plan_or_the_coming_one()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var coming = await Client.GetAsync(NewUrl);
        Assert.Equal("5", coming.One("#Input_Month option[selected]")!.GetAttribute("value"));
        Assert.Equal("2031", coming.One("#Input_Year")!.GetAttribute("value"));
        Assert.Equal(5, coming.Document.QuerySelectorAll(".question-slot").Length);

        var chosen = await Client.GetAsync($"{NewUrl}?year=2031&month=9");
        Assert.Equal("9", chosen.One("#Input_Month option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Editing_keeps_the_slug_and_writes_a_revision_with_the_editors_name()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await CreateAsync(Form("Same title"));
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var saved = await admin.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.Title"] = "A different title" }, EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        Assert.Equal(("same-title", "A different title"), Factory.WithDb(db => db.Interviews.Where(i => i.Id == id).Select(i => ValueTuple.Create(i.Slug, i.Title)).Single()));
        var revisions = Factory.Revisions(id);
        Assert.Equal(["Created", "Edited"], revisions.Select(r => r.Action));
        Assert.Equal(["Demo Editor", "Demo Admin"], revisions.Select(r => r.EditorName));

        // Saving again without a change adds nothing to the history.
        await admin.SubmitAsync(EditUrl(id), new Dictionary<string, string>(), EditUrl(id));
        Assert.Equal(2, Factory.Revisions(id).Count);

        await CreateAsync(Form("Same title"));
        Assert.Equal(["same-title", "same-title-2"], Factory.WithDb(db => db.Interviews.OrderBy(i => i.Id).Select(i => i.Slug).ToList()));
    }

    [Fact]
    public async Task A_questionnaire_without_options_or_with_six_questions_is_refused_and_nothing_is_saved()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form();
        form["Input.Questions[0].Options"] = "";
        form["Input.Questions[1].Options"] = "Only one";
        var page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Question 1 offers a choice, so it needs at least two options.", page.Errors);
        Assert.Contains("Question 2 offers a choice, so it needs at least two options.", page.Errors);
        Assert.Equal("Who rescues at sea", page.One("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("Only one", page.One("#Input_Questions_1__Options")!.TextContent);

        // The form offers five slots; a sixth posted by hand is still refused.
        form = Form();
        for (var i = 3; i < 6; i++)
        {
            form[$"Input.Questions[{i}].Text"] = $"Extra question {i + 1}?";
            form[$"Input.Questions[{i}].Kind"] = nameof(QuestionKind.FreeText);
        }

        page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("The questionnaire can have at most 5 questions; this one has 6.", page.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.Interviews.Count()));
    }

    [Fact]
    public async Task Other_invalid_input_is_refused_with_messages()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form();
        form["Input.Title"] = "";
        form["Input.NewsUrl"] = "javascript:alert(1)";
        form["Input.Month"] = "13";
        form["Input.Questions[3].Options"] = "An option without its question\nAnother";
        var page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Equal(["Choose the month of the interview.", "Give the interview a title."], page.Errors.Order());

        // Rules that tie fields together are checked once every field is valid on its own.
        form["Input.Title"] = "Who rescues at sea";
        form["Input.Month"] = "5";
        page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("The news link must be a full web address starting with http:// or https://.", page.Errors);
        Assert.Contains("Question 4 has no text.", page.Errors);
        Assert.Equal("javascript:alert(1)", page.One("#Input_NewsUrl")!.GetAttribute("value"));
        Assert.Equal(0, Factory.WithDb(db => db.Interviews.Count()));
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_the_second_gets_409_with_both_versions_and_keeps_their_input()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await CreateAsync(Form());
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var editorForm = await Client.GetAsync(EditUrl(id));
        var adminForm = await admin.GetAsync(EditUrl(id));

        var first = await admin.SubmitAsync(adminForm, new Dictionary<string, string> { ["Input.Standfirst"] = "The admin's standfirst." }, EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var second = await Client.SubmitAsync(editorForm, new Dictionary<string, string> { ["Input.Standfirst"] = "The editor's standfirst." }, EditUrl(id));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains(second.Errors, e => e.StartsWith("Another editor saved this interview while you were editing.", StringComparison.Ordinal));
        Assert.Contains("The admin's standfirst.", second.One("#their-snapshot")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Demo Admin", second.One("#theirs-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The admin's standfirst.", second.One("#conflict-differences .diff-removed del")!.TextContent.Replace("Removed: ", "", StringComparison.Ordinal));
        Assert.Equal("The editor's standfirst.", second.One("#conflict-differences .diff-added ins")!.TextContent.Replace("Added: ", "", StringComparison.Ordinal));
        Assert.Equal("The editor's standfirst.", second.One("#Input_Standfirst")!.TextContent.Trim());
        Assert.Equal("The admin's standfirst.", Factory.Stored(id).Standfirst);
        Assert.Equal(2, Factory.Revisions(id).Count);

        var resolved = await Client.SubmitAsync(second, new Dictionary<string, string>(), EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        Assert.Equal("The editor's standfirst.", Factory.Stored(id).Standfirst);
    }

    [Fact]
    public async Task Once_readers_answer_the_questions_are_locked_and_say_why()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Answered") { PublishAt = InterviewEditorFactory.Now.AddDays(-1), Published = true, Month = 4 });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var unlocked = await Client.GetAsync(EditUrl(id));
        Assert.NotNull(unlocked.One("#Input_Questions_0__Text"));

        await Factory.AddResponseAsync(id, InterviewEditorFactory.Now, new() { [1] = ["Yes"] });
        var page = await Client.GetAsync(EditUrl(id));
        Assert.Contains("1 reader has answered already", page.One("#questionnaire-locked")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.One("#Input_Questions_0__Text"));
        Assert.Contains("Did you follow the story?", page.One(".locked-questions")!.TextContent, StringComparison.Ordinal);

        // The rest of the interview can still change, and the questions stay as they were.
        var saved = await Client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Standfirst"] = "A sharper standfirst." }, EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var stored = Factory.Stored(id);
        Assert.Equal("A sharper standfirst.", stored.Standfirst);
        Assert.Equal(3, stored.Questions.Count);

        // A form opened before the first answer cannot change the questions behind the readers' backs.
        var stale = await Client.SubmitAsync(unlocked, new Dictionary<string, string> { ["Input.Version"] = stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Questions[0].Text"] = "A different question?" }, EditUrl(id));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains(stale.Errors, e => e.StartsWith("Readers started answering the questionnaire while you were editing", StringComparison.Ordinal));
        Assert.Equal("Did you follow the story?", Factory.Stored(id).Questions.Single(q => q.Position == 1).Text);
    }

    [Fact]
    public async Task A_scheduled_interview_cannot_lose_its_body_or_move_to_another_month()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Scheduled one") { PublishAt = new DateTimeOffset(2031, 5, 5, 7, 0, 0, TimeSpan.Zero) });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.Body"] = "", ["Input.Month"] = "6" }, EditUrl(id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("This interview is scheduled for May 2031: take it back to draft before moving it to another month.", page.Errors);

        page = await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.Body"] = "" }, EditUrl(id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("This interview is scheduled, so it must stay complete: Write the questions and answers before publishing.", page.Errors);
        var stored = Factory.Stored(id);
        Assert.Equal((5, InterviewStatus.Scheduled), (stored.Month, stored.Status));
        Assert.NotEmpty(stored.Body);
    }

    [Fact]
    public async Task An_unknown_interview_is_404_everywhere_in_the_back_office()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        foreach (var url in new[] { "/editor/interviews/4242/edit", "/editor/interviews/4242/preview", "/editor/interviews/4242/revisions", "/editor/interviews/4242/revisions/compare", "/editor/interviews/4242/results", "/editor/interviews/4242/results.csv" })
        {
            Assert.True((await Client.GetAsync(url)).Status == HttpStatusCode.NotFound, url);
        }

        foreach (var action in new[] { "edit", "review", "draft", "schedule", "publish", "unpublish", "questionnaire/close", "questionnaire/reopen", "delete" })
        {
            var response = await Client.PostWithTokenAsync($"/editor/interviews/4242/{action}", new Dictionary<string, string> { ["Version"] = "0", ["Input.Title"] = "x", ["Input.Year"] = "2031", ["Input.Month"] = "5", ["Schedule.PublishAt"] = "2031-05-05T09:00", ["Schedule.TimeZoneId"] = "Europe/Brussels" });
            Assert.True(response.Status == HttpStatusCode.NotFound, $"{action}: {(int)response.Status}");
        }
    }
}
