namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>How a child process ended, with everything it wrote.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>The command, its outcome and its output, for assertion messages.</summary>
    public string Describe()
    {
        string outcome = TimedOut ? "timed out" : $"exited with code {ExitCode}";
        return $"{CommandLine} {outcome}.{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
    }
}
