using System.Collections.Generic;

namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>One FROM and the instructions that follow it.</summary>
    public sealed class Stage
    {
        public Stage(string baseImage, string? name, string? platform, IReadOnlyList<Instruction> instructions, bool baseIsArgument = false)
        {
            BaseImage = baseImage;
            Name = name;
            Platform = platform;
            Instructions = instructions;
            BaseIsArgument = baseIsArgument;
        }

        /// <summary>FROM ${name}: a global ARG names the image or stage this stage starts from.</summary>
        public static Stage FromArgument(string argument, string name) => new Stage(argument, name, null, new Instruction[0], baseIsArgument: true);

        /// <summary>An image reference or stage name; with BaseIsArgument, the name of the global ARG that holds one.</summary>
        public string BaseImage { get; }

        public bool BaseIsArgument { get; }

        /// <summary>The stage's name after AS, or null for an unnamed stage.</summary>
        public string? Name { get; }

        /// <summary>The value of FROM --platform (for example $BUILDPLATFORM), or null.</summary>
        public string? Platform { get; }

        public IReadOnlyList<Instruction> Instructions { get; }
    }
}
