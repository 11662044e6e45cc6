using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>Docker's exec form, a JSON array of strings such as ["curl","-f","http://localhost:8080/health"].</summary>
    public static class JsonStringArray
    {
        /// <summary>Whether the value is meant as a JSON array: it starts with '[' (a ';' list never does).</summary>
        public static bool LooksLikeOne(string? value) => value != null && value.TrimStart().StartsWith("[", StringComparison.Ordinal);

        /// <summary>The strings, or null with the reason when the value is not a JSON array of strings.</summary>
        public static IReadOnlyList<string>? Parse(string value, out string? reason)
        {
            reason = null;
            XElement root;
            try
            {
                byte[] json = Encoding.UTF8.GetBytes(value);
                using (XmlDictionaryReader reader = JsonReaderWriterFactory.CreateJsonReader(json, XmlDictionaryReaderQuotas.Max))
                {
                    root = XElement.Load(reader);
                }
            }
            catch (Exception exception) when (exception is XmlException || exception is FormatException)
            {
                reason = "it is not valid JSON: " + exception.Message;
                return null;
            }

            if ((string?)root.Attribute("type") != "array")
            {
                reason = "it is not a JSON array";
                return null;
            }

            if (root.Elements().Any(item => (string?)item.Attribute("type") != "string"))
            {
                reason = "every element must be a string in double quotes";
                return null;
            }

            return root.Elements().Select(item => item.Value).ToList();
        }
    }
}
