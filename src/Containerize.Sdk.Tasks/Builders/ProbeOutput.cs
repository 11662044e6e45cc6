using System;
using System.Linq;
using System.Threading;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Builders
{
    /// <summary>What a short probe command printed, and how it ended.</summary>
    public sealed class ProbeOutput
    {
        public ProbeOutput(int exitCode, string standardOutput, string standardError, bool timedOut = false, string? startError = null)
        {
            ExitCode = exitCode;
            StandardOutput = standardOutput;
            StandardError = standardError;
            TimedOut = timedOut;
            StartError = startError;
        }

        /// <summary>-1 when the command timed out or did not start.</summary>
        public int ExitCode { get; }

        public string StandardOutput { get; }

        public string StandardError { get; }

        public bool TimedOut { get; }

        public string? StartError { get; }

        /// <summary>Why the command failed, on one line, for messages.</summary>
        public string Problem(TimeSpan timeout)
        {
            if (StartError != null)
            {
                return StartError;
            }

            if (TimedOut)
            {
                return "no answer within " + timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s";
            }

            string firstError = StandardError.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Trim())
                .FirstOrDefault(line => line.Length > 0) ?? "";
            return firstError.Length > 0 ? firstError : "exit code " + ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Runs a probe command with the process runner, bounded by the timeout.</summary>
        public static ProbeOutput Run(ClientCommand command, TimeSpan timeout)
        {
            var standardOutput = new System.Text.StringBuilder();
            var standardError = new System.Text.StringBuilder();
            ProcessRunResult result = ProcessRunner.Run(
                command,
                line => (line.IsStandardError ? standardError : standardOutput).Append(line.Text).Append('\n'),
                timeout,
                CancellationToken.None);
            return new ProbeOutput(
                result.ExitCode,
                standardOutput.ToString(),
                standardError.ToString(),
                timedOut: result.Outcome == ProcessOutcome.TimedOut,
                startError: result.StartError);
        }
    }
}
