using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>
/// Which step of the "open a new cycle" wizard to show: the one the admin asked for, unless an earlier step has an
/// error, in which case the first such step with its errors. Going back is never checked, so nothing typed is lost.
/// </summary>
public sealed class OpenCycleWizard(ReSomaDbContext db, OpenCycleForm form, TimeProvider clock, IStringLocalizer<OpenCycleWizard> localizer)
{
    public sealed record Shown(OpenCyclePage Page, IReadOnlyList<FormError> Errors);

    /// <param name="bindingErrors">What model binding and validation found, by field.</param>
    public async Task<Shown> StepAsync(OpenCycleInput input, OpenCycleStep asked, IReadOnlyList<FormError> bindingErrors, CancellationToken cancellationToken = default)
    {
        if (asked == OpenCycleStep.Dates)
        {
            return new(await form.ShowAsync(OpenCycleStep.Dates, input, [], null, cancellationToken), []);
        }

        var dateErrors = bindingErrors.Where(e => OpenCycleInput.DateFields.Contains(e.Field)).ToList();
        if (dateErrors.Count > 0)
        {
            return new(await form.ShowAsync(OpenCycleStep.Dates, input, [], null, cancellationToken), dateErrors);
        }

        var plan = await OpeningPlan.LoadAsync(db, input, clock.GetUtcNow(), localizer, cancellationToken);
        db.ChangeTracker.Clear();
        if (plan.HasDateErrors)
        {
            return new(await form.ShowAsync(OpenCycleStep.Dates, input, [], null, cancellationToken), plan.Errors.Where(e => OpenCycleInput.DateFields.Contains(e.Field)).ToList());
        }

        if (asked == OpenCycleStep.Topics)
        {
            return new(await form.ShowAsync(OpenCycleStep.Topics, input, [], null, cancellationToken), []);
        }

        var topicErrors = bindingErrors.Concat(plan.Errors).ToList();
        return topicErrors.Count > 0
            ? new(await form.ShowAsync(OpenCycleStep.Topics, input, plan.Counts, null, cancellationToken), topicErrors)
            : new(await form.ShowAsync(OpenCycleStep.Review, input, [], plan, cancellationToken), []);
    }

    /// <summary>The step a refusal of the opener belongs to, with its errors.</summary>
    public async Task<Shown> RefusedAsync(OpenCycleInput input, CycleOpener.Refused refused, CancellationToken cancellationToken = default)
    {
        var step = refused.Errors.Any(e => OpenCycleInput.DateFields.Contains(e.Field)) ? OpenCycleStep.Dates : OpenCycleStep.Topics;
        return new(await form.ShowAsync(step, input, refused.Counts, null, cancellationToken), refused.Errors);
    }
}
