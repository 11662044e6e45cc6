using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.Inference
{
    /// <summary>
    /// What the name of one of Microsoft's .NET images says it holds: a repository .../dotnet/sdk, aspnet, runtime or
    /// runtime-deps (on mcr.microsoft.com or a mirror) with a tag that starts with the .NET version, such as 8.0,
    /// 10.0-alpine or 10.0-noble-aot. Any other name says nothing: no verdict is drawn from it.
    /// </summary>
    public sealed class DotNetImageTag
    {
        public const string Sdk = "sdk";
        public const string AspNet = "aspnet";
        public const string Runtime = "runtime";
        public const string RuntimeDeps = "runtime-deps";

        private static readonly string[] Repositories = { Sdk, AspNet, Runtime, RuntimeDeps };

        private static readonly Regex VersionTag = new Regex(@"^(\d+)\.(\d+)(\.\d+)?(-[A-Za-z0-9_.-]+)?\z", RegexOptions.CultureInvariant);

        private static readonly Regex LeadingMajorMinor = new Regex(@"^[vV]?(\d+)\.(\d+)", RegexOptions.CultureInvariant);

        private DotNetImageTag(string repository, Version version)
        {
            Repository = repository;
            Version = version;
        }

        /// <summary>sdk, aspnet, runtime or runtime-deps.</summary>
        public string Repository { get; }

        /// <summary>The .NET major.minor of the tag.</summary>
        public Version Version { get; }

        public static DotNetImageTag? Parse(string reference)
        {
            string name = reference.Trim();
            int digest = name.IndexOf('@');
            if (digest >= 0)
            {
                name = name.Substring(0, digest);
            }

            int colon = name.LastIndexOf(':');
            if (colon <= name.LastIndexOf('/'))
            {
                return null;
            }

            string[] path = name.Substring(0, colon).Split('/');
            string repository = path[path.Length - 1];
            if (!Repositories.Contains(repository, StringComparer.Ordinal) || !path.Take(path.Length - 1).Contains("dotnet", StringComparer.Ordinal))
            {
                return null;
            }

            Match match = VersionTag.Match(name.Substring(colon + 1));
            return match.Success && MajorMinor(match) is Version version ? new DotNetImageTag(repository, version) : null;
        }

        /// <summary>major.minor of a version such as 10.0.12, 10.0.100-preview.7 or v8.0; null when it does not start with one.</summary>
        public static Version? MajorMinorOf(string? version)
        {
            Match match = LeadingMajorMinor.Match((version ?? "").Trim());
            return match.Success ? MajorMinor(match) : null;
        }

        public static string Show(Version version) =>
            version.Major.ToString(CultureInfo.InvariantCulture) + "." + version.Minor.ToString(CultureInfo.InvariantCulture);

        /// <summary>Digits only, but possibly more than an int holds: such a number is no .NET version.</summary>
        private static Version? MajorMinor(Match match) =>
            int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int major)
            && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int minor)
                ? new Version(major, minor)
                : null;
    }
}
