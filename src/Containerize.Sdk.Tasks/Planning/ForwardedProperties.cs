using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Files;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// The global properties of the host publish (-p:, a publish profile, an IDE, a CI system) that the container's restore
    /// and publish get too, so the image holds what the host publish was asked for. They travel as build arguments, never
    /// in the Dockerfile: the same Dockerfile built without them (CI) builds the project's defaults.
    /// Each value arrives as MSBuild holds it (escaped: %3B stays %3B), one <c>-p:Name="value"</c> per line of a response
    /// file the build stage writes from the build argument, so no shell and no Dockerfile ever parses a value.
    /// </summary>
    public static class ForwardedProperties
    {
        /// <summary>Build argument with the properties both the restore and the publish get.</summary>
        public const string RestoreArgument = "CONTAINERIZE_RESTORE_PROPERTIES";

        /// <summary>Build argument with the properties only the publish gets: a new version or commit keeps the restore layer.</summary>
        public const string PublishArgument = "CONTAINERIZE_PUBLISH_PROPERTIES";

        /// <summary>
        /// A build argument holds its lines joined by a blank, so that it is one line in a build command script too; the
        /// build stage breaks them apart again at '" -p:', which no value can hold (a value's quotes are %22).
        /// </summary>
        public const string LineBreakScript = "s/\" -p:/\"\\n-p:/g";

        /// <summary>Secret id (and mount /run/secrets/&lt;id&gt;) of the secret-named properties' response file.</summary>
        public const string SecretId = "containerize-properties";

        /// <summary>The variable that carries the secret-named properties to the builder's --secret id=…,env=….</summary>
        public const string SecretVariable = "CONTAINERIZE_SECRET_PROPERTIES";

        /// <summary>Set by the Dockerfile itself: the forwarded value would be overridden or would break the container's build.</summary>
        private static readonly HashSet<string> DecidedByDockerfile = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Configuration", "RuntimeIdentifier", "SelfContained", "UseAppHost", "PublishDir", "OutputPath", "OutDir",
            "BaseOutputPath", "BaseIntermediateOutputPath", "IntermediateOutputPath", "NoBuild", "BuildProjectReferences",
            "RestorePackagesPath",
        };

        /// <summary>Facts about the host or its IDE session, meaningless in the build container.</summary>
        private static readonly HashSet<string> HostOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "NuGetInteractive", "CurrentSolutionConfigurationContents", "BuildingInsideVisualStudio", "BuildingSolutionFile",
            "DesignTimeBuild", "BuildingProject", "VisualStudioVersion", "LangName", "LangID",
        };

        /// <summary>Properties the restore never reads: they go to the publish only, so a new value keeps the restore layer.</summary>
        private static readonly HashSet<string> PublishOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Version", "VersionPrefix", "VersionSuffix", "AssemblyVersion", "FileVersion", "InformationalVersion",
            "PackageVersion", "SourceRevisionId", "DefineConstants", "EnableSourceControlManagerQueries",
        };

        private static readonly Regex SecretName = new Regex("password|token|secret|apikey|key$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex PropertyName = new Regex("^[A-Za-z_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant);

        public static ForwardedPropertiesResult Create(ForwardedPropertiesInputs inputs)
        {
            var result = new ForwardedPropertiesResult();
            var restore = new List<string>();
            var publish = new List<string>();
            var secret = new List<string>();
            var secretNames = new List<string>();
            foreach (KeyValuePair<string, string> property in inputs.GlobalProperties.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
            {
                string name = property.Key;
                string? reason = ReasonNotForwarded(name, inputs);
                if (reason != null)
                {
                    result.Decisions.Add("global property " + name + " is not forwarded to the container's build: " + reason);
                    continue;
                }

                string value = property.Value;
                if (IsAbsolutePath(value))
                {
                    string? inside = BuildContext.Relative(inputs.ContextDirectory, value.TrimEnd('/', '\\'));
                    if (inside == null)
                    {
                        result.Diagnostics.Add(Errors.PropertyPathOutsideContext(name, value, inputs.ContextDirectory));
                        continue;
                    }

                    string mapped = StageLayout.SourceDirectory + (inside.Length == 0 ? "" : "/" + inside) + (EndsWithSeparator(value) ? "/" : "");
                    result.Decisions.Add("global property " + name + " is a path in the build context: forwarded as " + mapped);
                    value = mapped;
                }

                string line = Line(name, value);
                if (SecretName.IsMatch(name))
                {
                    result.Decisions.Add("global property " + name + " is forwarded as a build secret: its name says it is one");
                    secret.Add(line);
                    secretNames.Add(name);
                }
                else if (PublishOnly.Contains(name))
                {
                    result.Decisions.Add("global property " + name + " is forwarded to the container's publish");
                    publish.Add(line);
                }
                else
                {
                    result.Decisions.Add("global property " + name + " is forwarded to the container's restore and publish");
                    restore.Add(line);
                }
            }

            // The commit: .git is not in the build context, so the host's SourceRevisionId goes in, and Source Link's
            // repository lookup (which could only warn there) stays off.
            if (!string.IsNullOrWhiteSpace(inputs.SourceRevisionId) && !inputs.GlobalProperties.Keys.Any(key => string.Equals(key, "SourceRevisionId", StringComparison.OrdinalIgnoreCase)))
            {
                result.Decisions.Add("SourceRevisionId " + inputs.SourceRevisionId!.Trim() + " of the host is forwarded to the container's publish");
                publish.Add(Line("SourceRevisionId", inputs.SourceRevisionId!.Trim()));
                publish.Add(Line("EnableSourceControlManagerQueries", "false"));
            }

            if (secret.Count > 0 && !inputs.BuilderHasSecrets)
            {
                result.Diagnostics.Add(Errors.SecretPropertyNeedsBuildKit(secretNames));
            }

            result.RestoreProperties = string.Join(" ", restore);
            result.PublishProperties = string.Join(" ", publish);

            // The secret reaches dotnet as the mounted file itself: one line a property.
            result.SecretProperties = string.Join("\n", secret);
            return result;
        }

        /// <summary>Why a global property stays on the host; null when it is forwarded.</summary>
        private static string? ReasonNotForwarded(string name, ForwardedPropertiesInputs inputs)
        {
            if (name.StartsWith("_", StringComparison.Ordinal) || name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                return "MSBuild and the SDK set it for themselves";
            }

            if (name.StartsWith("Container", StringComparison.OrdinalIgnoreCase))
            {
                return "it configures the image, not the app";
            }

            if (DecidedByDockerfile.Contains(name))
            {
                return "the Dockerfile sets it for the container's build";
            }

            if (inputs.MultiTargeting && string.Equals(name, "TargetFramework", StringComparison.OrdinalIgnoreCase))
            {
                return "the Dockerfile publishes that framework with -f";
            }

            if (HostOnly.Contains(name))
            {
                return "it describes the host or its IDE";
            }

            if (!PropertyName.IsMatch(name))
            {
                return "it is not a valid MSBuild property name";
            }

            return null;
        }

        /// <summary>
        /// One response-file line. The value is MSBuild's escaped form: a quote becomes %22 and control characters %XX
        /// (MSBuild reads both back as themselves); backslashes before the closing quote are doubled, as the response
        /// file's quoting rules want.
        /// </summary>
        public static string Line(string name, string value)
        {
            var text = new StringBuilder("-p:").Append(name).Append("=\"");
            foreach (char c in value)
            {
                if (c == '"' || char.IsControl(c))
                {
                    text.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c);
                }
            }

            int trailing = value.Length - value.TrimEnd('\\').Length;
            text.Append('\\', trailing);
            return text.Append('"').ToString();
        }

        private static bool IsAbsolutePath(string value) =>
            value.StartsWith("/", StringComparison.Ordinal)
            || (value.Length >= 3 && char.IsLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'));

        private static bool EndsWithSeparator(string value) => value.EndsWith("/", StringComparison.Ordinal) || value.EndsWith("\\", StringComparison.Ordinal);
    }

    public sealed class ForwardedPropertiesInputs
    {
        /// <summary>The host publish's global properties, values as MSBuild holds them (escaped).</summary>
        public IReadOnlyDictionary<string, string> GlobalProperties { get; init; } = new Dictionary<string, string>();

        /// <summary>The build context on the host: paths inside it are forwarded as the build stage's paths.</summary>
        public string ContextDirectory { get; init; } = "";

        /// <summary>The project multi-targets: its TargetFramework is the Dockerfile's -f, not a forwarded property.</summary>
        public bool MultiTargeting { get; init; }

        /// <summary>The commit the host build found (Source Link), forwarded when it is not a global property already.</summary>
        public string? SourceRevisionId { get; init; }

        /// <summary>The builder can mount build secrets (BuildKit, podman).</summary>
        public bool BuilderHasSecrets { get; init; }
    }

    public sealed class ForwardedPropertiesResult
    {
        /// <summary>Response-file lines for the restore and the publish, joined by blanks (build argument CONTAINERIZE_RESTORE_PROPERTIES).</summary>
        public string RestoreProperties { get; set; } = "";

        /// <summary>Response-file lines for the publish only, joined by blanks (build argument CONTAINERIZE_PUBLISH_PROPERTIES).</summary>
        public string PublishProperties { get; set; } = "";

        /// <summary>Response-file lines of the secret-named properties: a build secret, never a build argument.</summary>
        public string SecretProperties { get; set; } = "";

        public List<string> Decisions { get; } = new List<string>();

        public List<ContainerizeDiagnostic> Diagnostics { get; } = new List<ContainerizeDiagnostic>();
    }
}
