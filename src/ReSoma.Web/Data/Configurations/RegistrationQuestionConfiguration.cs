using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class RegistrationQuestionConfiguration : IEntityTypeConfiguration<RegistrationQuestion>
{
    public void Configure(EntityTypeBuilder<RegistrationQuestion> builder)
    {
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Prompt).HasMaxLength(RegistrationQuestion.MaxPrompt);
        builder.Property(q => q.Choices).HasMaxLength(FieldLengths.ShortText);
        builder.Ignore(q => q.ChoiceList);
        builder.HasIndex(q => new { q.SeatPoolId, q.Position });
    }
}
