using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// Expands the Project attribute of an &lt;Import&gt; the way MSBuild would, for the small part of MSBuild that
    /// repositories use to find their own files: $(Property) references to known properties and the path functions
    /// of <see cref="MSBuildPathFunctions"/>. Anything else (items, metadata, other functions, unknown properties)
    /// makes the value unexpandable: the caller skips that import rather than guess.
    /// </summary>
    public sealed class ImportPathExpander
    {
        private readonly IReadOnlyDictionary<string, string> _properties;
        private readonly string _thisFileDirectory;

        /// <param name="properties">Known properties (names compared case-insensitively, as MSBuild does).</param>
        /// <param name="thisFileDirectory">The folder of the file being read: where one-argument GetPathOfFileAbove starts.</param>
        public ImportPathExpander(IReadOnlyDictionary<string, string> properties, string thisFileDirectory)
        {
            _properties = properties;
            _thisFileDirectory = thisFileDirectory;
        }

        /// <summary>The expanded text, or null with the reason when some part cannot be expanded.</summary>
        public string? Expand(string text, out string? unexpandable)
        {
            unexpandable = null;
            var result = new StringBuilder();
            int index = 0;
            while (index < text.Length)
            {
                char current = text[index];
                bool opensReference = index + 1 < text.Length && text[index + 1] == '(' && (current == '$' || current == '@' || current == '%');
                if (!opensReference)
                {
                    result.Append(current);
                    index++;
                    continue;
                }

                int close = ClosingParenthesis(text, index + 1);
                if (close < 0)
                {
                    unexpandable = "an unclosed '" + current + "('";
                    return null;
                }

                string inner = text.Substring(index + 2, close - index - 2);
                if (current != '$')
                {
                    unexpandable = "the item or metadata reference " + text.Substring(index, close - index + 1);
                    return null;
                }

                string? value = inner.TrimStart().StartsWith("[", StringComparison.Ordinal)
                    ? CallFunction(inner.Trim(), out unexpandable)
                    : Property(inner.Trim(), out unexpandable);
                if (value == null)
                {
                    return null;
                }

                result.Append(value);
                index = close + 1;
            }

            return result.ToString();
        }

        private string? Property(string name, out string? unexpandable)
        {
            unexpandable = null;
            if (_properties.TryGetValue(name, out string? value))
            {
                return value;
            }

            unexpandable = "the property $(" + name + "), which is not defined in the restore-input files";
            return null;
        }

        /// <summary>[Type]::Method(arguments) for the path functions repositories use in their imports.</summary>
        private string? CallFunction(string call, out string? unexpandable)
        {
            unexpandable = "the property function $(" + call + ")";
            int typeEnd = call.IndexOf("]::", StringComparison.Ordinal);
            int open = call.IndexOf('(');
            if (typeEnd < 0 || open < typeEnd || !call.EndsWith(")", StringComparison.Ordinal) || ClosingParenthesis(call, open) != call.Length - 1)
            {
                return null;
            }

            string type = call.Substring(1, typeEnd - 1).Trim();
            string method = call.Substring(typeEnd + 3, open - typeEnd - 3).Trim();
            var arguments = new List<string>();
            foreach (string argument in SplitArguments(call.Substring(open + 1, call.Length - open - 2)))
            {
                string? expanded = Expand(Unquote(argument.Trim()), out string? inner);
                if (expanded == null)
                {
                    unexpandable = inner;
                    return null;
                }

                arguments.Add(expanded);
            }

            string? value = MSBuildPathFunctions.Call(type, method, arguments, _thisFileDirectory);
            if (value != null)
            {
                unexpandable = null;
            }

            return value;
        }

        /// <summary>The index of the ')' that closes the '(' at <paramref name="open"/>, skipping quoted text.</summary>
        private static int ClosingParenthesis(string text, int open)
        {
            foreach (KeyValuePair<int, int> character in Unquoted(text, open))
            {
                if (text[character.Key] == ')' && character.Value == 0)
                {
                    return character.Key;
                }
            }

            return -1;
        }

        /// <summary>The arguments of a property function call: split at each ',' outside quotes and nested calls.</summary>
        private static IEnumerable<string> SplitArguments(string text)
        {
            if (text.Trim().Length == 0)
            {
                yield break;
            }

            int start = 0;
            foreach (KeyValuePair<int, int> character in Unquoted(text, 0))
            {
                if (text[character.Key] == ',' && character.Value == 0)
                {
                    yield return text.Substring(start, character.Key - start);
                    start = character.Key + 1;
                }
            }

            yield return text.Substring(start);
        }

        /// <summary>The index of each character from <paramref name="start"/> on that is outside quotes, with the parenthesis depth after it.</summary>
        private static IEnumerable<KeyValuePair<int, int>> Unquoted(string text, int start)
        {
            int depth = 0;
            char? quote = null;
            for (int index = start; index < text.Length; index++)
            {
                char current = text[index];
                if (quote != null)
                {
                    if (current == quote)
                    {
                        quote = null;
                    }

                    continue;
                }

                if (current == '\'' || current == '"' || current == '`')
                {
                    quote = current;
                    continue;
                }

                depth += current == '(' ? 1 : current == ')' ? -1 : 0;
                yield return new KeyValuePair<int, int>(index, depth);
            }
        }

        private static string Unquote(string argument)
        {
            if (argument.Length >= 2 && (argument[0] == '\'' || argument[0] == '"' || argument[0] == '`') && argument[argument.Length - 1] == argument[0])
            {
                return argument.Substring(1, argument.Length - 2);
            }

            return argument;
        }

        /// <summary>MSBuild on Linux and macOS reads '\' in paths as '/'.</summary>
        public static string NativeSeparators(string path) =>
            Path.DirectorySeparatorChar == '/' ? path.Replace('\\', '/') : path;
    }
}
