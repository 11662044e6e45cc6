using System.Collections.Generic;
using System.Text;

namespace Containerize.Sdk.Processes
{
    /// <summary>
    /// Joins arguments into the single string netstandard2.0's ProcessStartInfo.Arguments takes, so that the child receives
    /// each argument unchanged. The rules are those of the Microsoft C runtime (CommandLineToArgvW), which is also how
    /// .NET on Linux and macOS splits ProcessStartInfo.Arguments: one quoting is right on every platform.
    /// </summary>
    public static class ArgumentQuoter
    {
        public static string Join(IEnumerable<string> arguments)
        {
            var text = new StringBuilder();
            foreach (string argument in arguments)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                Append(text, argument);
            }

            return text.ToString();
        }

        public static string Quote(string argument) => Quote(argument, always: false);

        /// <param name="argument">The argument.</param>
        /// <param name="always">Quote it even when it has no blank or quote, for shells that give other characters a meaning.</param>
        public static string Quote(string argument, bool always)
        {
            var text = new StringBuilder();
            Append(text, argument, always);
            return text.ToString();
        }

        private static void Append(StringBuilder text, string argument, bool always = false)
        {
            if (!always && argument.Length > 0 && !NeedsQuotes(argument))
            {
                text.Append(argument);
                return;
            }

            text.Append('"');
            int index = 0;
            while (index < argument.Length)
            {
                char c = argument[index++];
                if (c == '\\')
                {
                    int backslashes = 1;
                    while (index < argument.Length && argument[index] == '\\')
                    {
                        index++;
                        backslashes++;
                    }

                    if (index == argument.Length)
                    {
                        // The closing quote follows: each backslash must be doubled so none escapes it.
                        text.Append('\\', backslashes * 2);
                    }
                    else if (argument[index] == '"')
                    {
                        // Backslashes before a literal quote are doubled, and one more escapes the quote itself.
                        text.Append('\\', (backslashes * 2) + 1).Append('"');
                        index++;
                    }
                    else
                    {
                        // Backslashes not followed by a quote are literal.
                        text.Append('\\', backslashes);
                    }
                }
                else if (c == '"')
                {
                    text.Append("\\\"");
                }
                else
                {
                    text.Append(c);
                }
            }

            text.Append('"');
        }

        private static bool NeedsQuotes(string argument)
        {
            foreach (char c in argument)
            {
                if (char.IsWhiteSpace(c) || c == '"')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
