using System.Text.Json;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>One instruction of a Dockerfile, with the name of the stage it belongs to.</summary>
internal sealed record DockerfileInstruction(string Keyword, string Arguments, string Stage)
{
    public bool IsCopy => Keyword == "COPY";

    public bool IsRun => Keyword == "RUN";

    /// <summary>The sources of a COPY (its last path is the destination), in exec (JSON) or shell form, flags left out.</summary>
    public IReadOnlyList<string> CopySources()
    {
        string paths = string.Join(" ", Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(word => word.StartsWith("--", StringComparison.Ordinal)));
        string[] all = paths.StartsWith('[')
            ? JsonSerializer.Deserialize<string[]>(paths) ?? Array.Empty<string>()
            : paths.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return all.Take(all.Length - 1).ToList();
    }

    public override string ToString() => $"[{Stage}] {Keyword} {Arguments}";
}
