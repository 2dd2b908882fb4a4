using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Users;

public sealed record UserRow(string Id, string Email, string DisplayName, string? Organisation, bool EmailConfirmed, bool LockedOut, IReadOnlyList<string> Roles);

public sealed record UserListPage(IReadOnlyList<UserRow> Users, string? Query, string? Role, int Page, int PageCount, int Total);

public sealed class UserListQuery(ReSomaDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<UserListPage> RunAsync(string? q, string? role, int page, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            users = users.Where(u => u.Email!.Contains(term) || u.DisplayName.Contains(term));
        }

        var roleFilter = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (roleFilter is not null)
        {
            var roleId = db.Roles.Where(r => r.Name == roleFilter).Select(r => r.Id);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        }

        var total = await users.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var now = clock.GetUtcNow();
        var rows = await users.OrderBy(u => u.Email)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                Organisation = u.Organisation == null ? null : u.Organisation.Name,
                u.EmailConfirmed,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new UserListPage(
            rows.Select(r => new UserRow(r.Id, r.Email ?? "", r.DisplayName, r.Organisation, r.EmailConfirmed, r.LockoutEnd > now, r.Roles)).ToList(),
            q, roleFilter, page, pageCount, total);
    }
}
