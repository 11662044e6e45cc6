using System;
using System.IO;
using System.Linq;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Files;
using Containerize.Sdk.Sbom;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Writes the app's SBOM (CycloneDxDocument) from its restore graph. On the host, beside the Dockerfile, for the host
    /// stage and publish mode to stage; in the container's build stage, into the publish folder, so the image the Dockerfile
    /// builds on its own holds the SBOM of its own restore.
    /// </summary>
    public sealed class WriteSbom : Task
    {
        /// <summary>$(ProjectAssetsFile): obj/project.assets.json.</summary>
        [Required]
        public string AssetsFile { get; set; } = "";

        [Required]
        public string TargetFramework { get; set; } = "";

        public string? RuntimeIdentifier { get; set; }

        [Required]
        public string AppName { get; set; } = "";

        public string? AppVersion { get; set; }

        /// <summary>$(SourceRevisionId): the commit, when known.</summary>
        public string? Revision { get; set; }

        /// <summary>The final stage's base image.</summary>
        public string? BaseImage { get; set; }

        [Required]
        public string OutputPath { get; set; } = "";

        [Output]
        public string[] FileWrites { get; set; } = new string[0];

        public override bool Execute()
        {
            string text;
            try
            {
                text = CycloneDxDocument.Write(new SbomSubject
                {
                    AppName = AppName,
                    AppVersion = Blank(AppVersion),
                    Revision = Blank(Revision),
                    Packages = RuntimePackages.Read(JsonFile.Load(AssetsFile), TargetFramework, Blank(RuntimeIdentifier)),
                    BaseImage = Blank(BaseImage) ?? "",
                    ToolVersion = ToolVersion(),
                });
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is FormatException)
            {
                TaskItems.Log(Log, Errors.SbomNotWritten(AssetsFile, exception.Message));
                return false;
            }

            bool written = GeneratedFile.WriteIfChanged(OutputPath, text);
            Log.LogMessage(MessageImportance.Low, "Containerize: the SBOM " + OutputPath + (written ? " was written" : " is unchanged") + " (CycloneDX " + CycloneDxDocument.SpecVersion + ").");
            FileWrites = new[] { OutputPath };
            return true;
        }

        /// <summary>The package's version (the informational version without its +commit).</summary>
        private static string ToolVersion()
        {
            string version = typeof(WriteSbom).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "";
            int plus = version.IndexOf('+');
            return plus < 0 ? version : version.Substring(0, plus);
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
