namespace ReSoma.Web.Domain;

/// <summary>The Creative Commons licence a brief is published under. Stored by name, so the numbers may change.</summary>
public enum BriefLicence
{
    CcBy40 = 1,
    CcBySa40 = 2,
    CcByNd40 = 3,
    CcByNc40 = 4,
    CcByNcSa40 = 5,
    CcByNcNd40 = 6,
    Cc0 = 7,
}

/// <summary>How each licence is named on the page, in metadata (SPDX identifier) and where its deed lives.</summary>
public static class BriefLicences
{
    public const BriefLicence Default = BriefLicence.CcBy40;

    public static IReadOnlyList<BriefLicence> All { get; } = Enum.GetValues<BriefLicence>();

    public static string DisplayName(this BriefLicence licence) => licence switch
    {
        BriefLicence.CcBy40 => "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        BriefLicence.CcBySa40 => "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
        BriefLicence.CcByNd40 => "Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)",
        BriefLicence.CcByNc40 => "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)",
        BriefLicence.CcByNcSa40 => "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)",
        BriefLicence.CcByNcNd40 => "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International (CC BY-NC-ND 4.0)",
        BriefLicence.Cc0 => "CC0 1.0 Universal (public domain dedication)",
        _ => licence.ToString(),
    };

    public static string ShortName(this BriefLicence licence) => licence switch
    {
        BriefLicence.CcBy40 => "CC BY 4.0",
        BriefLicence.CcBySa40 => "CC BY-SA 4.0",
        BriefLicence.CcByNd40 => "CC BY-ND 4.0",
        BriefLicence.CcByNc40 => "CC BY-NC 4.0",
        BriefLicence.CcByNcSa40 => "CC BY-NC-SA 4.0",
        BriefLicence.CcByNcNd40 => "CC BY-NC-ND 4.0",
        BriefLicence.Cc0 => "CC0 1.0",
        _ => licence.ToString(),
    };

    /// <summary>The SPDX licence identifier (spdx.org/licenses), which DataCite and CSL readers understand.</summary>
    public static string Spdx(this BriefLicence licence) => licence switch
    {
        BriefLicence.CcBy40 => "CC-BY-4.0",
        BriefLicence.CcBySa40 => "CC-BY-SA-4.0",
        BriefLicence.CcByNd40 => "CC-BY-ND-4.0",
        BriefLicence.CcByNc40 => "CC-BY-NC-4.0",
        BriefLicence.CcByNcSa40 => "CC-BY-NC-SA-4.0",
        BriefLicence.CcByNcNd40 => "CC-BY-NC-ND-4.0",
        BriefLicence.Cc0 => "CC0-1.0",
        _ => licence.ToString(),
    };

    /// <summary>The licence deed on creativecommons.org: the URL every metadata format uses to name the licence.</summary>
    public static string Url(this BriefLicence licence) => licence switch
    {
        BriefLicence.CcBy40 => "https://creativecommons.org/licenses/by/4.0/",
        BriefLicence.CcBySa40 => "https://creativecommons.org/licenses/by-sa/4.0/",
        BriefLicence.CcByNd40 => "https://creativecommons.org/licenses/by-nd/4.0/",
        BriefLicence.CcByNc40 => "https://creativecommons.org/licenses/by-nc/4.0/",
        BriefLicence.CcByNcSa40 => "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        BriefLicence.CcByNcNd40 => "https://creativecommons.org/licenses/by-nc-nd/4.0/",
        BriefLicence.Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
        _ => "",
    };
}
