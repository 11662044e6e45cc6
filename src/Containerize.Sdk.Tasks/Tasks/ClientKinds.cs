using System;
using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Builders;

namespace Containerize.Sdk.Tasks
{
    /// <summary>Parameter conversions the tasks that run after the build share.</summary>
    internal static class ClientKinds
    {
        /// <summary>docker or podman, ignoring case; none or anything else is false.</summary>
        public static bool TryParse(string? text, out BuilderKind kind)
        {
            foreach (BuilderKind candidate in new[] { BuilderKind.Docker, BuilderKind.Podman })
            {
                if (string.Equals(text?.Trim(), BuildModeNames.Name(candidate), StringComparison.OrdinalIgnoreCase))
                {
                    kind = candidate;
                    return true;
                }
            }

            kind = BuilderKind.None;
            return false;
        }

        /// <summary>repository:tag for each tag, or repository:latest when there are none, as BuildContainerImage tags the image.</summary>
        public static IReadOnlyList<string> References(string imageName, string[]? tags)
        {
            List<string> given = (tags ?? new string[0]).Select(tag => tag.Trim()).Where(tag => tag.Length > 0).ToList();
            return (given.Count > 0 ? given : new List<string> { "latest" }).Select(tag => imageName.Trim() + ":" + tag).ToList();
        }
    }
}
