using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Site;

/// <summary>An unhandled exception answers 500 with the portal's error page, not a stack trace.</summary>
public sealed class ErrorPageTests(ErrorPageTests.ThrowingPortalFactory factory) : PortalTest<ErrorPageTests.ThrowingPortalFactory>(factory)
{
    public sealed class ThrowingPortalFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowOnPurpose>());
        }
    }

    // Runs after the portal's own pipeline, so only a request no endpoint answered reaches it.
    private sealed class ThrowOnPurpose : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path == "/test-only/throw" ? throw new InvalidOperationException("boom") : following(context));
        };
    }

    [Fact]
    public async Task An_unhandled_error_shows_the_500_page()
    {
        var page = await Client.GetAsync("/test-only/throw");
        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Something went wrong on our side", page.One("h1")!.TextContent);
        Assert.DoesNotContain("boom", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_the_framework_cannot_read_gets_the_400_page()
    {
        // ASP.NET Core refuses a NUL in a form value before any action runs; the page must still be the portal's.
        var page = await Client.PostAsync("/account/forgot-password",
            [new("__RequestVerificationToken", await Client.TokenAsync()), new("Email", "a\0b@example.org")]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("That request could not be understood", page.One("h1")!.TextContent);
    }
}
