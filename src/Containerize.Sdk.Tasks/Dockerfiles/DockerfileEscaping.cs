using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>
    /// Quoting for each place a value can stand in a Dockerfile. Values that cannot be written so that the Dockerfile
    /// means exactly the value throw: validation rejects them with a coded error first, this is the last line of defence.
    /// </summary>
    public static class DockerfileEscaping
    {
        private static readonly Regex PlainShellWord = new Regex("^[A-Za-z0-9_@%+=:,./-]+$", RegexOptions.CultureInvariant);

        /// <summary>A JSON string, as exec-form arrays need it.</summary>
        public static string JsonString(string value) => Files.JsonFile.Quote(value);

        /// <summary>A JSON array of strings: the exec form of ENTRYPOINT, CMD and HEALTHCHECK, where nothing is expanded.</summary>
        public static string JsonArray(System.Collections.Generic.IEnumerable<string> values)
        {
            var builder = new StringBuilder("[");
            bool first = true;
            foreach (string value in values)
            {
                if (!first)
                {
                    builder.Append(", ");
                }

                builder.Append(JsonString(value));
                first = false;
            }

            return builder.Append(']').ToString();
        }

        /// <summary>
        /// A double-quoted ENV or LABEL value. The engine expands $ and removes backslashes and quotes there,
        /// so each is escaped; a line break cannot be written at all.
        /// </summary>
        public static string QuotedValue(string value, string what)
        {
            RejectLineBreaks(value, what);
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                if (c == '\\' || c == '"' || c == '$')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.Append('"').ToString();
        }

        /// <summary>
        /// A path for COPY or WORKDIR. The engine expands variables and processes quotes and backslashes in these even in
        /// JSON form, and reads '*', '?' and '[' in a COPY source as a pattern, so such characters are refused rather
        /// than risked.
        /// </summary>
        public static string CheckedPath(string path, string what)
        {
            RejectLineBreaks(path, what);
            foreach (char c in path)
            {
                if (c == '$' || c == '\\' || c == '"' || c == '\'' || c == '`' || c == '*' || c == '?' || c == '[' || char.IsControl(c))
                {
                    throw new ArgumentException($"{what} '{path}' contains '{c}', which a Dockerfile path cannot hold safely.");
                }
            }

            return path;
        }

        /// <summary>One word of a shell-form RUN, single-quoted unless it is plainly safe.</summary>
        public static string ShellWord(string word)
        {
            RejectLineBreaks(word, "RUN argument");
            if (word.Length > 0 && PlainShellWord.IsMatch(word))
            {
                return word;
            }

            return "'" + word.Replace("'", "'\\''") + "'";
        }

        /// <summary>
        /// A value that goes into the Dockerfile as it is (image names, user names, durations, ENV and ARG names): not
        /// empty, not starting with '-' (an option such as --platform), and no blanks, quotes, backslashes, $ or '='
        /// (which would end an ENV or ARG name early) or ',' (which would add an option to a RUN --mount).
        /// </summary>
        public static string Verbatim(string value, string what)
        {
            RejectLineBreaks(value, what);
            if (value.Length == 0)
            {
                throw new ArgumentException($"{what} is empty, which cannot be written as it is.");
            }

            if (value[0] == '-')
            {
                throw new ArgumentException($"{what} '{value}' starts with '-', which the engine would read as an option of the instruction.");
            }

            foreach (char c in value)
            {
                if (char.IsWhiteSpace(c) || c == '"' || c == '\'' || c == '\\' || c == '`' || c == '$' || c == '=' || c == ',' || char.IsControl(c))
                {
                    throw new ArgumentException($"{what} '{value}' contains '{c}', which cannot be written as it is.");
                }
            }

            return value;
        }

        private static void RejectLineBreaks(string value, string what)
        {
            if (value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0)
            {
                throw new ArgumentException($"{what} contains a line break, which a Dockerfile cannot hold in this place.");
            }
        }
    }
}
