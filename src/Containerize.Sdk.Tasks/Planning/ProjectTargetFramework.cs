using System;
using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Planning
{
    /// <summary>One TargetFramework of a project of the ProjectReference closure, as its evaluation gives it.</summary>
    public sealed class ProjectTargetFramework
    {
        private const string NetCoreAppPrefix = ".NETCoreApp,Version=";

        public ProjectTargetFramework(string projectFullPath, string targetFrameworkMoniker)
        {
            ProjectFullPath = projectFullPath;
            TargetFrameworkMoniker = targetFrameworkMoniker;
        }

        public string ProjectFullPath { get; }

        /// <summary>TargetFrameworkMoniker, for example .NETCoreApp,Version=v10.0.</summary>
        public string TargetFrameworkMoniker { get; }

        /// <summary>The .NET major.minor; null for .NET Standard and .NET Framework, which every SDK builds.</summary>
        public Version? NetCoreVersion =>
            TargetFrameworkMoniker.StartsWith(NetCoreAppPrefix, StringComparison.OrdinalIgnoreCase)
                ? DotNetImageTag.MajorMinorOf(TargetFrameworkMoniker.Substring(NetCoreAppPrefix.Length))
                : null;
    }
}
