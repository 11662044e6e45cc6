using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;

namespace Containerize.Sdk.Processes
{
    /// <summary>
    /// Runs a process to its end, handing each output line to a callback as it arrives. The callback runs on the calling
    /// thread, not on the pipe readers' threads, because MSBuild logging belongs to the task's own thread.
    /// </summary>
    public static class ProcessRunner
    {
        public const int DefaultTailLineCount = 40;

        private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

        // After a kill, or once the process has exited, its pipes are given this long to deliver what is left.
        private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(5);

        /// <param name="command">What to start.</param>
        /// <param name="onLine">Called with each line of standard output or error; may be null.</param>
        /// <param name="timeout">How long it may run before it is killed; null, zero or less for no limit.</param>
        /// <param name="cancellationToken">Kills the process and its children when canceled.</param>
        /// <param name="tailLineCount">How many of the last lines the result keeps.</param>
        public static ProcessRunResult Run(
            ClientCommand command,
            Action<OutputLine>? onLine,
            TimeSpan? timeout,
            CancellationToken cancellationToken,
            int tailLineCount = DefaultTailLineCount)
        {
            var stopwatch = Stopwatch.StartNew();
            var tail = new LineTail(tailLineCount);
            using (var lines = new BlockingCollection<OutputLine?>())
            using (var process = new Process { StartInfo = StartInfo(command) })
            {
                // A null item marks the end of one of the two streams.
                process.OutputDataReceived += (sender, e) => Add(lines, e.Data == null ? null : new OutputLine(e.Data, false));
                process.ErrorDataReceived += (sender, e) => Add(lines, e.Data == null ? null : new OutputLine(e.Data, true));
                try
                {
                    process.Start();
                }
                catch (Exception exception) when (exception is Win32Exception || exception is InvalidOperationException)
                {
                    return new ProcessRunResult(ProcessOutcome.FailedToStart, -1, tail.Lines(), stopwatch.Elapsed, command.Executable + ": " + exception.Message);
                }

                try
                {
                    // Nothing is ever typed in: a client that asks for input gets end-of-file instead of waiting forever.
                    process.StandardInput.Close();
                    process.BeginOutputReadLine();
                    process.BeginErrorReadLine();
                    ProcessOutcome outcome = WaitForEnd(process, lines, line => Deliver(line, tail, onLine), stopwatch, timeout, cancellationToken);
                    int exitCode = outcome == ProcessOutcome.Exited ? process.ExitCode : -1;
                    return new ProcessRunResult(outcome, exitCode, tail.Lines(), stopwatch.Elapsed);
                }
                finally
                {
                    // Also when the callback throws: no build may outlive the task that started it.
                    ProcessTreeKiller.Kill(process);
                    lines.CompleteAdding();
                }
            }
        }

        private static ProcessStartInfo StartInfo(ClientCommand command)
        {
            var startInfo = new ProcessStartInfo(command.Executable, ArgumentQuoter.Join(command.Arguments))
            {
                UseShellExecute = false,
                CreateNoWindow = true,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardErrorEncoding = new UTF8Encoding(false),
            };
            foreach (KeyValuePair<string, string> variable in command.Environment.Concat(command.SecretEnvironment))
            {
                // Set on the child only: the MSBuild process and other tasks keep their environment.
                startInfo.Environment[variable.Key] = variable.Value;
            }

            return startInfo;
        }

        private static ProcessOutcome WaitForEnd(
            Process process,
            BlockingCollection<OutputLine?> lines,
            Action<OutputLine> deliver,
            Stopwatch stopwatch,
            TimeSpan? timeout,
            CancellationToken cancellationToken)
        {
            int openStreams = 2;
            TimeSpan? exitedAt = null;
            while (true)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    Stop(process, lines, deliver, openStreams);
                    return ProcessOutcome.Canceled;
                }

                if (timeout.HasValue && timeout.Value > TimeSpan.Zero && stopwatch.Elapsed >= timeout.Value)
                {
                    Stop(process, lines, deliver, openStreams);
                    return ProcessOutcome.TimedOut;
                }

                if (openStreams > 0)
                {
                    if (lines.TryTake(out OutputLine? line, PollInterval))
                    {
                        if (line == null)
                        {
                            openStreams--;
                        }
                        else
                        {
                            deliver(line);
                        }
                    }

                    // A child that outlives the process may hold the pipes open; the process's end decides, not theirs.
                    if (exitedAt == null && process.HasExited)
                    {
                        exitedAt = stopwatch.Elapsed;
                    }

                    if (exitedAt.HasValue && stopwatch.Elapsed - exitedAt.Value > DrainTime)
                    {
                        return ProcessOutcome.Exited;
                    }
                }
                else if (process.WaitForExit((int)PollInterval.TotalMilliseconds))
                {
                    // With both streams at their end, the parameterless wait returns at once and makes the exit code final.
                    process.WaitForExit();
                    return ProcessOutcome.Exited;
                }
            }
        }

        /// <summary>Kills the process tree and passes on what the pipes still deliver.</summary>
        private static void Stop(Process process, BlockingCollection<OutputLine?> lines, Action<OutputLine> deliver, int openStreams)
        {
            ProcessTreeKiller.Kill(process);
            var draining = Stopwatch.StartNew();
            process.WaitForExit((int)DrainTime.TotalMilliseconds);
            while (openStreams > 0 && draining.Elapsed < DrainTime)
            {
                if (!lines.TryTake(out OutputLine? line, PollInterval))
                {
                    continue;
                }

                if (line == null)
                {
                    openStreams--;
                }
                else
                {
                    deliver(line);
                }
            }
        }

        private static void Deliver(OutputLine line, LineTail tail, Action<OutputLine>? onLine)
        {
            tail.Add(line.Text);
            onLine?.Invoke(line);
        }

        private static void Add(BlockingCollection<OutputLine?> lines, OutputLine? line)
        {
            try
            {
                lines.Add(line);
            }
            catch (InvalidOperationException)
            {
                // The run is over and the collection completed or disposed: late lines from a killed process are dropped.
            }
        }
    }

    /// <summary>One line a child process wrote, and whether it came from standard error.</summary>
    public sealed record OutputLine(string Text, bool IsStandardError);
}
