using ReSoma.Web.Domain;

namespace ReSoma.Tests.Comments;

/// <summary>
/// The rules every discussion shares, checked without HTTP: who may take part, one level of replies, the author's
/// fifteen minutes, one report per person and the three-report hold, and the editors' two decisions.
/// </summary>
public sealed class CommentRulesTests
{
    private static readonly DateTimeOffset Posted = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static Comment NewComment(string authorId = "author") => new()
    {
        Id = 7,
        Target = CommentTarget.Topic,
        TargetId = 3,
        AuthorId = authorId,
        Body = "First thoughts",
        CreatedAt = Posted,
    };

    [Theory]
    [InlineData(true, Roles.Researcher, true)]
    [InlineData(true, Roles.Policymaker, true)]
    [InlineData(true, Roles.Practitioner, true)]
    [InlineData(true, Roles.Editor, true)]
    [InlineData(false, Roles.Researcher, false)]
    [InlineData(false, Roles.Editor, false)]
    [InlineData(true, Roles.Admin, false)]
    public void Confirmed_stakeholders_and_editors_may_comment(bool confirmed, string role, bool allowed) =>
        Assert.Equal(allowed, Comment.MayBePostedBy(confirmed, [role]));

    [Fact]
    public void Nobody_without_a_role_may_comment() => Assert.False(Comment.MayBePostedBy(true, []));

    [Fact]
    public void A_reply_to_a_reply_attaches_to_the_thread()
    {
        var thread = NewComment();
        var reply = Comment.ReplyTo(thread, "second", "Agreed", Posted.AddMinutes(1));
        reply.Id = 8;
        var replyToReply = Comment.ReplyTo(reply, "third", "Me too", Posted.AddMinutes(2));

        Assert.Equal(7, reply.ParentId);
        Assert.Equal(7, replyToReply.ParentId);
        Assert.Equal((CommentTarget.Topic, 3), (replyToReply.Target, replyToReply.TargetId));
        Assert.Equal(7, replyToReply.ThreadId);
    }

    [Fact]
    public void The_author_may_edit_within_fifteen_minutes_and_the_comment_is_marked_edited()
    {
        var comment = NewComment();

        Assert.Null(comment.Edit("author", "Second thoughts", Posted + Comment.EditWindow));

        Assert.Equal("Second thoughts", comment.Body);
        Assert.Equal(Posted + Comment.EditWindow, comment.EditedAt);
        Assert.Equal(1, comment.Version);
    }

    [Fact]
    public void Editing_is_refused_after_fifteen_minutes_and_to_anyone_else()
    {
        var comment = NewComment();

        Assert.NotNull(comment.Edit("author", "Too late", Posted + Comment.EditWindow + TimeSpan.FromSeconds(1)));
        Assert.NotNull(comment.Edit("someone-else", "Not mine", Posted.AddMinutes(1)));

        Assert.Equal("First thoughts", comment.Body);
        Assert.Null(comment.EditedAt);
    }

    [Fact]
    public void Nobody_reports_their_own_comment()
    {
        var comment = NewComment();

        Assert.NotNull(comment.Report("author", ReportReason.Spam, null, Posted));
        Assert.Empty(comment.Reports);
    }

    [Fact]
    public void Three_different_people_hold_a_comment_and_the_same_person_twice_counts_once()
    {
        var comment = NewComment();

        Assert.Null(comment.Report("a", ReportReason.OffTopic, " not here ", Posted));
        Assert.NotNull(comment.Report("a", ReportReason.Abusive, null, Posted));
        Assert.Null(comment.Report("b", ReportReason.Spam, null, Posted));
        Assert.Equal(CommentState.Visible, comment.State);
        Assert.Equal("not here", comment.Reports[0].Note);

        Assert.Null(comment.Report("c", ReportReason.Other, "", Posted));

        Assert.Equal(CommentState.HeldForReview, comment.State);
        Assert.False(comment.IsShown);
        Assert.True(comment.AwaitsEditors);
        Assert.Null(comment.Reports[2].Note);
    }

    [Fact]
    public void Hiding_gives_a_public_reason_and_resolves_the_reports()
    {
        var comment = NewComment();
        comment.Report("a", ReportReason.Abusive, null, Posted);

        comment.Hide("insults a participant", "editor", Posted.AddHours(1));

        Assert.Equal(CommentState.Hidden, comment.State);
        Assert.Equal("insults a participant", comment.HiddenReason);
        Assert.All(comment.Reports, r => Assert.Equal(ReportOutcome.Hidden, r.Outcome));
        Assert.False(comment.AwaitsEditors);
        Assert.NotNull(comment.Edit("author", "Sorry", Posted.AddMinutes(1)));
    }

    [Fact]
    public void Dismissing_restores_a_held_comment_and_resolves_the_reports()
    {
        var comment = NewComment();
        foreach (var reporter in new[] { "a", "b", "c" })
        {
            comment.Report(reporter, ReportReason.Spam, null, Posted);
        }

        var version = comment.Version;
        comment.Dismiss(Posted.AddHours(1));

        Assert.Equal(CommentState.Visible, comment.State);
        Assert.All(comment.Reports, r => Assert.Equal(ReportOutcome.Dismissed, r.Outcome));
        Assert.False(comment.AwaitsEditors);
        Assert.True(comment.Version > version);
    }
}
