using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class RegistrationReminderConfiguration : IEntityTypeConfiguration<RegistrationReminder>
{
    public void Configure(EntityTypeBuilder<RegistrationReminder> builder)
    {
        builder.HasOne<SeatRegistration>().WithMany().HasForeignKey(r => r.SeatRegistrationId).OnDelete(DeleteBehavior.Cascade);
        // The claim: a reminder is sent by whoever inserts this row first.
        builder.HasIndex(r => new { r.SeatRegistrationId, r.LeadHours }).IsUnique();
    }
}
