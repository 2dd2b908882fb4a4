using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class SeatRegistrationConfiguration : IEntityTypeConfiguration<SeatRegistration>
{
    public void Configure(EntityTypeBuilder<SeatRegistration> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SeatPool>().WithMany().HasForeignKey(r => r.SeatPoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        // One registration per person per pool, whatever its status: the database refuses a second one.
        builder.HasIndex(r => new { r.SeatPoolId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.SeatPoolId, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.SeatPoolId, r.Status, r.Sequence });
    }
}
