using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Infrastructure.Security;

/// <summary>
/// The key ring that protects sign-in cookies, antiforgery tokens and every signed link lives in the database, so a
/// cookie made by one instance of the portal is read by any other (docs/decisions/0029-shared-state.md).
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "ReSoma";

    /// <summary>Where earlier versions kept the key ring, under the data folder.</summary>
    public const string LegacyKeyFolder = "keys";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<ReSomaDbContext>();
        return services;
    }

    /// <summary>
    /// Moves a key ring left in the data folder by an earlier version into the database, once (while the database holds
    /// no key), so that people stay signed in across the upgrade. The files stay where they were.
    /// </summary>
    public static async Task<int> ImportLegacyKeysAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(services.GetRequiredService<DataPaths>().Root, LegacyKeyFolder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        if (await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var files = Directory.GetFiles(folder, "key-*.xml");
        foreach (var file in files)
        {
            // The file repository names each key "key-{id}" and the database repository uses the same friendly name.
            var xml = XElement.Load(file);
            db.DataProtectionKeys.Add(new() { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = xml.ToString(SaveOptions.DisableFormatting) });
        }

        await db.SaveChangesAsync(cancellationToken);
        return files.Length;
    }
}
