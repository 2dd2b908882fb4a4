namespace ReSoma.BrowserTests.Infrastructure;

/// <summary>Every browser test shares one portal and one Chromium: starting them is most of the suite's time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
