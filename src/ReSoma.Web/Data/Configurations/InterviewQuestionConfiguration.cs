using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class InterviewQuestionConfiguration : IEntityTypeConfiguration<InterviewQuestion>
{
    public void Configure(EntityTypeBuilder<InterviewQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(FieldLengths.ShortText);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(q => q.HasOptions);
        builder.HasIndex(q => new { q.InterviewId, q.Position });
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
