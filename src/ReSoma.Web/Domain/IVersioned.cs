namespace ReSoma.Web.Domain;

/// <summary>
/// An entity edited by several people. The version is bumped by the DbContext on every update and checked
/// as a concurrency token, so a stale save fails instead of silently overwriting (SQLite has no rowversion).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
