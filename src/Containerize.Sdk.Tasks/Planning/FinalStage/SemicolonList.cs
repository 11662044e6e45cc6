using System.Collections.Generic;
using System.Text;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// The list syntax of properties that hold several values (ContainerEnvironmentVariables, ContainerHealthCheck):
    /// entries separated by ';', a doubled ';;' standing for one literal ';'. MSBuild's own %3B escaping cannot serve
    /// here because MSBuild unescapes it before a task sees the value. Entries are trimmed, so a property may span
    /// several lines in the project file; empty entries (a trailing ';') are dropped.
    /// </summary>
    public static class SemicolonList
    {
        public static IReadOnlyList<string> Split(string? value)
        {
            var entries = new List<string>();
            if (value == null)
            {
                return entries;
            }

            var entry = new StringBuilder();
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c != ';')
                {
                    entry.Append(c);
                }
                else if (i + 1 < value.Length && value[i + 1] == ';')
                {
                    entry.Append(';');
                    i++;
                }
                else
                {
                    Add(entries, entry);
                }
            }

            Add(entries, entry);
            return entries;
        }

        private static void Add(List<string> entries, StringBuilder entry)
        {
            string text = entry.ToString().Trim();
            if (text.Length > 0)
            {
                entries.Add(text);
            }

            entry.Clear();
        }
    }
}
