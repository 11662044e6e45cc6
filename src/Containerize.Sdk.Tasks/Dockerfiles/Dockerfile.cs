using System.Collections.Generic;

namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>A multi-stage Dockerfile: header comments, then its stages in order.</summary>
    public sealed class Dockerfile
    {
        public Dockerfile(IReadOnlyList<string> headerComments, IReadOnlyList<Stage> stages)
        {
            HeaderComments = headerComments;
            Stages = stages;
        }

        public IReadOnlyList<string> HeaderComments { get; }

        public IReadOnlyList<Stage> Stages { get; }
    }
}
