using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>The workflow buttons of the edit page. Each posts the version the editor saw; a refusal shows the edit page
/// again with the reason (422 when the interview is not ready, 409 when it collides with someone else's work).</summary>
[Route("editor/interviews/{id:int}")]
[Authorize(Policy = Policies.Editorial)]
public sealed class InterviewWorkflowController(InterviewWorkflow workflow, InterviewEditPages pages, EditorAccounts accounts) : Controller
{
    [HttpPost("review")]
    [HandlesInvalidInput]
    public async Task<IActionResult> SendToReview(int id, WorkflowInput input, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await workflow.SendToReviewAsync(id, input.Version, await EditorAsync(cancellationToken), cancellationToken), null, cancellationToken);

    [HttpPost("draft")]
    [HandlesInvalidInput]
    public async Task<IActionResult> ReturnToDraft(int id, WorkflowInput input, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await workflow.ReturnToDraftAsync(id, input.Version, await EditorAsync(cancellationToken), cancellationToken), null, cancellationToken);

    [HttpPost("schedule")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Schedule(int id, [Bind(Prefix = nameof(EditInterviewPage.Schedule))] ScheduleInput input, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid
            ? await workflow.ScheduleAsync(id, input, await EditorAsync(cancellationToken), cancellationToken)
            : new InterviewWorkflow.Refused([]);
        return await OutcomeAsync(id, outcome, input, cancellationToken);
    }

    [HttpPost("publish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> PublishNow(int id, WorkflowInput input, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await workflow.PublishNowAsync(id, input.Version, await EditorAsync(cancellationToken), cancellationToken), null, cancellationToken);

    [HttpPost("unpublish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Unpublish(int id, WorkflowInput input, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await workflow.UnpublishAsync(id, input.Version, await EditorAsync(cancellationToken), cancellationToken), null, cancellationToken);

    [HttpPost("questionnaire/close")]
    [HandlesInvalidInput]
    public async Task<IActionResult> CloseQuestionnaire(int id, WorkflowInput input, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await workflow.CloseQuestionnaireAsync(id, input.Version, await EditorAsync(cancellationToken), cancellationToken), null, cancellationToken);

    [HttpPost("questionnaire/reopen")]
    [HandlesInvalidInput]
    public async Task<IActionResult> ReopenQuestionnaire(int id, WorkflowInput input, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await workflow.ReopenQuestionnaireAsync(id, input.Version, await EditorAsync(cancellationToken), cancellationToken), null, cancellationToken);

    [HttpPost("delete")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Delete(int id, WorkflowInput input, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await workflow.DeleteDraftAsync(id, input.Version, cancellationToken), null, cancellationToken);

    private Task<EditorAccount> EditorAsync(CancellationToken cancellationToken) => accounts.OfAsync(User, cancellationToken);

    private async Task<IActionResult> OutcomeAsync(int id, InterviewWorkflow.Outcome outcome, ScheduleInput? schedule, CancellationToken cancellationToken)
    {
        int status;
        switch (outcome)
        {
            case InterviewWorkflow.Done done:
                return RedirectToAction(nameof(EditorInterviewsController.Edit), "EditorInterviews", new { id, done = done.Notice });
            case InterviewWorkflow.Deleted:
                return RedirectToAction(nameof(EditorInterviewsController.Index), "EditorInterviews", new { done = "deleted" });
            case InterviewWorkflow.Refused refused:
                foreach (var error in refused.Errors)
                {
                    ModelState.AddModelError("", error);
                }

                status = StatusCodes.Status422UnprocessableEntity;
                break;
            case InterviewWorkflow.Conflicted conflicted:
                ModelState.AddModelError("", conflicted.Error);
                status = StatusCodes.Status409Conflict;
                break;
            default:
                return NotFound();
        }

        var page = schedule is null ? await pages.LoadAsync(id, cancellationToken) : await pages.WithScheduleAsync(id, schedule, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var view = View(nameof(EditorInterviewsController.Edit), page);
        view.StatusCode = status;
        return view;
    }
}
