using Containerize.Sdk.Builders;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.BuildOutput
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

    public static class BuildOutputReaders
    {
        /// <summary>The reader for the output format each build mode prints.</summary>
        public static IBuildOutputReader For(BuildMode mode)
        {
            switch (mode)
            {
                case BuildMode.Legacy:
                    return new LegacyOutputReader();
                case BuildMode.Podman:
                    return new PodmanOutputReader();
                default:
                    return new BuildKitOutputReader();
            }
        }
    }
}
