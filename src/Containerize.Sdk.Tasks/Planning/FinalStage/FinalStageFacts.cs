namespace Containerize.Sdk.Planning.FinalStage
{
    /// <summary>What the rest of planning decided that the final stage's settings depend on.</summary>
    public sealed record FinalStageFacts
    {
        public string AssemblyName { get; init; } = "";

        /// <summary>The final stage's image: its labels and whether it has a package manager.</summary>
        public string BaseImage { get; init; } = "";

        public OsPackageManager PackageManager { get; init; }

        public bool UseBuildKit { get; init; }

        /// <summary>ASP.NET Core apps expose 8080 when no port is given.</summary>
        public bool UsesAspNetCore { get; init; }

        /// <summary>A self-contained app starts its own executable instead of dotnet App.dll.</summary>
        public bool SelfContained { get; init; }

        public string WorkingDirectory { get; init; } = "/app";

        /// <summary>The SBOM's path in the image, which a label names; null without one.</summary>
        public string? SbomPath { get; init; }

        /// <summary>The build context: ContainerFile items are copied from it.</summary>
        public string ContextDirectory { get; init; } = "";
    }
}
