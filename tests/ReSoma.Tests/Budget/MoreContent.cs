using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Tests.Budget;

/// <summary>
/// Grows every list and every page the budget tests open: more briefs (with authors and consultations), consultations
/// (with registrations and contributions), events (with sessions, topics and registrations), interviews (with topics,
/// briefs and answers), news and topics. A page whose count moves after this makes a query per row.
/// </summary>
public static class MoreContent
{
    private const int Many = 30;

    public static async Task AddAsync(PortalFactory factory, BudgetSubjects s, DateTimeOffset now, string stakeholderEmail)
    {
        var people = await factory.AddStakeholdersAsync(12, prefix: "budget");
        var userIds = await factory.WithDbAsync(db => db.Users.Where(u => people.Contains(u.Email!)).Select(u => u.Id).ToListAsync());
        var stakeholderId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == stakeholderEmail).Select(u => u.Id).SingleAsync());
        var pools = new List<int>();
        var subjectPools = new List<int>();
        await factory.WithDbAsync(async db =>
        {
            var topic = await db.Topics.SingleAsync(t => t.Id == s.TopicId);
            var current = await db.Cycles.SingleAsync(c => c.Year == s.CycleYear);
            for (var i = 1; i <= 5; i++)
            {
                db.Topics.Add(new Topic { Title = $"Budget topic {i}", Slug = $"budget-topic-{i}", Area = (Area)((i % 3) + 1), Origin = TopicOrigin.EuAgenda, Cycle = current });
            }

            await db.SaveChangesAsync();

            var consultations = Enumerable.Range(1, 5).Select(i => new Consultation
            {
                Topic = topic, Title = $"Budget consultation {i}", Slug = $"budget-consultation-{i}", Format = ConsultationFormat.FeedbackMeeting,
                StartsAt = now.AddDays(20 + i), EndsAt = now.AddDays(20 + i).AddHours(3), RegistrationDeadline = now.AddDays(15 + i),
                Seats = new SeatPool { Capacity = 4 }, ShowContributions = true, IsPublished = true, CreatedAt = now, UpdatedAt = now,
            }).ToList();
            db.Consultations.AddRange(consultations);

            var subjectBrief = await db.Briefs.Include(b => b.Authors).Include(b => b.Consultations).SingleAsync(b => b.Id == s.BriefId);
            for (var i = 1; i <= 6; i++)
            {
                subjectBrief.Authors.Add(new BriefAuthor { Name = $"Extra Author {i}", Position = 100 + i, Organisation = new Organisation { Name = $"Budget Institute {i}", NormalizedName = $"BUDGET INSTITUTE {i}" } });
            }

            var briefs = Enumerable.Range(1, Many).Select(i => new Brief
            {
                Title = $"Budget brief {i}", Slug = $"budget-brief-{i}", Topic = topic, Series = (BriefSeries)((i % 3) + 1), Status = BriefStatus.Published,
                Summary = "A brief added to grow the lists.", Body = "Asylum and migration, once more.", PublishedOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-i),
                CreatedAt = now, UpdatedAt = now,
                Authors = Enumerable.Range(1, 3).Select(a => new BriefAuthor
                {
                    Name = $"Author {i}-{a}", Position = a, Organisation = new Organisation { Name = $"Budget University {i}-{a}", NormalizedName = $"BUDGET UNIVERSITY {i}-{a}" },
                }).ToList(),
            }).ToList();
            db.Briefs.AddRange(briefs);
            await db.SaveChangesAsync();

            foreach (var brief in briefs.Append(subjectBrief))
            {
                foreach (var c in consultations.Take(3))
                {
                    db.Add(new BriefConsultation { BriefId = brief.Id, ConsultationId = c.Id });
                }

                if (brief != subjectBrief)
                {
                    db.Add(new BriefConsultation { BriefId = brief.Id, ConsultationId = s.ConsultationId });
                }
            }

            var subject = await db.Consultations.SingleAsync(c => c.Id == s.ConsultationId);
            foreach (var (userId, i) in userIds.Select((u, i) => (u, i)))
            {
                db.Contributions.Add(new Contribution { ConsultationId = s.ConsultationId, AuthorUserId = userId, Title = $"Contribution {i}", Body = "What we think.", Status = ContributionStatus.Accepted, SubmittedAt = now.AddDays(-1), UpdatedAt = now });
            }

            var e = await db.Events.Include(x => x.Sessions).Include(x => x.Topics).SingleAsync(x => x.Id == s.EventId);
            AddSessions(e, 6);
            e.Topics.AddRange(await db.Topics.Where(t => t.Slug.StartsWith("budget-topic-")).ToListAsync());
            var events = Enumerable.Range(1, 12).Select(i => AddSessions(new Event
            {
                Kind = (EventKind)(i % 3), Title = $"Budget event {i}", Slug = $"budget-event-{i}", Summary = "More of the same.",
                StartsAt = now.AddDays((i * 3) - 18), EndsAt = now.AddDays((i * 3) - 18).AddHours(5), City = "Brussels", IsPublished = true,
                Seats = new SeatPool { Capacity = 5 }, CreatedAt = now, UpdatedAt = now, Topics = [topic],
            }, 3)).ToList();
            db.Events.AddRange(events);

            var news = await db.NewsPosts.Include(n => n.Topics).Include(n => n.Events).SingleAsync(n => n.Id == s.NewsId);
            news.Topics.AddRange(await db.Topics.Where(t => t.Slug.StartsWith("budget-topic-")).ToListAsync());
            news.Events.AddRange(events.Take(5));
            for (var i = 1; i <= 12; i++)
            {
                var post = new NewsPost
                {
                    Title = $"Budget news {i}", Slug = $"budget-news-{i}", Date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-i), Teaser = "More news.",
                    Body = "News **text**.", CreatedAt = now, UpdatedAt = now, Topics = [topic], Events = events.Take(2).ToList(),
                };
                post.Publish(now.AddDays(-i));
                db.NewsPosts.Add(post);
            }

            var interview = await db.Interviews.Include(x => x.Topics).Include(x => x.Briefs).Include(x => x.Questions).ThenInclude(q => q.Options).SingleAsync(x => x.Id == s.OpenInterviewId);
            interview.Topics.AddRange(await db.Topics.Where(t => t.Slug.StartsWith("budget-topic-")).ToListAsync());
            interview.Briefs.AddRange(briefs.Take(6));
            var question = interview.Questions.First(q => q.Options.Count > 0);
            foreach (var (userId, i) in userIds.Select((u, i) => (u, i)))
            {
                db.QuestionnaireResponses.Add(new QuestionnaireResponse
                {
                    InterviewId = interview.Id, UserId = userId, SubmittedAt = now,
                    Answers = [new QuestionnaireAnswer { QuestionId = question.Id, OptionId = question.Options[i % question.Options.Count].Id }],
                });
            }

            await db.SaveChangesAsync();
            pools.AddRange(consultations.Select(c => c.SeatPoolId!.Value).Concat(events.Select(x => x.SeatPoolId!.Value)));
            subjectPools.AddRange([subject.SeatPoolId!.Value, e.SeatPoolId!.Value]);
        });

        for (var year = 2010; year < 2015; year++)
        {
            await factory.NewInterview(year, 3, $"Budget interview {year}").WithTopic("Budget topic 1", cycleYear: s.CycleYear).Published(now.AddYears(year - 2030));
        }

        // Registrations through the allocator, as the pages make them: full pools get a waiting list. The stakeholder
        // whose pages are counted is registered for the new ones only, so the pages counted before look the same to them.
        foreach (var (pool, subjectPool) in pools.Select(p => (p, false)).Concat(subjectPools.Select(p => (p, true))))
        {
            foreach (var userId in subjectPool ? userIds : userIds.Append(stakeholderId))
            {
                await using var scope = factory.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SeatAllocator>().RegisterAsync(pool, userId);
            }
        }
    }

    private static Event AddSessions(Event e, int count)
    {
        for (var i = 0; i < count; i++)
        {
            e.Sessions.Add(new EventSession { Title = $"Session {e.Sessions.Count + 1}", StartsAt = e.StartsAt.AddMinutes(30 * i), EndsAt = e.StartsAt.AddMinutes(30 * (i + 1)), Speakers = "A. Speaker, B. Speaker" });
        }

        return e;
    }
}
