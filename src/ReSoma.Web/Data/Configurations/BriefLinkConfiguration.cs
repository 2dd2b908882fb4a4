using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class BriefLinkConfiguration : IEntityTypeConfiguration<BriefLink>
{
    public void Configure(EntityTypeBuilder<BriefLink> builder)
    {
        builder.HasOne<Brief>().WithMany().HasForeignKey(l => l.BriefId).OnDelete(DeleteBehavior.Cascade);

        // A link goes with what it points at. SQL Server refuses two cascade paths into one table, so the links into
        // briefs (a brief following up another) are removed by the brief's own delete instead (no cascade here).
        builder.HasOne<Contribution>().WithMany().HasForeignKey(l => l.ContributionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Brief>().WithMany().HasForeignKey(l => l.EarlierBriefId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Interview>().WithMany().HasForeignKey(l => l.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Event>().WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);

        // The same link twice is one link.
        builder.HasIndex(l => new { l.BriefId, l.Kind, l.ContributionId, l.EarlierBriefId, l.InterviewId, l.EventId }).IsUnique();
        builder.HasIndex(l => l.ContributionId);
        builder.HasIndex(l => l.EarlierBriefId);
        builder.HasIndex(l => l.InterviewId);
        builder.HasIndex(l => l.EventId);
    }
}
