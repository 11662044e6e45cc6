using System;
using System.Collections.Generic;
using System.Linq;

namespace Containerize.Sdk.Inference
{
    /// <summary>How an image's shared frameworks meet what the app needs.</summary>
    public enum RuntimeFit
    {
        Fits,

        /// <summary>The image has no such framework (runtime-deps for a framework-dependent app, runtime for ASP.NET Core).</summary>
        MissingFramework,

        /// <summary>The framework is older than the TargetFramework: nothing rolls backward.</summary>
        Older,

        /// <summary>The framework is of a later major version: the app starts only if it rolls forward (RollForward=Major or LatestMajor).</summary>
        NewerMajor,

        /// <summary>The image says nothing about what it holds (no DOTNET_VERSION or ASPNET_VERSION).</summary>
        Unknown,
    }

    /// <summary>
    /// The shared frameworks a final image holds, as its tag names them (Microsoft's aspnet, runtime and runtime-deps
    /// images) or as its environment says (Microsoft's images set DOTNET_VERSION, and ASPNET_VERSION in aspnet).
    /// </summary>
    public sealed class ProvidedRuntime
    {
        public const string DotNetVersionVariable = "DOTNET_VERSION";
        public const string AspNetVersionVariable = "ASPNET_VERSION";

        private ProvidedRuntime(Version? netCore, Version? aspNetCore, bool known, string description)
        {
            NetCore = netCore;
            AspNetCore = aspNetCore;
            Known = known;
            Description = description;
        }

        public Version? NetCore { get; }

        public Version? AspNetCore { get; }

        /// <summary>False when the environment named neither framework: then nothing can be said.</summary>
        public bool Known { get; }

        /// <summary>What the image holds, in words, for messages.</summary>
        public string Description { get; }

        /// <returns>Null for an sdk tag, which is no final image this check knows.</returns>
        public static ProvidedRuntime? FromTag(DotNetImageTag tag)
        {
            string version = DotNetImageTag.Show(tag.Version);
            switch (tag.Repository)
            {
                case DotNetImageTag.AspNet:
                    return new ProvidedRuntime(tag.Version, tag.Version, true, RuntimeNeed.AspNetCoreApp + " " + version);
                case DotNetImageTag.Runtime:
                    return new ProvidedRuntime(tag.Version, null, true, RuntimeNeed.NetCoreApp + " " + version + " without ASP.NET Core");
                case DotNetImageTag.RuntimeDeps:
                    return new ProvidedRuntime(null, null, true, "no .NET runtime (runtime-deps holds only what a self-contained app needs)");
                default:
                    return null;
            }
        }

        /// <param name="environment">The image's Config.Env entries, NAME=value.</param>
        public static ProvidedRuntime FromEnvironment(IEnumerable<string> environment)
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string entry in environment)
            {
                int equals = entry.IndexOf('=');
                if (equals > 0)
                {
                    variables[entry.Substring(0, equals)] = entry.Substring(equals + 1);
                }
            }

            variables.TryGetValue(DotNetVersionVariable, out string? dotnet);
            variables.TryGetValue(AspNetVersionVariable, out string? aspnet);
            string description = string.Join(", ", new[] { (DotNetVersionVariable, dotnet), (AspNetVersionVariable, aspnet) }
                .Select(variable => variable.Item2 == null ? "no " + variable.Item1 : variable.Item1 + "=" + variable.Item2));
            Version? netCore = DotNetImageTag.MajorMinorOf(dotnet);
            Version? aspNetCore = DotNetImageTag.MajorMinorOf(aspnet);
            return new ProvidedRuntime(netCore, aspNetCore, netCore != null || aspNetCore != null, description);
        }

        public RuntimeFit Check(RuntimeNeed need)
        {
            if (!Known)
            {
                return RuntimeFit.Unknown;
            }

            Version? provided = need.IsAspNetCore ? AspNetCore : NetCore;
            if (provided == null)
            {
                return RuntimeFit.MissingFramework;
            }

            if (provided < need.Version)
            {
                return RuntimeFit.Older;
            }

            return provided.Major > need.Version.Major ? RuntimeFit.NewerMajor : RuntimeFit.Fits;
        }
    }
}
