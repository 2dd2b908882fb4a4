using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(s => s.Speakers).HasMaxLength(FieldLengths.ShortText);
        builder.Property(s => s.Themes).HasMaxLength(FieldLengths.ShortText);
        builder.Ignore(s => s.SpeakerList);
        builder.Ignore(s => s.ThemeList);
        builder.HasIndex(s => new { s.EventId, s.StartsAt });
    }
}
