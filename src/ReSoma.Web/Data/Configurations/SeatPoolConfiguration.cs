using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class SeatPoolConfiguration : IEntityTypeConfiguration<SeatPool>
{
    public void Configure(EntityTypeBuilder<SeatPool> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_SeatPools_Capacity", "Capacity >= 0"));
        builder.Property(p => p.ReminderHours).HasMaxLength(100).HasDefaultValue(SeatPool.DefaultReminderHours);
        builder.Ignore(p => p.ReminderLeads);
        builder.HasMany(p => p.Questions).WithOne().HasForeignKey(q => q.SeatPoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
