using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// The environment variables that carry private-feed credentials for the restore: those the credential-bearing
    /// NuGet.config files name as %NAME% in their packageSourceCredentials, and NuGet's own
    /// NuGetPackageSourceCredentials_&lt;source&gt; variables. Only variables set here are passed, each as a build secret.
    /// </summary>
    public static class EnvironmentCredentials
    {
        public const string NuGetCredentialPrefix = "NuGetPackageSourceCredentials_";

        private static readonly Regex Reference = new Regex("%(?<name>[A-Za-z_][A-Za-z0-9_]*)%", RegexOptions.CultureInvariant);
        private static readonly Regex ValidName = new Regex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

        /// <summary>Sorted names of the variables to pass, each set to a non-empty value in <paramref name="environment"/>.</summary>
        public static IReadOnlyList<string> Find(IEnumerable<string> credentialConfigs, IReadOnlyDictionary<string, string> environment)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string config in credentialConfigs)
            {
                names.UnionWith(ReferencedNames(config));
            }

            names.UnionWith(environment.Keys.Where(name => name.StartsWith(NuGetCredentialPrefix, StringComparison.OrdinalIgnoreCase)));
            return names
                .Where(name => ValidName.IsMatch(name) && environment.TryGetValue(name, out string? value) && !string.IsNullOrEmpty(value))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToList();
        }

        private static IEnumerable<string> ReferencedNames(string config)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(config);
            }
            catch (XmlException)
            {
                yield break;
            }

            IEnumerable<XElement> credentials = document.Root?.Elements()
                .Where(section => string.Equals(section.Name.LocalName, "packageSourceCredentials", StringComparison.OrdinalIgnoreCase))
                .SelectMany(section => section.Descendants()) ?? Enumerable.Empty<XElement>();
            foreach (XAttribute attribute in credentials.SelectMany(element => element.Attributes()))
            {
                foreach (Match match in Reference.Matches(attribute.Value))
                {
                    yield return match.Groups["name"].Value;
                }
            }
        }
    }
}
