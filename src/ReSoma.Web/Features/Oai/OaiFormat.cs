using System.Xml.Linq;

namespace ReSoma.Web.Features.Oai;

/// <summary>A metadata format the repository disseminates: its prefix, schema, namespace and how a record is written.</summary>
public sealed record OaiFormat(string Prefix, string Schema, string Namespace, Func<OaiRecord, OaiSite, XElement> Metadata)
{
    public static IReadOnlyList<OaiFormat> All { get; } =
    [
        new(OaiDublinCore.Prefix, OaiDublinCore.Schema, OaiDublinCore.OaiDcNamespace.NamespaceName, OaiDublinCore.Metadata),
        new(OaiDataCite.Prefix, OaiDataCite.Schema, OaiDataCite.Namespace.NamespaceName, OaiDataCite.Metadata),
    ];

    public static OaiFormat? Find(string? prefix) => All.FirstOrDefault(f => f.Prefix == prefix);
}
