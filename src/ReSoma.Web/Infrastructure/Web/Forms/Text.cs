namespace ReSoma.Web.Infrastructure.Web.Forms;

/// <summary>The interface text of the form helpers in this folder: Text.resx (English) and Text.fr.resx.</summary>
public sealed class Text;
