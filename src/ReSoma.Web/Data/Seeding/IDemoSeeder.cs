namespace ReSoma.Web.Data.Seeding;

/// <summary>A feature's demo content; each feature registers its own, run in registration order.</summary>
public interface IDemoSeeder
{
    Task SeedAsync();
}
