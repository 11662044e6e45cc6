using System.Text.RegularExpressions;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>What the image builder's output says about the build stage's `RUN dotnet restore` step.</summary>
internal static partial class RestoreStepReport
{
    /// <summary>
    /// True when the builder reused the step from its cache, false when it ran the step, null when the output shows
    /// no restore step at all. BuildKit (--progress=plain) prints "#12 [build 4/7] RUN ... dotnet restore ..." and,
    /// for a reused step, "#12 CACHED"; the legacy builder prints "Step 5/12 : RUN ... dotnet restore ..." followed
    /// by " ---> Using cache".
    /// </summary>
    public static bool? WasCached(string builderOutput)
    {
        string[] lines = builderOutput.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        for (int index = 0; index < lines.Length; index++)
        {
            // BuildKit shows a step with its build arguments expanded, so a multi-line value continues the step's line.
            Match buildKitStep = BuildKitRunStep().Match(lines[index].TrimStart());
            if (buildKitStep.Success)
            {
                string step = buildKitStep.Groups["step"].Value;
                string command = string.Join("\n", lines.Skip(index).TakeWhile((line, at) => at == 0 || !line.TrimStart().StartsWith("#", StringComparison.Ordinal)));
                if (RestoreCommand().IsMatch(command))
                {
                    return lines.Any(line => line.Trim() == $"#{step} CACHED");
                }
            }

            if (LegacyRestoreStep().IsMatch(lines[index]))
            {
                return lines.Skip(index + 1).TakeWhile(line => !LegacyStep().IsMatch(line)).Any(line => line.Contains("Using cache", StringComparison.Ordinal));
            }
        }

        return null;
    }

    [GeneratedRegex(@"^#(?<step>\d+) \[build +\d+/\d+\] RUN ")]
    private static partial Regex BuildKitRunStep();

    [GeneratedRegex(@"\bdotnet restore\b")]
    private static partial Regex RestoreCommand();

    [GeneratedRegex(@"Step \d+/\d+ : RUN .*\bdotnet restore\b")]
    private static partial Regex LegacyRestoreStep();

    [GeneratedRegex(@"Step \d+/\d+ : ")]
    private static partial Regex LegacyStep();
}
