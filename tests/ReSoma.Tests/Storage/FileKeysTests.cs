using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Tests.Storage;

public sealed class FileKeysTests
{
    [Theory]
    [InlineData("brief-pdfs/3f2c9a.pdf")]
    [InlineData("interview-photos/expert.jpg")]
    [InlineData("a/b/c_d-e.f")]
    public void A_key_of_plain_segments_is_taken(string key) => Assert.Equal(key, FileKeys.Checked(key));

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../resoma.db")]
    [InlineData("brief-pdfs/../../etc/passwd")]
    [InlineData("brief-pdfs/./x.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("brief-pdfs\\..\\x.pdf")]
    [InlineData("brief-pdfs//x.pdf")]
    [InlineData("brief-pdfs/")]
    [InlineData("brief-pdfs/.hidden")]
    [InlineData("brief-pdfs/x.pdf\n")]
    [InlineData("brief-pdfs/x y.pdf")]
    [InlineData("brief-pdfs/x%2e.pdf")]
    [InlineData("brief-pdfs/ü.pdf")]
    public void A_key_that_could_leave_the_store_or_is_odd_is_refused(string key) =>
        Assert.Throws<ArgumentException>(() => FileKeys.Checked(key));

    [Fact]
    public void A_key_longer_than_the_column_is_refused() =>
        Assert.Throws<ArgumentException>(() => FileKeys.Checked("a/" + new string('b', FileKeys.MaxLength)));

    [Fact]
    public void A_stored_name_must_be_one_segment() =>
        Assert.Throws<ArgumentException>(() => FileKeys.Of("news-images", "../resoma.db"));
}
