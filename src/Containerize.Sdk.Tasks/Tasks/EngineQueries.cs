using System;
using Containerize.Sdk.Builders;
using Containerize.Sdk.Processes;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// Questions to the container engine started while the project builds (StartEngineQueries), kept with MSBuild for
    /// the rest of the build, and taken by the task that asks the same command later. Each client command is a process
    /// that mostly waits on the engine (about 60 ms each here); asked during a build that has nothing to compile, they cost
    /// the publish nothing. An answer is taken once; a question never started, or one that timed out or did not start,
    /// is asked again when it is needed.
    /// </summary>
    internal static class EngineQueries
    {
        private const string KeyPrefix = "Containerize.Sdk.EngineQuery|";

        public static void Start(IBuildEngine4 engine, ClientCommand command, TimeSpan timeout)
        {
            string key = Key(command);
            if (engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) != null)
            {
                return;
            }

            // A thread of its own (LongRunning): each query waits on a process, and the thread pool, two threads on two
            // cores, would start the third query only after about a second.
            var started = new StartedQuery(System.Threading.Tasks.Task.Factory.StartNew(
                () => ProbeOutput.Run(command, timeout),
                System.Threading.CancellationToken.None,
                System.Threading.Tasks.TaskCreationOptions.LongRunning,
                System.Threading.Tasks.TaskScheduler.Default));
            engine.RegisterTaskObject(key, started, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        }

        /// <summary>Runs a client command, or takes the answer of the same command started earlier in this build.</summary>
        public static Func<ClientCommand, TimeSpan, ProbeOutput> Runner(IBuildEngine engine, TaskLoggingHelper log) => (command, timeout) =>
        {
            if (engine is IBuildEngine4 engine4
                && engine4.UnregisterTaskObject(Key(command), RegisteredTaskObjectLifetime.Build) is StartedQuery started
                && started.Answer.Wait(timeout)
                && !started.Answer.Result.TimedOut
                && started.Answer.Result.StartError == null)
            {
                log.LogMessage(MessageImportance.Low, "Containerize: " + command + " was answered while the project built.");
                return started.Answer.Result;
            }

            return ProbeOutput.Run(command, timeout);
        };

        /// <summary>
        /// By command alone: the same question has the same answer for every project of the build. A project that finds
        /// a question already started leaves it to the first, and asks again itself if the first took the answer.
        /// </summary>
        private static string Key(ClientCommand command) => KeyPrefix + command;

        /// <summary>Not a bare Task: MSBuild disposes registered objects that are IDisposable, and a running Task refuses that.</summary>
        private sealed class StartedQuery
        {
            public StartedQuery(System.Threading.Tasks.Task<ProbeOutput> answer)
            {
                Answer = answer;
            }

            public System.Threading.Tasks.Task<ProbeOutput> Answer { get; }
        }
    }
}
