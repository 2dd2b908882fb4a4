using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Tests.Security;

/// <summary>
/// Every stored thing that refers to a person — found in the model, not listed by hand — is in that person's data
/// export, and after the account is deleted neither their name nor their address is left anywhere in the database.
/// A new entity that refers to people fails these tests until a feature exports it and this test gives it a row.
/// </summary>
public sealed class PersonalDataCoverageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Name = "Zenobia Quillfeather";
    private const string Email = "zenobia.quillfeather@example.org";

    /// <summary>The entity types with a column naming an account: a foreign key to it, or a "…UserId"/"EditorId" column.</summary>
    private static List<Type> ReferringTypes(ReSomaDbContext db) => db.Model.GetEntityTypes()
        .Where(t => t.ClrType != typeof(ApplicationUser) && ReferringColumns(t).Any())
        .Select(t => t.ClrType).Distinct().ToList();

    private static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IProperty> ReferringColumns(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.GetProperties().Where(p => p.ClrType == typeof(string) && (
            p.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(ApplicationUser))
            || p.Name.EndsWith("UserId", StringComparison.Ordinal) || p.Name == "EditorId"));

    [Fact]
    public void Every_entity_that_refers_to_a_person_is_covered_by_a_personal_data_source()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var covered = scope.ServiceProvider.GetServices<IPersonalDataSource>().SelectMany(s => s.Covers).ToHashSet();
        var referring = ReferringTypes(db);
        Assert.True(referring.Count >= 10, "the model search found too little: " + string.Join(", ", referring.Select(t => t.Name)));
        var missing = referring.Where(t => !covered.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "No personal data source exports: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Someone_who_did_everything_finds_it_all_in_the_export_and_leaves_no_name_or_address_behind()
    {
        var userId = await AddPersonWhoDidEverythingAsync();

        // Every referring entity has a row of this person, so the rest of the test proves something for each.
        var empty = Factory.WithDb(db => ReferringTypes(db).Where(t => !RowsOf(db, t).Any(row => Refers(db, t, row, userId))).Select(t => t.Name).ToList());
        Assert.True(empty.Count == 0, "Add a row for this person to the test: " + string.Join(", ", empty));

        await Client.LoginAsync(Email, PortalFactory.Password);
        var download = await Client.Http.GetAsync("/account/personal-data/download");
        using var export = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        foreach (var section in new[] { "account", "consultations", "registrations", "questionnaires", "cycles", "interviewRevisions", "auditLog", "notifications", "discussions" })
        {
            Assert.True(export.RootElement.TryGetProperty(section, out var value) && value.ValueKind != JsonValueKind.Null, $"no {section} in the export");
            Assert.Contains("20", value.GetRawText(), StringComparison.Ordinal); // some dated item of theirs
        }

        var deleted = await Client.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal("Account deleted", deleted.One("h1")!.TextContent);

        var leftovers = Factory.WithDb(db => db.Model.GetEntityTypes().SelectMany(t => LeftoversIn(db, t.ClrType, userId)).ToList());
        Assert.True(leftovers.Count == 0, "Left behind: " + string.Join("; ", leftovers));
        var proposal = Factory.WithDb(db => db.TopicProposals.Single(p => p.Title == "Language courses for adults"));
        Assert.Equal(ApplicationUser.FormerMember, proposal.ProposedByName);
    }

    // Rows of an entity type as objects (shared-type entities such as join tables included).
    private static List<object> RowsOf(ReSomaDbContext db, Type type)
    {
        var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;
        return ((IQueryable<object>)set).ToList();
    }

    private static bool Refers(ReSomaDbContext db, Type type, object row, string userId) =>
        ReferringColumns(db.Model.FindEntityType(type)!).Any(p => Equals(p.PropertyInfo?.GetValue(row), userId));

    private static IEnumerable<string> LeftoversIn(ReSomaDbContext db, Type type, string userId)
    {
        var entityType = db.Model.FindEntityType(type);
        if (entityType is null || entityType.IsPropertyBag)
        {
            yield break;
        }

        var texts = entityType.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null).ToList();
        foreach (var row in RowsOf(db, type))
        {
            foreach (var property in texts)
            {
                var value = property.PropertyInfo!.GetValue(row) as string ?? "";
                if (value.Contains(Name, StringComparison.OrdinalIgnoreCase) || value.Contains(Email, StringComparison.OrdinalIgnoreCase)
                    || value.Contains("Quillfeather", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{type.Name}.{property.Name} = {value[..Math.Min(60, value.Length)]}";
                }

                // The audit log keeps the bare account id (pseudonymous, never a name) on purpose.
                if (value == userId && type != typeof(AuditEntry))
                {
                    yield return $"{type.Name}.{property.Name} still names the account";
                }
            }
        }
    }

    private async Task<string> AddPersonWhoDidEverythingAsync()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Everything meeting"));
        var call = await Factory.AddConsultationAsync(new NewConsultation("Everything call") { Format = ConsultationFormat.WrittenContributionCall });
        var e = await Factory.AddEventAsync(new NewEvent("Everything webinar") { Seats = 10 });
        var interview = await Factory.NewInterview(2019, 6, "Everything interview").WithFreeText("What would you ask?").Published(new DateTimeOffset(2019, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var cycle = await Factory.AddCycleAsync(2026, current: false, topics: ("Everything topic", Area.Integration));
        var other = (await Factory.AddStakeholdersAsync(1, prefix: "author"))[0];
        string userId = "";
        await Factory.WithDbAsync(async db =>
        {
            var users = Factory.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var person = new ApplicationUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = Name, RegisteredAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(person, PortalFactory.Password)).Succeeded);
            await users.AddToRolesAsync(person, [Roles.Researcher, Roles.Editor]);
            await users.AddClaimAsync(person, new System.Security.Claims.Claim("interest", "detention"));
            await users.AddLoginAsync(person, new UserLoginInfo("Example", "zq-1", "Example login"));
            await users.SetAuthenticationTokenAsync(person, "Example", "refresh", "token-value");
            userId = person.Id;

            var now = DateTimeOffset.UtcNow;
            db.SeatRegistrations.Add(new SeatRegistration { SeatPoolId = consultation.SeatPoolId!.Value, UserId = userId, Status = SeatStatus.Confirmed, Sequence = 1, RegisteredAt = now, ConfirmedAt = now });
            db.SeatRegistrations.Add(new SeatRegistration { SeatPoolId = e.SeatPoolId!.Value, UserId = userId, Status = SeatStatus.Confirmed, Sequence = 1, RegisteredAt = now, ConfirmedAt = now });
            db.Contributions.Add(new Contribution { ConsultationId = call.Id, AuthorUserId = userId, Title = "My evidence", Body = $"Written by {Name}.", SubmittedAt = now, UpdatedAt = now });
            var otherId = await db.Users.Where(u => u.Email == other).Select(u => u.Id).SingleAsync();
            db.Contributions.Add(new Contribution
            {
                ConsultationId = call.Id, AuthorUserId = otherId, Title = "Their evidence", Body = "Someone else's text, long enough.", SubmittedAt = now, UpdatedAt = now,
                Status = ContributionStatus.Accepted, ModeratedAt = now, ModeratedByUserId = userId, ModeratedByName = Name,
            });
            db.QuestionnaireResponses.Add(new QuestionnaireResponse
            {
                InterviewId = interview.Id, UserId = userId, SubmittedAt = now,
                Answers = [new QuestionnaireAnswer { QuestionId = interview.Questions[0].Id, Text = "Where do rescued people land?" }],
            });
            db.TopicProposals.Add(new TopicProposal { Area = Area.Integration, Title = "Language courses for adults", Rationale = "Cities ask for it.", ProposedByUserId = userId, ProposedByName = Name, CreatedAt = now });
            db.CyclePhaseChanges.Add(new CyclePhaseChange { CycleId = cycle.Id, Phase = CyclePhase.Consultations, StartsOn = new DateOnly(2026, 5, 1), RecordedAt = now, RecordedByUserId = userId, RecordedByName = Name });
            db.InterviewRevisions.Add(new InterviewRevision { InterviewId = interview.Id, Number = 99, EditorId = userId, EditorName = Name, CreatedAt = now, Action = "Edited", Snapshot = "text" });
            db.AuditEntries.Add(new AuditEntry { At = now, ActorUserId = userId, Action = AuditAction.Published, SubjectKind = "brief", SubjectTitle = "A brief" });
            db.Follows.Add(new Follow { UserId = userId, Kind = FollowKind.Events, Key = Follow.AllEvents, CreatedAt = now });
            var news = new NewsItem { Kind = NewsKind.EventAnnounced, SourceKey = "event:test", Title = "An event", Path = "/events/an-event", CreatedAt = now };
            db.Notifications.Add(new Notification { UserId = userId, NewsItem = news, Reason = "you follow ReSOMA events", CreatedAt = now, MailedAt = now });
            db.NotificationSettings.Add(new NotificationSettings { UserId = userId, FeedToken = "feed-of-the-test-person", Newsletter = true });
            db.DigestClaims.Add(new DigestClaim { UserId = userId, Period = "weekly:2026-12-07", ClaimedAt = now, Items = 1 });
            var issue = new NewsletterIssue { Subject = "News from ReSOMA", Body = "Hello.", CreatedAt = now, UpdatedAt = now, SentAt = now, Recipients = 1 };
            db.NewsletterIssues.Add(issue);
            db.Comments.Add(new Comment { Target = CommentTarget.Topic, TargetId = 1, AuthorId = userId, Body = "My comment", CreatedAt = now });
            db.Comments.Add(new Comment
            {
                Target = CommentTarget.Topic, TargetId = 1, AuthorId = otherId, Body = "Their comment", CreatedAt = now,
                State = CommentState.Hidden, HiddenReason = "off topic", HiddenAt = now, HiddenById = userId,
                Reports = [new CommentReport { ReporterId = userId, Reason = ReportReason.OffTopic, CreatedAt = now }],
            });
            db.ClosedDiscussions.Add(new ClosedDiscussion { Target = CommentTarget.Topic, TargetId = 1, ClosedAt = now, ClosedById = userId });
            var profile = new PublicProfile
            {
                UserId = userId, Slug = "everything-person", IsPublic = true, Bio = "I study what cities do.", UpdatedAt = now,
                Areas = [new ProfileArea { UserId = userId, Area = Area.Integration }],
                Topics = [new ProfileTopic { UserId = userId, TopicId = db.Topics.Where(t => t.CycleId == cycle.Id).Select(t => t.Id).First() }],
            };
            profile.RefreshSearchDocument();
            db.PublicProfiles.Add(profile);
            await db.SaveChangesAsync();
            db.NewsletterDeliveries.Add(new NewsletterDelivery { IssueId = issue.Id, UserId = userId, QueuedAt = now });
            db.ProfileMessages.Add(new ProfileMessage { SenderId = userId, RecipientId = otherId, Subject = "From " + Name, Body = "Hello.", SentAt = now });
            db.ProfileMessages.Add(new ProfileMessage { SenderId = otherId, RecipientId = userId, Subject = "Reply", Body = "Hello back.", SentAt = now });
            db.Blocks.Add(new Block { BlockerId = userId, BlockedId = otherId, CreatedAt = now });
            db.Blocks.Add(new Block { BlockerId = otherId, BlockedId = userId, CreatedAt = now });
            await db.SaveChangesAsync();
        });
        return userId;
    }
}
