using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class ProfileMessageConfiguration : IEntityTypeConfiguration<ProfileMessage>
{
    public void Configure(EntityTypeBuilder<ProfileMessage> builder)
    {
        builder.Property(m => m.Subject).HasMaxLength(ProfileMessage.SubjectLength);
        builder.Property(m => m.Body).HasMaxLength(ProfileMessage.BodyLength);
        // The sender's recent messages, for the rate limit and their personal data.
        builder.HasIndex(m => new { m.SenderId, m.SentAt });
        builder.HasIndex(m => m.RecipientId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.RecipientId).OnDelete(DeleteBehavior.ClientSetNull); // cleared by the deletion code (one cascade path on SQL Server)
    }
}

public sealed class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> builder)
    {
        builder.HasKey(b => new { b.BlockerId, b.BlockedId });
        builder.HasIndex(b => b.BlockedId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.BlockerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.BlockedId).OnDelete(DeleteBehavior.NoAction);
    }
}
