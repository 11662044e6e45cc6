using System;
using System.Collections.Generic;

namespace Containerize.Sdk.Processes
{
    public sealed class ProcessRunResult
    {
        public ProcessRunResult(ProcessOutcome outcome, int exitCode, IReadOnlyList<string> lastLines, TimeSpan elapsed, string? startError = null)
        {
            Outcome = outcome;
            ExitCode = exitCode;
            LastLines = lastLines;
            Elapsed = elapsed;
            StartError = startError;
        }

        public ProcessOutcome Outcome { get; }

        /// <summary>The exit code when the process exited by itself; -1 otherwise.</summary>
        public int ExitCode { get; }

        /// <summary>The last lines of standard output and error together, in the order they arrived.</summary>
        public IReadOnlyList<string> LastLines { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>Why the process could not start, when <see cref="Outcome"/> is FailedToStart.</summary>
        public string? StartError { get; }

        public bool Succeeded => Outcome == ProcessOutcome.Exited && ExitCode == 0;
    }

    public enum ProcessOutcome
    {
        /// <summary>The process ended by itself; its exit code is known.</summary>
        Exited,

        /// <summary>The process ran longer than allowed and was killed with its children.</summary>
        TimedOut,

        /// <summary>The caller canceled and the process was killed with its children.</summary>
        Canceled,

        /// <summary>The executable could not be started.</summary>
        FailedToStart,
    }
}
