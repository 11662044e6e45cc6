using System;

namespace Containerize.Sdk.RestoreInputs
{
    /// <summary>The Kind metadata of the facts the targets collect (Containerize.Sdk.ProjectRestoreInputs.targets).</summary>
    public static class RestoreFactKinds
    {
        public const string Project = "Project";
        public const string DirectoryBuildProps = "DirectoryBuildProps";
        public const string DirectoryPackagesProps = "DirectoryPackagesProps";
        public const string DirectoryBuildTargets = "DirectoryBuildTargets";
        public const string GlobalJson = "GlobalJson";
        public const string LockFile = "LockFile";
        public const string ToolManifest = "ToolManifest";

        /// <summary>A NuGet.config NuGet read for the project (user-level and machine-wide ones included).</summary>
        public const string NuGetConfig = "NuGetConfig";

        /// <summary>The project's RestoreConfigFile: read wherever it is.</summary>
        public const string ExplicitNuGetConfig = "ExplicitNuGetConfig";

        public const string PackageSource = "PackageSource";

        /// <summary>
        /// NuGet's restore graph (obj/&lt;project file&gt;.nuget.dgspec.json) of the published project: it stands for the
        /// NuGetConfig and PackageSource facts of the whole closure (see RestoreGraphFile). It is not a restore input: the
        /// restore in the build stage writes its own.
        /// </summary>
        public const string RestoreGraph = "RestoreGraph";

        /// <summary>
        /// Not a restore input: the project's TargetFrameworkMoniker (one per TargetFramework), for the check that the
        /// build stage's SDK builds every project of the closure.
        /// </summary>
        public const string TargetFramework = "TargetFramework";

        /// <summary>
        /// Not a restore input: a file the project's build reads, from an item (Compile, Content, None, …; metadata GlobDir
        /// is its RecursiveDir) or a file-valued property, for the build context's admitted paths (see ClosureFiles).
        /// </summary>
        public const string ContextItem = "ContextItem";

        /// <summary>MSBuild files, in the order evaluation imports them: their own imports are followed.</summary>
        public static readonly string[] MSBuildFilesInEvaluationOrder = { DirectoryBuildProps, DirectoryPackagesProps, Project, DirectoryBuildTargets };

        public static bool IsFile(string kind) =>
            !string.Equals(kind, PackageSource, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(kind, TargetFramework, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(kind, ContextItem, StringComparison.OrdinalIgnoreCase);
    }
}
