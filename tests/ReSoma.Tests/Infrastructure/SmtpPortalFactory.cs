namespace ReSoma.Tests.Infrastructure;

/// <summary>The portal sending its mail over SMTP to a real server on loopback (<see cref="SmtpTestServer"/>).</summary>
public sealed class SmtpPortalFactory : PortalFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:FromAddress"] = "portal@resoma.test",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}
