namespace ReSoma.Web.Data.Backups;

/// <summary>
/// A file in the data folder that a running portal keeps open without sharing, so that a restore can tell the portal is
/// running and refuse. The operating system lets go of it however the portal ends, a crash or a kill included, so
/// a stopped portal never leaves a stale mark behind.
/// </summary>
public sealed class RunningPortal : IDisposable
{
    public const string FileName = "portal.running";

    private readonly FileStream _mark;

    private RunningPortal(FileStream mark) => _mark = mark;

    /// <summary>Marks the data folder as in use. Null when another portal on the same folder holds the mark already:
    /// the folder is marked either way, and SQLite lets both processes share the file.</summary>
    public static RunningPortal? Mark(string dataFolder)
    {
        try
        {
            return new RunningPortal(new FileStream(Path.Combine(dataFolder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether a portal is running on <paramref name="dataFolder"/> just now.</summary>
    public static bool IsRunning(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose() => _mark.Dispose();
}
