using System.Collections.Generic;

namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>One FROM and the instructions that follow it.</summary>
    public sealed class Stage
    {
        public Stage(string baseImage, string? name, string? platform, IReadOnlyList<Instruction> instructions)
        {
            BaseImage = baseImage;
            Name = name;
            Platform = platform;
            Instructions = instructions;
        }

        public string BaseImage { get; }

        /// <summary>The stage's name after AS, or null for an unnamed stage.</summary>
        public string? Name { get; }

        /// <summary>The value of FROM --platform (for example $BUILDPLATFORM), or null.</summary>
        public string? Platform { get; }

        public IReadOnlyList<Instruction> Instructions { get; }
    }
}
