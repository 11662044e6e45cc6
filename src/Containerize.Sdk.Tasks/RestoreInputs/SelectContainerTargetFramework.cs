using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.RestoreInputs;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>The one TargetFramework of a multi-targeting project that is containerized (see ContainerTargetFramework).</summary>
    public sealed class SelectContainerTargetFramework : Task
    {
        /// <summary>The project's TargetFrameworks with metadata Identifier, Version and Platform (MSBuild's own parse).</summary>
        [Required]
        public ITaskItem[] TargetFrameworks { get; set; } = new ITaskItem[0];

        /// <summary>ContainerizeTargetFramework: the user's choice.</summary>
        public string? Requested { get; set; }

        /// <summary>The chosen framework; empty when none runs in a Linux container.</summary>
        [Output]
        public string TargetFramework { get; set; } = "";

        public override bool Execute()
        {
            string? chosen = ContainerTargetFramework.Select(
                TargetFrameworks.Select(item => new TargetFrameworkCandidate(item.ItemSpec, item.GetMetadata("Identifier"), item.GetMetadata("Version"), item.GetMetadata("Platform"))).ToList(),
                Requested,
                out ContainerizeDiagnostic? error);
            if (error != null)
            {
                TaskItems.Log(Log, error);
                return false;
            }

            TargetFramework = chosen ?? "";
            return true;
        }
    }
}
