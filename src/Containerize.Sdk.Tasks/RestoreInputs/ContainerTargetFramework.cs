using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Diagnostics;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>
    /// The one TargetFramework of a multi-targeting project that is containerized: ContainerizeTargetFramework when set,
    /// else the highest .NET (.NETCoreApp, no platform such as -windows) of TargetFrameworks; none when there is none.
    /// </summary>
    public static class ContainerTargetFramework
    {
        /// <summary>The chosen moniker, "" when no framework runs in a Linux container, or null with an error.</summary>
        public static string? Select(IReadOnlyList<TargetFrameworkCandidate> frameworks, string? requested, out ContainerizeDiagnostic? error)
        {
            error = null;
            string choice = (requested ?? "").Trim();
            if (choice.Length > 0)
            {
                TargetFrameworkCandidate? match = frameworks.FirstOrDefault(framework => string.Equals(framework.Moniker, choice, StringComparison.OrdinalIgnoreCase));
                if (match == null)
                {
                    error = Errors.UnknownContainerizeTargetFramework(choice, frameworks.Select(framework => framework.Moniker));
                    return null;
                }

                return match.Moniker;
            }

            return frameworks
                .Where(framework => string.Equals(framework.Identifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase) && framework.Platform.Length == 0)
                .Select(framework => (framework.Moniker, Version: Version.TryParse(framework.Version.TrimStart('v', 'V'), out Version? version) ? version : null))
                .Where(candidate => candidate.Version != null)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Moniker)
                .FirstOrDefault() ?? "";
        }
    }
}
