namespace Containerize.Sdk.Building
{
    /// <summary>
    /// Reads a build's output line by line as it streams, remembering only what a failure report needs, so outputs of any
    /// length are read in little memory.
    /// </summary>
    public interface IBuildOutputReader
    {
        void Read(OutputLine line);

        /// <summary>What the output so far says about the failure.</summary>
        BuildFailure Failure();
    }
}
