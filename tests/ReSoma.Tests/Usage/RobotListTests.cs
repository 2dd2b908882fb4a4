using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Tests.Usage;

/// <summary>The shipped robots list: real patterns, compiled into one case-insensitive expression.</summary>
public sealed class RobotListTests
{
    private static readonly RobotList Robots = RobotList.Shipped();

    [Fact]
    public void The_shipped_list_is_the_maintained_one()
    {
        Assert.True(Robots.Patterns.Count > 1000, $"{Robots.Patterns.Count} patterns");
        Assert.Contains("Googlebot\\/", Robots.Patterns);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("mozilla/5.0 (compatible; googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    [InlineData("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)")]
    [InlineData("python-requests/2.31.0")]
    [InlineData("curl/8.5.0")]
    [InlineData("")]
    public void Robots_are_known(string userAgent) => Assert.True(Robots.IsRobot(userAgent), userAgent);

    [Theory]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")]
    public void Browsers_are_not_robots(string userAgent) => Assert.False(Robots.IsRobot(userAgent), userAgent);
}
