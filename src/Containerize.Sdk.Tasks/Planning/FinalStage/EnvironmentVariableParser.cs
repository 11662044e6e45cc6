using System.Collections.Generic;
using System.Text.RegularExpressions;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>
    /// ContainerEnvironmentVariable items (Include=NAME, Value) and the command-line friendly property
    /// ContainerEnvironmentVariables="A=1;B=2" (see SemicolonList for ';' inside a value). A name given twice keeps its
    /// first place and takes the last value; the property comes after the items, so the command line wins. In the
    /// property form, blanks around names and values are trimmed: a value that needs them is given as an item.
    /// </summary>
    public static class EnvironmentVariableParser
    {
        public const string ItemName = "ContainerEnvironmentVariable";
        public const string PropertyName = "ContainerEnvironmentVariables";

        private static readonly Regex Name = new Regex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

        public static IReadOnlyList<KeyValuePair<string, string>> Parse(FinalStageSettings runtime, Findings result)
        {
            var variables = new List<KeyValuePair<string, string>>();
            foreach (NamedValue item in runtime.EnvironmentVariables)
            {
                Add(variables, ItemName, item.Name.Trim(), item.Value, result);
            }

            foreach (string entry in SemicolonList.Split(runtime.EnvironmentVariablesProperty))
            {
                int equals = entry.IndexOf('=');
                if (equals <= 0)
                {
                    result.Diagnostics.Add(Errors.EnvironmentVariableEntryWithoutName(entry));
                    continue;
                }

                Add(variables, PropertyName, entry.Substring(0, equals).Trim(), entry.Substring(equals + 1).Trim(), result);
            }

            return variables;
        }

        private static void Add(List<KeyValuePair<string, string>> variables, string property, string name, string value, Findings result)
        {
            if (!Name.IsMatch(name))
            {
                result.Diagnostics.Add(Errors.InvalidEnvironmentVariableName(property, name));
                return;
            }

            if (!DockerfileText.FitsOnOneLine(value))
            {
                result.Diagnostics.Add(Errors.EnvironmentVariableValueNotRepresentable(property, name, value));
                return;
            }

            int existing = variables.FindIndex(pair => pair.Key == name);
            if (existing >= 0)
            {
                result.Decisions.Add("environment variable " + name + " is given more than once: the last value wins");
                variables[existing] = new KeyValuePair<string, string>(name, value);
                return;
            }

            variables.Add(new KeyValuePair<string, string>(name, value));
        }
    }
}
