using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class InterviewOptionConfiguration : IEntityTypeConfiguration<InterviewOption>
{
    public void Configure(EntityTypeBuilder<InterviewOption> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(FieldLengths.Title);
        builder.HasIndex(o => new { o.QuestionId, o.Position });
    }
}
