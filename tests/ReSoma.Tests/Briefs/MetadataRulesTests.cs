using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Briefs.Editor;

namespace ReSoma.Tests.Briefs;

/// <summary>The identifier rules the form relies on: ORCID's check digit, DOI's shape, and the author line format.</summary>
public sealed class MetadataRulesTests
{
    [Theory]
    [InlineData("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("0000-0001-5109-3700", "0000-0001-5109-3700")]
    [InlineData("0000-0002-1694-233X", "0000-0002-1694-233X")]
    [InlineData("0000-0002-1694-233x", "0000-0002-1694-233X")]
    [InlineData(" https://orcid.org/0000-0002-1825-0097 ", "0000-0002-1825-0097")]
    public void Valid_ORCID_iDs_are_kept_in_their_four_group_form(string typed, string expected) =>
        Assert.Equal(expected, Orcid.Normalise(typed));

    [Theory]
    [InlineData("0000-0002-1825-0098")]
    [InlineData("0000-0001-5109-3701")]
    [InlineData("0000-0002-1694-2330")]
    [InlineData("0000000218250097")]
    [InlineData("0000-0002-1825")]
    [InlineData("")]
    public void An_ORCID_iD_with_a_wrong_check_digit_or_shape_is_refused(string typed) =>
        Assert.Null(Orcid.Normalise(typed));

    [Theory]
    [InlineData("10.5555/resoma.2019.001", "10.5555/resoma.2019.001")]
    [InlineData("doi:10.5555/abc", "10.5555/abc")]
    [InlineData("https://doi.org/10.5555/abc", "10.5555/abc")]
    public void DOIs_are_kept_bare(string typed, string expected) => Assert.Equal(expected, Doi.Normalise(typed));

    [Theory]
    [InlineData("5555/abc")]
    [InlineData("10.55/abc")]
    [InlineData("10.5555/a b")]
    [InlineData("10.5555/<script>")]
    public void Text_that_is_not_a_DOI_is_refused(string typed) => Assert.Null(Doi.Normalise(typed));

    [Fact]
    public void Author_lines_carry_an_optional_organisation_and_ORCID_iD()
    {
        var input = new BriefInput { Authors = "Ana Ribeiro; ISMU Foundation; 0000-0002-1825-0097\nZoë Lindqvist\nJan Berg; ; https://orcid.org/0000-0002-1694-233X\nEva Nowak; CEPS" };
        Assert.Equal(
            [("Ana Ribeiro", "ISMU Foundation", "0000-0002-1825-0097"), ("Zoë Lindqvist", null, null), ("Jan Berg", null, "0000-0002-1694-233X"), ("Eva Nowak", "CEPS", null)],
            input.AuthorLines().Select(l => (l.Name, l.Organisation, l.Orcid)));
        Assert.Empty(Validate(input));
    }

    [Fact]
    public void A_wrong_ORCID_iD_and_a_wrong_DOI_are_named_in_the_messages()
    {
        var input = new BriefInput { Authors = "Ana Ribeiro; ISMU\nJan Berg; ; 0000-0002-1825-0098", Doi = "10.55/x" };
        var messages = Validate(input).Select(r => r.ErrorMessage!).ToList();
        Assert.Contains(messages, m => m.StartsWith("\"10.55/x\" is not a DOI", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Author line 2 (Jan Berg): \"0000-0002-1825-0098\" is not a valid ORCID iD", StringComparison.Ordinal));
    }

    private static List<ValidationResult> Validate(BriefInput input) => input.Validate(new ValidationContext(input)).ToList();
}
