using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class QuestionnaireAnswerConfiguration : IEntityTypeConfiguration<QuestionnaireAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionnaireAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(a => new { a.QuestionId, a.OptionId });

        // Questions and options cascade from the interview through the response, so these links must not cascade
        // a second way (SQL Server refuses multiple cascade paths).
        builder.HasOne<InterviewQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<InterviewOption>().WithMany().HasForeignKey(a => a.OptionId).OnDelete(DeleteBehavior.NoAction);
    }
}
