using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Data.Configurations;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(FileKeys.MaxLength);
        builder.HasIndex(f => f.Key).IsUnique();
        builder.Property(f => f.ContentType).HasMaxLength(100);
    }
}
