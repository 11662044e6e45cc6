using System;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// The one TargetFramework of a multi-targeting project that is containerized: ContainerizeTargetFramework when set,
    /// else the highest .NET (.NETCoreApp, no platform such as -windows) of TargetFrameworks; empty when there is none.
    /// </summary>
    public sealed class SelectContainerTargetFramework : Task
    {
        /// <summary>The project's TargetFrameworks with metadata Identifier, Version and Platform (MSBuild's own parse).</summary>
        [Required]
        public ITaskItem[] TargetFrameworks { get; set; } = new ITaskItem[0];

        /// <summary>ContainerizeTargetFramework: the user's choice.</summary>
        public string? Requested { get; set; }

        [Output]
        public string TargetFramework { get; set; } = "";

        public override bool Execute()
        {
            string requested = (Requested ?? "").Trim();
            if (requested.Length > 0)
            {
                ITaskItem? match = TargetFrameworks.FirstOrDefault(item => string.Equals(item.ItemSpec.Trim(), requested, StringComparison.OrdinalIgnoreCase));
                if (match == null)
                {
                    Log.LogError(null, "CTZ2013", null, null, 0, 0, 0, 0,
                        "ContainerizeTargetFramework '" + Diagnostics.SpecErrors.Show(requested) + "' is not one of the project's TargetFrameworks (" + string.Join(";", TargetFrameworks.Select(item => item.ItemSpec)) + "): set it to one of them, or remove it to containerize the highest .NET one.");
                    return false;
                }

                TargetFramework = match.ItemSpec.Trim();
                return true;
            }

            ITaskItem? highest = TargetFrameworks
                .Where(item => string.Equals(item.GetMetadata("Identifier"), ".NETCoreApp", StringComparison.OrdinalIgnoreCase) && item.GetMetadata("Platform").Length == 0)
                .Select(item => (Item: item, Version: Version.TryParse(item.GetMetadata("Version"), out Version? version) ? version : null))
                .Where(candidate => candidate.Version != null)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Item)
                .FirstOrDefault();
            TargetFramework = highest?.ItemSpec.Trim() ?? "";
            return true;
        }
    }
}
