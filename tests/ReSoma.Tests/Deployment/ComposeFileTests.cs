using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Tests.Deployment;

/// <summary>
/// No Docker engine runs on the development machine, so docker-compose.yml and nginx.conf are kept honest by reading
/// them: health checks, the order of start (migrate before the portals), the settings of the portals, secrets only
/// from .env, and nginx's forwarded headers, upload limit and compression.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string[] Portals = ["portal-a", "portal-b"];

    private readonly ComposeFile _compose = ComposeFile.Load();

    [Fact]
    public void Every_service_that_keeps_running_has_a_health_check_and_the_one_shot_migrate_is_waited_for_by_its_exit()
    {
        Assert.Equal(new[] { "migrate", "nginx", "portal-a", "portal-b", "redis", "sqlserver" }, _compose.Services.Keys.Order());
        foreach (var (name, service) in _compose.Services)
        {
            if (ComposeFile.Value(service, "restart") == "no")
            {
                // A job that exits has no health to check: every service that needs it waits for its success instead.
                var dependants = _compose.Services.Keys.Where(s => _compose.DependsOn(s).ContainsKey(name)).ToList();
                Assert.NotEmpty(dependants);
                Assert.All(dependants, s => Assert.Equal("service_completed_successfully", _compose.DependsOn(s)[name]));
                continue;
            }

            Assert.False(string.IsNullOrWhiteSpace(ComposeFile.Value(service, "healthcheck", "test")), $"{name} has no health check");
            Assert.Equal("unless-stopped", ComposeFile.Value(service, "restart"));
        }
    }

    [Fact]
    public void The_migrate_service_runs_the_migrate_verb_once_after_SQL_Server_is_healthy()
    {
        var migrate = _compose.Services["migrate"];
        Assert.Equal("migrate", ComposeFile.Value(migrate, "command"));
        Assert.Equal("no", ComposeFile.Value(migrate, "restart"));
        Assert.Equal(ComposeFile.Value(_compose.Services["portal-a"], "image"), ComposeFile.Value(migrate, "image"));
        Assert.Equal("service_healthy", _compose.DependsOn("migrate")["sqlserver"]);
        Assert.Equal("SqlServer", _compose.Environment("migrate")["Database__Provider"]);
        Assert.Contains("Seed__AdminEmail", _compose.Environment("migrate").Keys);
    }

    [Fact]
    public void Both_portals_wait_for_migrate_and_redis_and_neither_migrates_itself()
    {
        var nginxAddress = ComposeFile.Value(_compose.Services["nginx"], "networks", "default", "ipv4_address");
        foreach (var portal in Portals)
        {
            Assert.Equal("service_completed_successfully", _compose.DependsOn(portal)["migrate"]);
            Assert.Equal("service_healthy", _compose.DependsOn(portal)["redis"]);
            var environment = _compose.Environment(portal);
            Assert.Equal("SqlServer", environment["Database__Provider"]);
            Assert.Equal("false", environment["Database__MigrateAtStart"]);
            Assert.StartsWith("redis:6379", environment["Redis__Configuration"], StringComparison.Ordinal);
            Assert.Equal("Database", environment["Storage__Files"]);
            Assert.Equal(nginxAddress, environment["ForwardedHeaders__KnownProxies__0"]);
            Assert.Contains("probe http://localhost:8080/health/live", ComposeFile.Value(_compose.Services[portal], "healthcheck", "test"), StringComparison.Ordinal);
        }

        Assert.Equal(_compose.Services["portal-a"], _compose.Services["portal-b"]); // one definition, two instances
        Assert.All(Portals, p => Assert.Equal("service_healthy", _compose.DependsOn("nginx")[p]));
    }

    [Fact]
    public void Redis_keeps_its_data_on_a_volume_and_answers_ping()
    {
        var redis = _compose.Services["redis"];
        Assert.StartsWith("redis:7-alpine", ComposeFile.Value(redis, "image"), StringComparison.Ordinal);
        Assert.Contains("--appendonly yes", ComposeFile.Value(redis, "command"), StringComparison.Ordinal);
        Assert.Contains("redis-cli ping", ComposeFile.Value(redis, "healthcheck", "test"), StringComparison.Ordinal);
        Assert.Contains("redis-data:/data", ComposeFile.Value(redis, "volumes"), StringComparison.Ordinal);
        Assert.Contains("sqlserver-data:/var/opt/mssql", ComposeFile.Value(_compose.Services["sqlserver"], "volumes"), StringComparison.Ordinal);
        Assert.Contains("portal-data:/data", ComposeFile.Value(_compose.Services["portal-a"], "volumes"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_secret_is_written_in_the_file_each_one_comes_from_env()
    {
        foreach (var service in _compose.Services.Keys)
        {
            foreach (var (name, value) in _compose.Environment(service))
            {
                if (SecretName().IsMatch(name))
                {
                    Assert.Matches(SecretReference(), value);
                }

                foreach (Match password in PasswordInValue().Matches(value))
                {
                    Assert.Matches(RequiredReference(), password.Groups[1].Value);
                }
            }
        }
    }

    [Fact]
    public void Env_is_never_committed_and_the_example_lists_every_variable_the_file_uses()
    {
        Assert.Contains(".env", Lines(".gitignore"));
        Assert.Contains(".env", Lines(".dockerignore"));
        Assert.DoesNotContain(Lines(".gitignore"), l => l.StartsWith(".env", StringComparison.Ordinal) && l != ".env");

        var example = Lines(".env.example").Where(l => !l.StartsWith('#') && l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var used = Variable().Matches(_compose.Text).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("MSSQL_SA_PASSWORD", used);
        Assert.Empty(used.Except(example.Keys));
        Assert.Empty(example.Keys.Except(used));
        foreach (var required in Variable().Matches(_compose.Text).Where(m => m.Groups[2].Value == ":?").Select(m => m.Groups[1].Value))
        {
            Assert.False(string.IsNullOrWhiteSpace(example[required]), $"{required} is required but .env.example gives it no placeholder");
        }
    }

    [Fact]
    public void Nginx_forwards_the_client_to_both_portals_takes_their_largest_upload_and_compresses_text()
    {
        var conf = ComposeFile.Read("docker/nginx/nginx.conf");
        Assert.Contains("./docker/nginx/nginx.conf:/etc/nginx/nginx.conf:ro", ComposeFile.Value(_compose.Services["nginx"], "volumes"), StringComparison.Ordinal);
        Assert.Contains("8080:80", ComposeFile.Value(_compose.Services["nginx"], "ports"), StringComparison.Ordinal);
        foreach (var header in new[] { "X-Forwarded-For $proxy_add_x_forwarded_for", "X-Forwarded-Proto $scheme", "X-Forwarded-Host $host", "Host $host" })
        {
            Assert.Contains($"proxy_set_header {header};", conf, StringComparison.Ordinal);
        }

        Assert.All(Portals, p => Assert.Contains($"server {p}:8080", conf, StringComparison.Ordinal));
        Assert.Contains("location = /nginx-health", conf, StringComparison.Ordinal);
        Assert.Contains("/nginx-health", ComposeFile.Value(_compose.Services["nginx"], "healthcheck", "test"), StringComparison.Ordinal);
        Assert.Matches(@"proxy_read_timeout \d+s;", conf);

        var body = BodySize().Match(conf);
        Assert.True(body.Success, "nginx.conf sets no client_max_body_size");
        var bytes = long.Parse(body.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * (body.Groups[2].Value.ToUpperInvariant() switch { "K" => 1024L, "M" => 1024L * 1024, "G" => 1024L * 1024 * 1024, _ => 1L });
        Assert.True(bytes >= LargestRequestThePortalTakes(), $"client_max_body_size is {bytes:N0} bytes; the portal takes requests of up to {LargestRequestThePortalTakes():N0}");

        Assert.Contains("gzip on;", conf, StringComparison.Ordinal);
        var types = GzipTypes().Match(conf).Groups[1].Value.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Empty(new[] { "text/css", "application/javascript", "application/json", "application/xml", "application/atom+xml", "image/svg+xml" }.Except(types));
    }

    // The largest [RequestSizeLimit] on any action (an upload form), or Kestrel's default for the rest.
    private static long LargestRequestThePortalTakes() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetCustomAttributes<RequestSizeLimitAttribute>())
            .Select(a => ((IRequestSizeLimitMetadata)a).MaxRequestBodySize ?? long.MaxValue)
            .Append(30_000_000)
            .Max();

    private static string[] Lines(string file) => ComposeFile.Read(file).Split('\n').Select(l => l.Trim()).ToArray();

    [GeneratedRegex("(?i)password|secret|auth")]
    private static partial Regex SecretName();

    // A required variable, or an optional one whose default is empty: never a literal.
    [GeneratedRegex(@"^\$\{[A-Z0-9_]+(:\?[^}]+|:-)\}$")]
    private static partial Regex SecretReference();

    [GeneratedRegex(@"^\$\{[A-Z0-9_]+:\?[^}]+\}$")]
    private static partial Regex RequiredReference();

    [GeneratedRegex(@"(?i)password=(\$\{[^}]*\}|[^;,""]*)")]
    private static partial Regex PasswordInValue();

    // ${VAR}, ${VAR:?message}, ${VAR:-default}; $${...} is compose's escape for the container's own shell.
    [GeneratedRegex(@"(?<!\$)\$\{([A-Z0-9_]+)(:\?|:-|\})")]
    private static partial Regex Variable();

    [GeneratedRegex(@"client_max_body_size\s+(\d+)([kKmMgG]?);")]
    private static partial Regex BodySize();

    [GeneratedRegex(@"gzip_types\s+([^;]+);")]
    private static partial Regex GzipTypes();
}
