namespace ReSoma.Web.Infrastructure.Storage;

public static class StorageSetup
{
    public const string FileSystem = "FileSystem";
    public const string Database = "Database";

    /// <summary>
    /// Registers <see cref="IFileStore"/> as <c>Storage:Files</c> says: <c>FileSystem</c> (the default, the data folder)
    /// or <c>Database</c> (for several instances without a shared disk). Any other value stops start-up, rather than
    /// leaving uploads somewhere nobody meant.
    /// </summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration["Storage:Files"];
        if (string.IsNullOrWhiteSpace(configured) || string.Equals(configured, FileSystem, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IFileStore, FileSystemFileStore>();
        }
        else if (string.Equals(configured, Database, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IFileStore, DatabaseFileStore>();
        }
        else
        {
            throw new InvalidOperationException($"Storage:Files '{configured}' is not known; use {FileSystem} or {Database}.");
        }

        return services;
    }
}
