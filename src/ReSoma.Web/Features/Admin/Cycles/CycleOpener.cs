using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Audit;

namespace ReSoma.Web.Features.Admin.Cycles;

public sealed record AreaCount(Area Area, int Count);

public sealed record FormError(string Field, string Message);

/// <summary>
/// Opens a year's cycle in one transaction: the current cycle is archived, the new one becomes current in agenda
/// setting with its planned phases, and its topics are carried over (with their running consultations), adopted from
/// proposals or created; every open proposal is decided. Checks run inside the same transaction, so what was checked
/// is what is written.
/// </summary>
public sealed class CycleOpener(ReSomaDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<CycleOpener> localizer)
{
    public abstract record Result;

    public sealed record Opened(int Year) : Result;

    /// <param name="Counts">Topics per area as chosen, so the form can show them again with its warning.</param>
    public sealed record Refused(IReadOnlyList<FormError> Errors, IReadOnlyList<AreaCount> Counts) : Result;

    public async Task<Result> OpenAsync(OpenCycleInput input, string userId, string userName, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var plan = await OpeningPlan.LoadAsync(db, input, clock.GetUtcNow(), localizer, cancellationToken);
                if (plan.Errors.Count > 0)
                {
                    return new Refused(plan.Errors, plan.Counts);
                }

                await WriteAsync(plan, input, userId, userName, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (Result)new Opened(plan.Year);
            });
        }
        catch (DbUpdateException)
        {
            // Another admin opened a cycle or adopted a proposal at the same moment: the unique year, the unique
            // current cycle or the previous cycle's version refused our write, and the transaction rolled back.
            db.ChangeTracker.Clear();
            return new Refused([new FormError("", localizer["Another administrator changed the cycles at the same moment, so nothing was opened. Check the list of cycles and try again."])], []);
        }
    }

    private async Task WriteAsync(OpeningPlan plan, OpenCycleInput input, string userId, string userName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (plan.Previous is { } previous)
        {
            // The old flag is cleared and saved first: the unique index on the current cycle never sees two.
            previous.Archive(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        var cycle = Cycle.Open(plan.Year, plan.Phases!, now, userId, userName);
        audit.Record(AuditAction.CycleOpened, "cycle", $"Cycle {plan.Year}", $"/cycles/{plan.Year}");
        var slugs = new TopicSlugs(db);
        var continued = new List<(Topic Old, Topic New)>();
        foreach (var old in plan.CarriedOver)
        {
            var entry = old.ContinueIn(await slugs.CarriedOverAsync(old.Slug, old.Title, plan.Year, cancellationToken));
            cycle.Topics.Add(entry);
            continued.Add((old, entry));
        }

        foreach (var (row, _) in input.FilledRows)
        {
            var title = row.Title!.Trim();
            cycle.Topics.Add(new Topic
            {
                Title = title,
                Slug = await slugs.NewAsync(title, plan.Year, cancellationToken),
                Area = row.Area,
                Origin = row.Origin!.Value,
                Summary = row.Summary?.Trim() ?? "",
            });
        }

        var adopted = new Dictionary<int, Topic>();
        foreach (var proposal in plan.Adopted)
        {
            var topic = new Topic
            {
                Title = proposal.Title,
                Slug = await slugs.NewAsync(proposal.Title, plan.Year, cancellationToken),
                Area = proposal.Area,
                Origin = input.AdoptedOrigins.GetValueOrDefault(proposal.Id, TopicOrigin.LocalNeed),
                Summary = proposal.Rationale,
            };
            cycle.Topics.Add(topic);
            adopted.Add(proposal.Id, topic);
        }

        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);

        // Ids exist only now: a proposal points at the topic it became, and a running consultation belongs to its
        // topic's entry in the cycle in which it runs.
        foreach (var proposal in plan.OpenProposals)
        {
            proposal.DecideIn(plan.Year, adopted.GetValueOrDefault(proposal.Id));
        }

        foreach (var consultation in plan.Moving)
        {
            consultation.TopicId = continued.Single(c => c.Old.Id == consultation.TopicId).New.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
