using System;
using System.IO;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.Inference
{
    /// <summary>The SDK version a global.json asks for.</summary>
    public static class GlobalJson
    {
        // A pattern, not a JSON parser: the .NET host accepts comments in global.json, which JSON readers refuse.
        private static readonly Regex SdkVersion = new Regex(
            @"""sdk""\s*:\s*\{[^{}]*?""version""\s*:\s*""(?<version>[^""]+)""",
            RegexOptions.CultureInvariant);

        /// <returns>sdk.version; null when the file cannot be read or names none.</returns>
        public static string? RequestedSdkVersion(string path)
        {
            try
            {
                Match match = SdkVersion.Match(File.ReadAllText(path));
                return match.Success ? match.Groups["version"].Value.Trim() : null;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
