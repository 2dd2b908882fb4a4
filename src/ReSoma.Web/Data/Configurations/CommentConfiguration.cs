using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.Target).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Body).HasMaxLength(Comment.BodyLength);
        builder.Property(c => c.HiddenReason).HasMaxLength(Comment.ReasonLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // One discussion in posting order.
        builder.HasIndex(c => new { c.Target, c.TargetId, c.CreatedAt });
        // A person's comments: their profile, the rate limit, personal data.
        builder.HasIndex(c => new { c.AuthorId, c.CreatedAt });
        // The editors' queue.
        builder.HasIndex(c => c.State);
        builder.HasOne(c => c.Parent).WithMany(c => c.Replies).HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        // A deleted person's comments stay, without their name.
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        // SQL Server allows one cascading path from a table to another: the others are cleared by the deletion code.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.HiddenById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.Ignore(c => c.IsShown);
        builder.Ignore(c => c.ThreadId);
    }
}

public sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> builder)
    {
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(CommentReport.NoteLength);
        builder.HasOne(r => r.Comment).WithMany(c => c.Reports).HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.ClientSetNull); // cleared by the deletion code (one cascade path on SQL Server)
        // One report per person and comment, so three reports are three people.
        builder.HasIndex(r => new { r.CommentId, r.ReporterId }).IsUnique();
        builder.HasIndex(r => r.Outcome);
    }
}

public sealed class ClosedDiscussionConfiguration : IEntityTypeConfiguration<ClosedDiscussion>
{
    public void Configure(EntityTypeBuilder<ClosedDiscussion> builder)
    {
        builder.HasKey(d => new { d.Target, d.TargetId });
        builder.Property(d => d.Target).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.ClosedById).OnDelete(DeleteBehavior.SetNull);
    }
}
