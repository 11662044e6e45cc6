using System;
using System.Collections.Generic;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// The project's container settings as the project gives them: raw, unvalidated strings. ContainerSpecFactory
    /// validates them and infers what is missing.
    /// </summary>
    public sealed class ContainerSettings
    {
        public string ProjectFullPath { get; set; } = "";

        public string AssemblyName { get; set; } = "";

        public string TargetFrameworkIdentifier { get; set; } = "";

        public string TargetFrameworkVersion { get; set; } = "";

        public string? BundledRuntimeVersion { get; set; }

        /// <summary>NETCoreSdkVersion: the SDK the host publish runs with.</summary>
        public string? SdkVersion { get; set; }

        /// <summary>The sdk.version of the project's global.json, when it names one.</summary>
        public string? GlobalJsonSdkVersion { get; set; }

        /// <summary>The TargetFramework(s) of the project and each project of its ProjectReference closure.</summary>
        public IReadOnlyList<ProjectTargetFramework> ClosureTargetFrameworks { get; set; } = new ProjectTargetFramework[0];

        public bool UsesAspNetCore { get; set; }

        public bool SelfContained { get; set; }

        public bool PublishAot { get; set; }

        public string? RuntimeIdentifier { get; set; }

        public string Configuration { get; set; } = "Release";

        public string? Version { get; set; }

        public string? Mode { get; set; }

        public string? BaseImage { get; set; }

        public string? SdkImage { get; set; }

        public string? Family { get; set; }

        public string? Registry { get; set; }

        public string? Repository { get; set; }

        public string? ImageTag { get; set; }

        public string? ImageTags { get; set; }

        public string? User { get; set; }

        public string? WorkingDirectory { get; set; }

        /// <summary>Absolute paths of the files the restore reads.</summary>
        public IReadOnlyList<string> RestoreInputs { get; set; } = new string[0];

        /// <summary>Absolute paths of the local folder package sources the restore reads.</summary>
        public IReadOnlyList<string> LocalPackageSources { get; set; } = new string[0];

        /// <summary>For a local package source, which NuGet.config or property added it (see PackageSourceOrigin).</summary>
        public IReadOnlyDictionary<string, string> LocalPackageSourceOrigins { get; set; } = new Dictionary<string, string>();

        /// <summary>ContainerizeContext, or null for the smallest folder holding the project and its restore inputs.</summary>
        public string? ContextDirectory { get; set; }

        /// <summary>The git repository that holds the project, or null outside one: an inferred context above it is a warning.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>The user's home folder: an inferred context that holds it is refused, as is '/'.</summary>
        public string? HomeDirectory { get; set; } = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        public bool UseBuildKit { get; set; }

        /// <summary>Where the host's publish output is staged for the Dockerfile's host stage (HostOutputFeed).</summary>
        public string? HostOutputDirectory { get; set; }

        /// <summary>The remaining Dockerfile settings (ports, environment, labels, entry point, health check...).</summary>
        public ContainerRuntimeSettings Runtime { get; set; } = new ContainerRuntimeSettings();
    }
}
