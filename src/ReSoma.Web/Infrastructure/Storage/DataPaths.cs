namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>
/// The app's data folder (<c>Storage:DataPath</c>, default <c>App_Data</c> under the content root): the SQLite file,
/// uploads and the mail pickup folder. Nothing in it is served as a static file.
/// </summary>
public sealed class DataPaths
{
    public DataPaths(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Storage:DataPath"];
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, environment.ContentRootPath);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
