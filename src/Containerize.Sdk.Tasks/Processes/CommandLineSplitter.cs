using System.Collections.Generic;
using System.Text;

namespace Containerize.Sdk.Processes
{
    /// <summary>
    /// Splits a property value such as ContainerizeBuildArguments into arguments: blanks separate them, and single or
    /// double quotes group blanks into one. A backslash escapes only a double quote or a backslash inside double quotes,
    /// so Windows paths (C:\certs\ca.pem) need no doubling.
    /// </summary>
    public static class CommandLineSplitter
    {
        /// <returns>The arguments; null when a quote is left open, which the caller reports.</returns>
        public static IReadOnlyList<string>? Split(string? text)
        {
            var arguments = new List<string>();
            if (text == null)
            {
                return arguments;
            }

            var current = new StringBuilder();
            bool inArgument = false;
            char quote = '\0';
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quote == '\0')
                {
                    if (char.IsWhiteSpace(c))
                    {
                        if (inArgument)
                        {
                            arguments.Add(current.ToString());
                            current.Clear();
                            inArgument = false;
                        }
                    }
                    else if (c == '"' || c == '\'')
                    {
                        quote = c;
                        inArgument = true;
                    }
                    else
                    {
                        current.Append(c);
                        inArgument = true;
                    }
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else if (quote == '"' && c == '\\' && i + 1 < text.Length && (text[i + 1] == '"' || text[i + 1] == '\\'))
                {
                    current.Append(text[++i]);
                }
                else
                {
                    current.Append(c);
                }
            }

            if (quote != '\0')
            {
                return null;
            }

            if (inArgument)
            {
                arguments.Add(current.ToString());
            }

            return arguments;
        }
    }
}
