namespace ReSoma.Web.Data.Backups;

/// <summary>A backup in the data folder's <c>backups</c> folder: its file name, size and when it was made (UTC).</summary>
public sealed record BackupFile(string Name, long Bytes, DateTimeOffset MadeAt, string FullPath);
