using System.Collections.Generic;
using System.Text.RegularExpressions;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>The user's ContainerLabel items (Include=key, Value). A key given twice keeps its first place and takes the last value.</summary>
    public static class ContainerLabels
    {
        private static readonly Regex Key = new Regex("^[A-Za-z0-9]([A-Za-z0-9._/-]*[A-Za-z0-9])?$", RegexOptions.CultureInvariant);

        public static bool IsValidKey(string key) => Key.IsMatch(key);

        public static IReadOnlyList<KeyValuePair<string, string>> Parse(IReadOnlyList<NamedValue> items, Findings result)
        {
            var labels = new List<KeyValuePair<string, string>>();
            foreach (NamedValue item in items)
            {
                string key = item.Name.Trim();
                if (!IsValidKey(key))
                {
                    result.Diagnostics.Add(Errors.InvalidLabelKey(key));
                    continue;
                }

                if (!DockerfileText.FitsOnOneLine(item.Value))
                {
                    result.Diagnostics.Add(Errors.LabelValueNotRepresentable(key, item.Value));
                    continue;
                }

                int existing = labels.FindIndex(pair => pair.Key == key);
                if (existing >= 0)
                {
                    labels[existing] = new KeyValuePair<string, string>(key, item.Value);
                    continue;
                }

                labels.Add(new KeyValuePair<string, string>(key, item.Value));
            }

            return labels;
        }
    }
}
