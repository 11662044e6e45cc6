using System.Collections.Generic;

namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>A multi-stage Dockerfile: header comments, the global ARGs (before the first FROM), then its stages in order.</summary>
    public sealed class Dockerfile
    {
        public Dockerfile(IReadOnlyList<string> headerComments, IReadOnlyList<Stage> stages, IReadOnlyList<ArgInstruction>? globalArguments = null)
        {
            HeaderComments = headerComments;
            Stages = stages;
            GlobalArguments = globalArguments ?? new ArgInstruction[0];
        }

        public IReadOnlyList<string> HeaderComments { get; }

        /// <summary>ARGs a FROM line can use.</summary>
        public IReadOnlyList<ArgInstruction> GlobalArguments { get; }

        public IReadOnlyList<Stage> Stages { get; }
    }
}
