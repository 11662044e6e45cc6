using System.Diagnostics;
using System.Text;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>Runs a child process to its end (or its timeout, when the whole process tree is killed) and captures its output.</summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = StartInfo(fileName, arguments, workingDirectory, environment);
        var standardOutput = new StringBuilder();
        var standardError = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(standardOutput, line.Data);
        process.ErrorDataReceived += (_, line) => Append(standardError, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        // The parameterless wait also waits for the output readers to reach the end of both streams.
        process.WaitForExit();
        return new ProcessResult(
            CommandLine(fileName, startInfo.ArgumentList),
            exited ? process.ExitCode : -1,
            !exited,
            Text(standardOutput),
            Text(standardError));
    }

    public static ProcessStartInfo StartInfo(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryLayout.Root,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (KeyValuePair<string, string?> variable in environment ?? new Dictionary<string, string?>())
        {
            if (variable.Value == null)
            {
                startInfo.Environment.Remove(variable.Key);
            }
            else
            {
                startInfo.Environment[variable.Key] = variable.Value;
            }
        }

        return startInfo;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line == null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string CommandLine(string fileName, IEnumerable<string> arguments) =>
        string.Join(" ", new[] { fileName }.Concat(arguments).Select(word => word.Contains(' ') ? $"\"{word}\"" : word));
}
