using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.Builders
{
    /// <summary>
    /// The platforms of ContainerRuntimeIdentifiers: each .NET runtime identifier becomes the OCI platform the engine
    /// builds for (linux-x64 is linux/amd64, linux-musl-arm64 is linux/arm64).
    /// </summary>
    public static class ContainerPlatforms
    {
        private static readonly Dictionary<string, string> PlatformByArchitecture = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["x64"] = "linux/amd64",
            ["arm64"] = "linux/arm64",
            ["arm"] = "linux/arm/v7",
            ["x86"] = "linux/386",
            ["s390x"] = "linux/s390x",
            ["ppc64le"] = "linux/ppc64le",
            ["riscv64"] = "linux/riscv64",
            ["loongarch64"] = "linux/loong64",
        };

        /// <param name="runtimeIdentifiers">The RIDs as the property lists them; blanks and repeats are ignored.</param>
        /// <param name="diagnostics">Receives an error for each RID that names no Linux platform, and for a musl/glibc mix.</param>
        /// <returns>The platforms in the order given, without repeats.</returns>
        public static IReadOnlyList<string> FromRuntimeIdentifiers(IEnumerable<string> runtimeIdentifiers, ICollection<ContainerizeDiagnostic> diagnostics)
        {
            // -p:ContainerRuntimeIdentifiers="linux-x64;linux-arm64" reaches the task as one value: the quotes keep the ';'.
            List<string> rids = runtimeIdentifiers.SelectMany(rid => rid.Split(';')).Select(rid => rid.Trim()).Where(rid => rid.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var platforms = new List<string>();
            foreach (string rid in rids)
            {
                string? platform = Platform(rid);
                if (platform == null)
                {
                    diagnostics.Add(Errors.UnknownRuntimeIdentifier(rid));
                }
                else if (!platforms.Contains(platform))
                {
                    platforms.Add(platform);
                }
            }

            // One Dockerfile has one final base image: a musl (Alpine) and a glibc image cannot be one multi-platform image.
            if (rids.Any(IsMusl) && rids.Any(rid => !IsMusl(rid)))
            {
                diagnostics.Add(Errors.MixedLibc(rids));
            }

            return platforms;
        }

        /// <returns>The platform of a linux RID (linux-x64, linux-musl-arm64, linux-bionic-arm64); null for any other.</returns>
        public static string? Platform(string runtimeIdentifier)
        {
            string rid = runtimeIdentifier.Trim().ToLowerInvariant();
            foreach (string prefix in new[] { "linux-musl-", "linux-bionic-", "linux-" })
            {
                if (rid.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return PlatformByArchitecture.TryGetValue(rid.Substring(prefix.Length), out string? platform) ? platform : null;
                }
            }

            return null;
        }

        /// <summary>The platforms of a comma-separated list, as ProbeContainerBuilder's Platforms output gives them.</summary>
        public static IReadOnlyList<string> Parse(string? platforms) =>
            (platforms ?? "").Split(',').Select(platform => platform.Trim()).Where(platform => platform.Length > 0).ToList();

        /// <summary>The platform of this machine, such as linux/amd64: the one a local engine builds for by default.</summary>
        public static string ForThisMachine() =>
            System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
            {
                System.Runtime.InteropServices.Architecture.Arm64 => "linux/arm64",
                System.Runtime.InteropServices.Architecture.Arm => "linux/arm/v7",
                System.Runtime.InteropServices.Architecture.X86 => "linux/386",
                _ => "linux/amd64",
            };

        private static bool IsMusl(string rid) => rid.StartsWith("linux-musl-", StringComparison.OrdinalIgnoreCase);
    }
}
