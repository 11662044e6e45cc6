namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>Reads a Dockerfile just well enough to check which instructions it has and in what order.</summary>
internal static class DockerfileReader
{
    public static IReadOnlyList<DockerfileInstruction> Read(string text)
    {
        var instructions = new List<DockerfileInstruction>();
        string stage = "";
        foreach (string line in LogicalLines(text))
        {
            string[] parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            string keyword = parts[0].ToUpperInvariant();
            string arguments = parts.Length > 1 ? parts[1].Trim() : "";
            if (keyword == "FROM")
            {
                string[] words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                int alias = Array.FindIndex(words, word => word.Equals("AS", StringComparison.OrdinalIgnoreCase));
                stage = alias >= 0 && alias + 1 < words.Length ? words[alias + 1] : instructions.Count(i => i.Keyword == "FROM").ToString();
            }

            instructions.Add(new DockerfileInstruction(keyword, arguments, stage));
        }

        return instructions;
    }

    /// <summary>The lines that are instructions: comments and blank lines dropped, "\" continuations joined.</summary>
    private static IEnumerable<string> LogicalLines(string text)
    {
        string pending = "";
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r').Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            yield return pending + line;
            pending = "";
        }

        if (pending.Length > 0)
        {
            yield return pending;
        }
    }
}
