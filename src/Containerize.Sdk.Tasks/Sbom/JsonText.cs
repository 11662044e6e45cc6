using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Containerize.Sdk.Sbom
{
    /// <summary>
    /// Reads and writes the little JSON the SBOM needs. The tasks target netstandard2.0 and load into every MSBuild, where
    /// a JSON library of their own could clash with the one MSBuild loads, so the reader is this one: objects become
    /// dictionaries, arrays lists, numbers their text, and true, false and null themselves.
    /// </summary>
    public static class JsonText
    {
        /// <exception cref="FormatException">The text is not JSON.</exception>
        public static object? Parse(string text)
        {
            int at = 0;
            object? value = Value(text, ref at);
            SkipBlanks(text, ref at);
            if (at != text.Length)
            {
                throw Error(at, "text after the value");
            }

            return value;
        }

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

        private static object? Value(string text, ref int at)
        {
            SkipBlanks(text, ref at);
            if (at >= text.Length)
            {
                throw Error(at, "a value");
            }

            switch (text[at])
            {
                case '{':
                    return Object(text, ref at);
                case '[':
                    return Array(text, ref at);
                case '"':
                    return String(text, ref at);
                case 't':
                    return Literal(text, ref at, "true", true);
                case 'f':
                    return Literal(text, ref at, "false", false);
                case 'n':
                    return Literal(text, ref at, "null", null);
                default:
                    int start = at;
                    while (at < text.Length && "+-.0123456789eE".IndexOf(text[at]) >= 0)
                    {
                        at++;
                    }

                    if (at == start)
                    {
                        throw Error(at, "a value");
                    }

                    return text.Substring(start, at - start);
            }
        }

        private static Dictionary<string, object?> Object(string text, ref int at)
        {
            var members = new Dictionary<string, object?>(StringComparer.Ordinal);
            at++;
            SkipBlanks(text, ref at);
            if (Take(text, ref at, '}'))
            {
                return members;
            }

            do
            {
                SkipBlanks(text, ref at);
                if (at >= text.Length || text[at] != '"')
                {
                    throw Error(at, "a member name");
                }

                string name = String(text, ref at);
                SkipBlanks(text, ref at);
                Expect(text, ref at, ':');
                members[name] = Value(text, ref at);
                SkipBlanks(text, ref at);
            }
            while (Take(text, ref at, ','));

            Expect(text, ref at, '}');
            return members;
        }

        private static List<object?> Array(string text, ref int at)
        {
            var items = new List<object?>();
            at++;
            SkipBlanks(text, ref at);
            if (Take(text, ref at, ']'))
            {
                return items;
            }

            do
            {
                items.Add(Value(text, ref at));
                SkipBlanks(text, ref at);
            }
            while (Take(text, ref at, ','));

            Expect(text, ref at, ']');
            return items;
        }

        private static string String(string text, ref int at)
        {
            var value = new StringBuilder();
            at++;
            while (at < text.Length && text[at] != '"')
            {
                char c = text[at++];
                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                if (at >= text.Length)
                {
                    break;
                }

                char escaped = text[at++];
                switch (escaped)
                {
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'u':
                        if (at + 4 > text.Length || !int.TryParse(text.Substring(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        {
                            throw Error(at, "four hex digits");
                        }

                        value.Append((char)code);
                        at += 4;
                        break;
                    default: value.Append(escaped); break;
                }
            }

            Expect(text, ref at, '"');
            return value.ToString();
        }

        private static object? Literal(string text, ref int at, string word, object? value)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            {
                throw Error(at, word);
            }

            at += word.Length;
            return value;
        }

        private static void SkipBlanks(string text, ref int at)
        {
            while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r' || text[at] == '\uFEFF'))
            {
                at++;
            }
        }

        private static bool Take(string text, ref int at, char c)
        {
            if (at < text.Length && text[at] == c)
            {
                at++;
                return true;
            }

            return false;
        }

        private static void Expect(string text, ref int at, char c)
        {
            if (!Take(text, ref at, c))
            {
                throw Error(at, "'" + c + "'");
            }
        }

        private static FormatException Error(int at, string expected) =>
            new FormatException("not JSON: expected " + expected + " at character " + at);
    }
}
