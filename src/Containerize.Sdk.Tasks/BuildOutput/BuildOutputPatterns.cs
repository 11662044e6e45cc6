using System.Globalization;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>Phrases every builder's output shares.</summary>
    internal static class BuildOutputPatterns
    {
        // "exit code: 1" (BuildKit, both generations), "non-zero code: 1" (legacy), "exit status 1" (podman).
        private static readonly Regex ExitCodePattern = new Regex(@"(?:exit code:|non-zero code:|exit status) (\d+)", RegexOptions.CultureInvariant);

        // "dockerfile parse error line 2: unknown instruction: RUNN", "parse error on line 2: …".
        private static readonly Regex ParseErrorLinePattern = new Regex(@"parse error (?:on )?line (\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static int? ExitCode(string? error)
        {
            Match match = error == null ? Match.Empty : ExitCodePattern.Match(error);
            return match.Success ? ParseNumber(match.Groups[1].Value) : null;
        }

        /// <returns>The Dockerfile line a parse error names; 0 when the line is no parse error.</returns>
        public static int ParseErrorLine(string line)
        {
            Match match = ParseErrorLinePattern.Match(line);
            return match.Success ? ParseNumber(match.Groups[1].Value) ?? 0 : 0;
        }

        public static int? ParseNumber(string digits) =>
            int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : null;
    }
}
