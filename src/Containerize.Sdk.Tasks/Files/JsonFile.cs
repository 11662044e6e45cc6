using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Runtime.Serialization.Json;
using System.Xml;
using System.Xml.Linq;

namespace Containerize.Sdk.Files
{
    /// <summary>
    /// Writes JSON strings (the Dockerfile's exec-form arrays, the SBOM) and reads NuGet's JSON files (the restore graph, the assets file) with the JSON reader .NET Framework and .NET both
    /// have (JsonReaderWriterFactory, as XML): the tasks load into every MSBuild, where a JSON library of their own could
    /// clash with the one MSBuild loads. Each JSON member is an element; a member whose name is no XML name (a path, a
    /// package id/version) keeps its name in the attribute item.
    /// </summary>
    public static class JsonFile
    {
        private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

        /// <summary>The document's root.</summary>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
        /// <exception cref="FormatException">The file is empty or not JSON.</exception>
        public static XElement Load(string path) => Parse(File.ReadAllBytes(path));

        /// <exception cref="FormatException">The bytes are empty or not JSON.</exception>
        public static XElement Parse(byte[] json)
        {
            int start = json.Take(Utf8ByteOrderMark.Length).SequenceEqual(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
            try
            {
                using XmlDictionaryReader reader = JsonReaderWriterFactory.CreateJsonReader(json, start, json.Length - start, XmlDictionaryReaderQuotas.Max);
                return XElement.Load(reader);
            }
            catch (XmlException exception)
            {
                throw new FormatException(exception.Message, exception);
            }
            catch (InvalidOperationException)
            {
                // XElement.Load's answer to a reader that holds no element at all.
                throw new FormatException("the file is empty");
            }
        }

        /// <summary>The value as a JSON string, in quotes (the line separators U+2028 and U+2029 escaped too).</summary>
        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ' || c == '\u2028' || c == '\u2029')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>The JSON name of a member.</summary>
        public static string Key(XElement member) => (string?)member.Attribute("item") ?? member.Name.LocalName;

        public static XElement? Member(XElement? parent, string name) =>
            parent?.Elements().FirstOrDefault(member => string.Equals(Key(member), name, StringComparison.Ordinal));

        public static IEnumerable<XElement> Members(XElement? parent) => parent?.Elements() ?? Enumerable.Empty<XElement>();

        /// <summary>A member that is a JSON string; null when there is none or it is not a string.</summary>
        public static string? Text(XElement? parent, string name) =>
            Member(parent, name) is XElement member && (string?)member.Attribute("type") == "string" ? member.Value : null;

        public static bool IsObject(XElement? element) => (string?)element?.Attribute("type") == "object";

        /// <summary>A JSON array of strings, as docker's {{json …}} prints one (null is an empty array); null when the text is not one.</summary>
        public static IReadOnlyList<string>? StringArray(string json)
        {
            string text = json.Trim();
            if (text == "null")
            {
                return new string[0];
            }

            try
            {
                XElement root = Parse(Encoding.UTF8.GetBytes(text));
                return (string?)root.Attribute("type") == "array" && root.Elements().All(item => (string?)item.Attribute("type") == "string" || (string?)item.Attribute("type") == "null")
                    ? root.Elements().Where(item => (string?)item.Attribute("type") == "string").Select(item => item.Value).ToList()
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
