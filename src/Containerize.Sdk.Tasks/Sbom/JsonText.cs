using System;
using System.Globalization;
using System.Text;

namespace Containerize.Sdk.Sbom
{
    /// <summary>
    /// The JSON strings of the SBOM (CycloneDxDocument writes the rest of its JSON itself). The tasks carry no JSON library:
    /// they load into every MSBuild, where one could clash with MSBuild's own (Files/JsonFile reads JSON).
    /// </summary>
    public static class JsonText
    {
        /// <summary>The value as a JSON string, in quotes, escaped as RFC 8259 requires.</summary>
        public static string Quote(string value)
        {
            var text = new StringBuilder("\"");
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append('"').ToString();
        }
    }
}
