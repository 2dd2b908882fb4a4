using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class RegistrationAnswerConfiguration : IEntityTypeConfiguration<RegistrationAnswer>
{
    public void Configure(EntityTypeBuilder<RegistrationAnswer> builder)
    {
        builder.Property(a => a.Value).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(a => new { a.SeatRegistrationId, a.RegistrationQuestionId }).IsUnique();
        // Answers also go with their registration (cascade from there); a second cascade path from the question would be
        // refused by SQL Server, so removing a question removes its answers in code first (RegistrationSettings).
        builder.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.RegistrationQuestionId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
