namespace ReSoma.Web.Infrastructure.Publishing;

/// <summary>
/// The last pass of the publishing schedule, whichever instance made it: one row, overwritten at the end of every pass,
/// so the admin dashboard can tell a schedule that runs from one that stopped. A log line would say the same, but only
/// on the instance that wrote it; the database is the one place every instance shares.
/// </summary>
public sealed class PublishingRun
{
    /// <summary>The row's one key: there is one schedule.</summary>
    public const string Schedule = "publishing";

    public string Name { get; set; } = Schedule;

    /// <summary>Null until the first pass: the row itself is created by the migration, so that no instance inserts it
    /// while the portal runs (and the number of rows in every table stays what a backup had).</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The machine that made the pass, to tell instances apart when one of them lags.</summary>
    public string Instance { get; set; } = "";

    /// <summary>The kinds whose publisher failed in that pass, separated by commas; empty when all succeeded.</summary>
    public string FailedKinds { get; set; } = "";
}
