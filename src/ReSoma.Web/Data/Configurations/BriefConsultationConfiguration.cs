using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class BriefConsultationConfiguration : IEntityTypeConfiguration<BriefConsultation>
{
    public void Configure(EntityTypeBuilder<BriefConsultation> builder)
    {
        builder.HasKey(l => new { l.BriefId, l.ConsultationId });
        builder.HasOne<Brief>().WithMany(b => b.Consultations).HasForeignKey(l => l.BriefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(l => l.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}
