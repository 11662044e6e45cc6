using System;
using System.Text.RegularExpressions;

namespace Containerize.Sdk.BuildOutput
{
    /// <summary>
    /// One error that MSBuild (or a tool it runs: the compiler, NuGet, the SDK) printed inside the build container, in
    /// MSBuild's canonical form: "origin(line,col): error CODE: message [project]".
    /// </summary>
    public sealed record MsBuildError
    {
        // origin: a file, possibly with (line), (line,col) or a range, or a tool name such as MSBUILD or CSC. The code
        // may be missing ("targets(227,5): error : Platform linker … not found"), but then an origin is required, so a
        // builder's own "error: …" line is no MSBuild error. The project MSBuild appends is a path in the container,
        // with "::TargetFramework=…" in a multi-targeting build; NuGet's "[ Nearest version: … ]" is message text.
        private static readonly Regex Canonical = new Regex(
            @"^\s*(?:(?<origin>[^\s:][^:]*?)(?:\((?<line>\d+)(?:[,-](?<column>\d+))?(?:[,-]\d+)*\))?\s*:\s+)?error(?:\s+(?<code>[A-Za-z]+\d+))?\s*:\s?(?<message>.*?)(?:\s+\[(?<project>/[^\[\]:]*)(?:::[^\[\]]*)?\])?\s*$",
            RegexOptions.CultureInvariant);

        /// <summary>The file or tool the error names first; empty when it names none.</summary>
        public string Origin { get; init; } = "";

        /// <summary>1-based; 0 when the error names no line.</summary>
        public int Line { get; init; }

        /// <summary>1-based; 0 when the error names no column.</summary>
        public int Column { get; init; }

        /// <summary>Such as CS1002 or NU1102; empty when the tool gave none.</summary>
        public string Code { get; init; } = "";

        public string Message { get; init; } = "";

        /// <summary>The project MSBuild appends in brackets; null when it appended none.</summary>
        public string? Project { get; init; }

        /// <summary>Whether the origin is a file in the container rather than a tool name.</summary>
        public bool OriginIsFile => Origin.StartsWith("/", StringComparison.Ordinal);

        /// <returns>The error a line of a build step's output holds; null when it holds none.</returns>
        public static MsBuildError? Parse(string text)
        {
            Match match = Canonical.Match(text);
            if (!match.Success || (!match.Groups["code"].Success && !match.Groups["origin"].Success))
            {
                return null;
            }

            return new MsBuildError
            {
                Origin = match.Groups["origin"].Value.Trim(),
                Line = BuildOutputPatterns.ParseNumber(match.Groups["line"].Value) ?? 0,
                Column = BuildOutputPatterns.ParseNumber(match.Groups["column"].Value) ?? 0,
                Code = match.Groups["code"].Value,
                Message = match.Groups["message"].Value,
                Project = match.Groups["project"].Success ? match.Groups["project"].Value.Trim() : null,
            };
        }

        /// <summary>Whether this line continues the error before it, as NuGet prints one error over several lines.</summary>
        public bool Continues(MsBuildError previous) =>
            Message.Length > 0 && char.IsWhiteSpace(Message[0]) && SameSource(previous);

        private bool SameSource(MsBuildError other) =>
            Origin == other.Origin && Line == other.Line && Column == other.Column && Code == other.Code && Project == other.Project;
    }
}
