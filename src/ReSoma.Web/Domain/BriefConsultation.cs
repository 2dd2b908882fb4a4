namespace ReSoma.Web.Domain;

/// <summary>A consultation a brief drew on; shown on both pages.</summary>
public class BriefConsultation
{
    public int BriefId { get; set; }
    public int ConsultationId { get; set; }
}
