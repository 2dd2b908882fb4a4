using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Data;

/// <summary>The app-managed version column: a save based on a stale copy fails instead of overwriting.</summary>
public sealed class ConcurrencyTokenTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Second_save_of_the_same_version_is_refused_and_the_first_edit_survives()
    {
        await Factory.AddCycleAsync(2019, topics: ("Detention", Area.Migration));
        using var first = Factory.Services.CreateScopedDb(out var db1);
        using var second = Factory.Services.CreateScopedDb(out var db2);
        var editorA = await db1.Topics.SingleAsync();
        var editorB = await db2.Topics.SingleAsync();

        editorA.Title = "Detention, first edit";
        await db1.SaveChangesAsync();
        editorB.Title = "Detention, second edit";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        var stored = await Factory.WithDbAsync(db => db.Topics.AsNoTracking().SingleAsync());
        Assert.Equal("Detention, first edit", stored.Title);
        Assert.Equal(1, stored.Version);
    }
}
