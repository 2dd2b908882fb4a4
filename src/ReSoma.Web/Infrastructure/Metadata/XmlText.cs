using System.Text;
using System.Xml;

namespace ReSoma.Web.Infrastructure.Metadata;

/// <summary>
/// Keeps characters XML cannot carry (control characters, lone surrogates) out of responses: the XML writer throws on
/// them, and a harvester must never get a 500 because an argument or a pasted title held one.
/// </summary>
public static class XmlText
{
    public static bool IsLegal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static string Clean(string value)
    {
        if (IsLegal(value))
        {
            return value;
        }

        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                clean.Append(value, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(value[i]))
            {
                clean.Append(value[i]);
            }
        }

        return clean.ToString();
    }

    /// <summary>Part of a request quoted back in an error message: legal, and short.</summary>
    public static string Quote(string value)
    {
        var clean = Clean(value);
        return clean.Length <= 60 ? clean : clean[..60] + "…";
    }
}
