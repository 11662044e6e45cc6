namespace Containerize.Sdk.Building
{
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
