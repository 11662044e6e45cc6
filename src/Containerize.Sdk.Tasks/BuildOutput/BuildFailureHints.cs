using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>What to do about the common causes of a failed container build, told from the MSBuild errors it printed.</summary>
    public static class BuildFailureHints
    {
        private static readonly HashSet<string> PackageNotFound = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "NU1101", "NU1102", "NU1103" };
        private static readonly Regex JsonString = new Regex(@"""((?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant);
        private static readonly Regex SdkImage = new Regex(@"^(?<repository>.+/dotnet/sdk):(?<version>\d+\.\d+)(?<variant>[^@]*)", RegexOptions.CultureInvariant);

        /// <param name="errors">The MSBuild errors, with their build-stage paths.</param>
        /// <param name="instructions">The Dockerfile that was built.</param>
        /// <param name="contextDirectory">The build context on the host.</param>
        public static IReadOnlyList<string> For(IReadOnlyList<MsBuildError> errors, IReadOnlyList<ScannedInstruction> instructions, string contextDirectory)
        {
            var hints = new List<string>();
            if (errors.Any(error => PackageNotFound.Contains(error.Code)))
            {
                hints.Add($"The restore in the build container did not find a package (or a targeting pack its SDK needs). It read {NuGetConfigs(instructions, contextDirectory)}; a source only your machine has (a folder outside the build context, a feed from your user-level NuGet.config) is not there: name it in a NuGet.config in the build context, or fix the version.");
            }

            if (errors.Any(error => string.Equals(error.Code, "NU1301", StringComparison.OrdinalIgnoreCase)))
            {
                hints.Add("A package source could not be reached from the build container: localhost and names only your machine resolves mean something else there. Use an address the container reaches (or ContainerizeBuildNetwork=host), and check proxy settings and credentials (ContainerizeRestoreSecret).");
            }

            if (errors.Any(error => error.Message.IndexOf("Platform linker", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                hints.Add($"Native AOT needs a platform linker (clang), which the build image lacks: set ContainerSdkImage to {AotImage(instructions)}.");
            }

            if (errors.Any(error => error.Message.IndexOf("Warning As Error", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                hints.Add("A warning was treated as an error in the build container (TreatWarningsAsErrors or WarningsAsErrors): fix what it says, or list its code in the project's WarningsNotAsErrors or NoWarn.");
            }

            return hints;
        }

        /// <summary>The NuGet.config files the Dockerfile copies into the build stage, with the sources each adds.</summary>
        private static string NuGetConfigs(IReadOnlyList<ScannedInstruction> instructions, string contextDirectory)
        {
            List<string> files = instructions
                .Where(instruction => instruction.Keyword == "COPY")
                .SelectMany(CopySources)
                .Where(source => string.Equals(Path.GetFileName(source), "NuGet.config", StringComparison.OrdinalIgnoreCase))
                .Select(source => Path.GetFullPath(Path.Combine(contextDirectory, source)))
                .Where(File.Exists)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return files.Count == 0
                ? "no NuGet.config from the build context, so only the SDK image's default source (nuget.org)"
                : string.Join(" and ", files.Select(file => file + Sources(file)));
        }

        /// <summary>The sources of a COPY from the build context: none for COPY --from, which copies from a stage or image.</summary>
        private static IEnumerable<string> CopySources(ScannedInstruction copy)
        {
            List<string> words = copy.Text.Substring("COPY".Length).Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).ToList();
            List<string> flags = words.TakeWhile(word => word.StartsWith("--", StringComparison.Ordinal)).ToList();
            if (flags.Any(flag => flag.StartsWith("--from=", StringComparison.OrdinalIgnoreCase)))
            {
                return new string[0];
            }

            string rest = string.Join(" ", words.Skip(flags.Count));
            List<string> paths = rest.StartsWith("[", StringComparison.Ordinal)
                ? JsonString.Matches(rest).Cast<Match>().Select(match => match.Groups[1].Value.Replace("\\\"", "\"").Replace("\\\\", "\\")).ToList()
                : words.Skip(flags.Count).ToList();
            return paths.Take(paths.Count - 1);
        }

        private static string Sources(string nugetConfig)
        {
            try
            {
                List<string> sources = XDocument.Load(nugetConfig).Root?.Element("packageSources")?.Elements("add")
                    .Select(add => (string?)add.Attribute("key") + " = " + (string?)add.Attribute("value"))
                    .ToList() ?? new List<string>();
                return sources.Count == 0 ? " (no sources)" : " (sources " + string.Join(", ", sources) + ")";
            }
            catch (Exception exception) when (exception is XmlException || exception is IOException || exception is UnauthorizedAccessException)
            {
                return "";
            }
        }

        private static string AotImage(IReadOnlyList<ScannedInstruction> instructions)
        {
            foreach (ScannedInstruction from in instructions.Where(instruction => instruction.BaseImage != null))
            {
                Match sdk = SdkImage.Match(from.BaseImage!);
                if (sdk.Success && !sdk.Groups["variant"].Value.EndsWith("-aot", StringComparison.Ordinal))
                {
                    string distribution = sdk.Groups["variant"].Value.IndexOf("alpine", StringComparison.Ordinal) >= 0 ? "alpine" : "noble";
                    return $"{sdk.Groups["repository"].Value}:{sdk.Groups["version"].Value}-{distribution}-aot";
                }
            }

            return "an SDK image with the Native AOT tools (its tag ends in -aot, such as mcr.microsoft.com/dotnet/sdk:10.0-noble-aot)";
        }
    }
}
