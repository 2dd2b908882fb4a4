using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class SeatRegistrationConfiguration : IEntityTypeConfiguration<SeatRegistration>
{
    public const int CodeLength = 12;

    public void Configure(EntityTypeBuilder<SeatRegistration> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SeatPool>().WithMany().HasForeignKey(r => r.SeatPoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        // One registration per person per pool, whatever its status: the database refuses a second one.
        builder.HasIndex(r => new { r.SeatPoolId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.SeatPoolId, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.SeatPoolId, r.Status, r.Sequence });
        builder.Property(r => r.Code).HasMaxLength(CodeLength);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.AccessNeeds).HasMaxLength(200);
        builder.Property(r => r.AccessNote).HasMaxLength(FieldLengths.ShortText);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.SeatRegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
