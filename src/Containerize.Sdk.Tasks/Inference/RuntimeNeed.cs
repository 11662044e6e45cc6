using System;

namespace Containerize.Sdk.Inference
{
    /// <summary>What a framework-dependent app needs from its final image: a shared framework and its major.minor.</summary>
    public sealed class RuntimeNeed
    {
        public const string NetCoreApp = "Microsoft.NETCore.App";
        public const string AspNetCoreApp = "Microsoft.AspNetCore.App";

        public RuntimeNeed(string framework, Version version)
        {
            Framework = framework;
            Version = version;
        }

        /// <summary>Microsoft.NETCore.App or Microsoft.AspNetCore.App (which holds the former).</summary>
        public string Framework { get; }

        /// <summary>The TargetFramework's major.minor.</summary>
        public Version Version { get; }

        public bool IsAspNetCore => Framework == AspNetCoreApp;

        /// <summary>The image that provides exactly this: aspnet or runtime, X.Y.</summary>
        public string MatchingImage => BaseImageResolver.MicrosoftRegistry + "/" + (IsAspNetCore ? "aspnet" : "runtime") + ":" + DotNetImageTag.Show(Version);

        /// <returns>Null for a self-contained or Native AOT app, which brings its runtime and runs on any .NET image; null too when the version cannot be read.</returns>
        public static RuntimeNeed? Of(bool selfContained, bool usesAspNetCore, string targetFrameworkVersion)
        {
            Version? version = DotNetImageTag.MajorMinorOf(targetFrameworkVersion);
            return selfContained || version == null ? null : new RuntimeNeed(usesAspNetCore ? AspNetCoreApp : NetCoreApp, version);
        }

        /// <summary>From the strings GenerateDockerfile passes on to the build; null when there is nothing to check.</summary>
        public static RuntimeNeed? Parse(string? framework, string? version)
        {
            string name = (framework ?? "").Trim();
            Version? majorMinor = DotNetImageTag.MajorMinorOf(version);
            return (name == NetCoreApp || name == AspNetCoreApp) && majorMinor != null ? new RuntimeNeed(name, majorMinor) : null;
        }

        public override string ToString() => Framework + " " + DotNetImageTag.Show(Version);
    }
}
