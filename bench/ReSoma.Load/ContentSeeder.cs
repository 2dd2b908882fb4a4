using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReSoma.Bench;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Domain;

namespace ReSoma.Load;

/// <summary>
/// What surrounds the library (see <see cref="Proportions"/>): consultations, monthly interviews with questionnaires,
/// events and news, written with the app's entities and domain methods and saved through its DbContext, so each gets
/// its search document as an editor's save would. Dates run from 2018 to a few months ahead of <paramref name="now"/>.
/// </summary>
public sealed class ContentSeeder(BenchDatabase database, PeopleSeeder people, int seed, DateTimeOffset now)
{
    private const int Batch = 500;
    private static readonly DateTimeOffset Start = new(2018, 1, 8, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Cities = ["Brussels", "Lisbon", "Athens", "Rome", "Madrid", "Berlin", "Warsaw", "Vienna", "Malta", "Amsterdam"];
    private readonly Random _random = new(seed);
    private readonly BriefGenerator _prose = new(new Random(seed + 1), [], []);
    private int _consultations;
    private int _interviews;
    private int _events;
    private int _news;

    public async Task GrowToAsync(int briefs)
    {
        if (_consultations == 0)
        {
            await MarkDemoCatalogueDoneAsync();
        }

        await AddAsync(Proportions.For(Proportions.Consultations, briefs) - _consultations, AddConsultationsAsync);
        await AddAsync(Proportions.InterviewsFor(briefs) - _interviews, AddInterviews);
        await AddAsync(Proportions.For(Proportions.Events, briefs) - _events, AddEvents);
        await AddAsync(Proportions.For(Proportions.News, briefs) - _news, AddNews);
    }

    /// <summary>
    /// The library stands in for the demo catalogue (organisations, cycles, topics) and uses some of its organisations'
    /// names, which are unique: the portal's demo seeding (<c>Seed__DemoContent=true</c>) would fail on them, so its
    /// catalogue step is marked done. The other demo steps (briefs, consultations, interviews, events, news) still run.
    /// </summary>
    private async Task MarkDemoCatalogueDoneAsync()
    {
        await using var db = database.NewContext();
        db.SeedMarks.Add(new SeedMark { Name = DemoContentSeeder.MarkName, AppliedAt = now });
        await db.SaveChangesAsync();
    }

    /// <summary>In transactions of <see cref="Batch"/>, each on a cleared change tracker with the topics loaded.</summary>
    private async Task AddAsync(int count, Func<Web.Data.SqliteReSomaDbContext, List<Topic>, int, Task> add)
    {
        await using var connection = await database.OpenBulkConnectionAsync();
        for (var done = 0; done < count; done += Batch)
        {
            await using var db = BenchDatabase.NewContext(connection);
            var topics = await db.Topics.Include(t => t.Cycle).ToListAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await add(db, topics, Math.Min(Batch, count - done));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }

    private async Task AddConsultationsAsync(Web.Data.SqliteReSomaDbContext db, List<Topic> topics, int count)
    {
        var attendees = await people.IdsAsync(500);
        var past = new List<Consultation>();
        for (var i = 0; i < count; i++)
        {
            var n = ++_consultations;
            var open = n % Proportions.OpenConsultationEvery == 0;
            var starts = open ? Morning(now.AddDays(14 + _random.Next(60))) : Between(Start, now.AddDays(-7));
            var topic = open ? Pick(topics.Where(t => t.Cycle!.IsCurrent).ToList()) : TopicOf(topics, starts.Year);
            var format = (ConsultationFormat)_random.Next(1, 5);
            var title = $"{format.DisplayName()} on {topic.Title.ToLowerInvariant()} ({Pick(Cities)})";
            var consultation = new Consultation
            {
                Topic = topic,
                Format = format,
                Title = title,
                Slug = Slug(title, n),
                Description = _prose.Paragraph(5) + "\n\n" + _prose.Paragraph(4),
                StartsAt = starts,
                EndsAt = starts.AddHours(3),
                Place = format == ConsultationFormat.FeedbackMeeting ? Pick(Cities) : null,
                OnlineLink = format == ConsultationFormat.FeedbackMeeting ? null : "https://meet.example.org/" + n.ToString(CultureInfo.InvariantCulture),
                RegistrationDeadline = starts.AddDays(-2),
                Seats = new SeatPool { Capacity = _random.Next(20, 61) },
                IsPublished = true,
                CreatedAt = starts.AddDays(-40),
                UpdatedAt = starts.AddDays(-40),
            };
            db.Consultations.Add(consultation);
            if (!open)
            {
                past.Add(consultation);
            }
        }

        await db.SaveChangesAsync();
        // Held consultations had people in their seats: 5–15 confirmed each, the day-before reminder already sent.
        var reminded = new List<(SeatRegistration Registration, DateTimeOffset SentAt)>();
        foreach (var consultation in past)
        {
            var seated = Enumerable.Range(0, _random.Next(5, 16)).Select(_ => Pick(attendees)).Distinct().ToList();
            for (var s = 0; s < seated.Count; s++)
            {
                var registration = db.SeatRegistrations.Add(new SeatRegistration
                {
                    SeatPoolId = consultation.SeatPoolId!.Value,
                    UserId = seated[s],
                    Status = SeatStatus.Confirmed,
                    Sequence = s + 1,
                    RegisteredAt = consultation.StartsAt.AddDays(-20 + s),
                    ConfirmedAt = consultation.StartsAt.AddDays(-20 + s),
                }).Entity;
                reminded.Add((registration, consultation.StartsAt.AddDays(-1)));
            }

            consultation.Seats!.Arrivals = seated.Count;
        }

        await db.SaveChangesAsync();
        db.RegistrationReminders.AddRange(reminded.Select(r => new RegistrationReminder { SeatRegistrationId = r.Registration.Id, LeadHours = 24, SentAt = r.SentAt }));
    }

    /// <summary>One a month, backwards from last month; the latest one's questionnaire is still open.</summary>
    private Task AddInterviews(Web.Data.SqliteReSomaDbContext db, List<Topic> topics, int count)
    {
        var last = new DateTimeOffset(now.Year, now.Month, 1, 9, 0, 0, TimeSpan.Zero).AddMonths(-1);
        for (var i = 0; i < count; i++)
        {
            var n = ++_interviews;
            var month = last.AddMonths(1 - n);
            var expert = $"{Pick(Vocabulary.FirstNames)} {Pick(Vocabulary.LastNames)}";
            var topic = TopicOf(topics, month.Year);
            var title = $"{expert} on {topic.Title.ToLowerInvariant()}";
            var interview = new Interview
            {
                Year = month.Year,
                Month = month.Month,
                Title = title,
                Slug = Slug(title, n),
                NewsHeadline = _prose.Sentence(),
                NewsUrl = "https://news.example.org/" + n.ToString(CultureInfo.InvariantCulture),
                ExpertName = expert,
                ExpertRole = "Senior researcher",
                ExpertOrganisation = Pick(Vocabulary.Organisations),
                Standfirst = _prose.Sentence() + " " + _prose.Sentence(),
                Body = string.Join("\n\n", Enumerable.Range(1, 4).Select(q => $"**{_prose.Sentence().TrimEnd('.')}?**\n\n{_prose.Paragraph(4)}")),
                PreviewToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                QuestionnaireClosedAt = n == 1 ? null : month.AddMonths(1),
                CreatedAt = month.AddDays(-10),
                UpdatedAt = month.AddDays(-10),
                Topics = [topic],
                Questions =
                [
                    Question(1, "Should this be decided at EU level?", QuestionKind.SingleChoice, "Yes", "No", "Partly"),
                    Question(2, "Which tools matter most?", QuestionKind.MultipleChoice, "Funding", "Legislation", "Monitoring", "Cooperation"),
                    Question(3, "What would you add?", QuestionKind.FreeText),
                ],
            };
            interview.Publish(month);
            db.Interviews.Add(interview);
        }

        return Task.CompletedTask;
    }

    /// <summary>Spread from 2018 to six months ahead; one upcoming event in four takes registrations.</summary>
    private Task AddEvents(Web.Data.SqliteReSomaDbContext db, List<Topic> topics, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = ++_events;
            var starts = Morning(Between(Start, now.AddDays(180)));
            var kind = (EventKind)_random.Next(4);
            var topic = TopicOf(topics, starts.Year);
            var city = Pick(Cities);
            var title = $"{kind.DisplayName()} on {topic.Title.ToLowerInvariant()} in {city}";
            var seats = starts > now && n % Proportions.EventWithSeatsEvery == 0;
            db.Events.Add(new Event
            {
                Kind = kind,
                Title = title,
                Slug = Slug(title, n),
                Summary = _prose.Sentence(),
                Description = _prose.Paragraph(4) + "\n\n" + _prose.Paragraph(3),
                StartsAt = starts,
                EndsAt = starts.AddHours(kind == EventKind.Conference ? 30 : 3),
                Venue = kind == EventKind.Webinar ? null : $"Conference centre, {city}",
                City = kind == EventKind.Webinar ? null : city,
                OnlineLink = kind == EventKind.Webinar ? "https://meet.example.org/e" + n.ToString(CultureInfo.InvariantCulture) : null,
                IsPublished = true,
                Seats = seats ? new SeatPool { Capacity = _random.Next(50, 151) } : null,
                RegistrationDeadline = seats ? starts.AddDays(-3) : null,
                CreatedAt = starts.AddDays(-60),
                UpdatedAt = starts.AddDays(-60),
                Topics = [topic],
                Sessions =
                [
                    new EventSession { StartsAt = starts, EndsAt = starts.AddHours(1), Title = "Opening: " + _prose.Sentence(), Speakers = $"{Pick(Vocabulary.FirstNames)} {Pick(Vocabulary.LastNames)}", Themes = Pick(Vocabulary.Keywords) },
                    new EventSession { StartsAt = starts.AddHours(1.5), EndsAt = starts.AddHours(3), Title = "Panel: " + _prose.Sentence(), Speakers = $"{Pick(Vocabulary.FirstNames)} {Pick(Vocabulary.LastNames)}; {Pick(Vocabulary.FirstNames)} {Pick(Vocabulary.LastNames)}", Themes = Pick(Vocabulary.Keywords) },
                ],
            });
        }

        return Task.CompletedTask;
    }

    private Task AddNews(Web.Data.SqliteReSomaDbContext db, List<Topic> topics, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = ++_news;
            var at = Morning(Between(Start, now));
            var title = $"{Capital(Pick(Vocabulary.Objects))} in {Pick(Vocabulary.Places)}: {Pick(Vocabulary.TitleTails)}";
            var post = new NewsPost
            {
                Title = title,
                Slug = Slug(title, n),
                Date = DateOnly.FromDateTime(at.UtcDateTime),
                Teaser = _prose.Sentence() + " " + _prose.Sentence(),
                Body = _prose.Paragraph(5) + "\n\n" + _prose.Paragraph(5),
                CreatedAt = at,
                UpdatedAt = at,
                Topics = [TopicOf(topics, at.Year)],
            };
            post.Publish(at);
            db.NewsPosts.Add(post);
        }

        return Task.CompletedTask;
    }

    private static InterviewQuestion Question(int position, string text, QuestionKind kind, params string[] options) => new()
    {
        Position = position,
        Text = text,
        Kind = kind,
        Options = options.Select((o, i) => new InterviewOption { Position = i + 1, Text = o }).ToList(),
    };

    /// <summary>A topic of that year's cycle: the library's cycles run 2018–2025, later dates use the current one.</summary>
    private Topic TopicOf(List<Topic> topics, int year)
    {
        var cycle = topics.Where(t => t.Cycle!.Year == year).ToList();
        return Pick(cycle.Count > 0 ? cycle : topics.Where(t => year > 2018 ? t.Cycle!.IsCurrent : t.Cycle!.Year == 2018).ToList());
    }

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) => from.AddMinutes(_random.NextInt64((long)(to - from).TotalMinutes));

    private static DateTimeOffset Morning(DateTimeOffset day) => new(day.Year, day.Month, day.Day, 9, 0, 0, TimeSpan.Zero);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Slug(string title, int n) => Slugs.From(title) + "-" + n.ToString(CultureInfo.InvariantCulture);

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
