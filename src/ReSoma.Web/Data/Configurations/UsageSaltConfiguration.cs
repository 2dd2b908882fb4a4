using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class UsageSaltConfiguration : IEntityTypeConfiguration<UsageSalt>
{
    public void Configure(EntityTypeBuilder<UsageSalt> builder)
    {
        builder.HasKey(s => s.Day);
        builder.Property(s => s.Salt).HasMaxLength(32);
    }
}
