using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class PublicProfileConfiguration : IEntityTypeConfiguration<PublicProfile>
{
    public void Configure(EntityTypeBuilder<PublicProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.HasOne(p => p.User).WithOne().HasForeignKey<PublicProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(p => p.Slug).IsUnique();
        // The directory lists public profiles only.
        builder.HasIndex(p => p.IsPublic);
        builder.Property(p => p.Bio).HasMaxLength(PublicProfile.BioLength);
        builder.Property(p => p.Website).HasMaxLength(FieldLengths.Url);
        builder.Property(p => p.Orcid).HasMaxLength(FieldLengths.Orcid);
        builder.Ignore(p => p.PublicPath);
        builder.HasMany(p => p.Areas).WithOne().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Topics).WithOne().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Search).WithOne().HasForeignKey<SearchDocument>(d => d.ProfileUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProfileAreaConfiguration : IEntityTypeConfiguration<ProfileArea>
{
    public void Configure(EntityTypeBuilder<ProfileArea> builder)
    {
        builder.HasKey(a => new { a.UserId, a.Area });
        builder.Property(a => a.Area).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.Area);
    }
}

public sealed class ProfileTopicConfiguration : IEntityTypeConfiguration<ProfileTopic>
{
    public void Configure(EntityTypeBuilder<ProfileTopic> builder)
    {
        builder.HasKey(t => new { t.UserId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
