namespace Containerize.Sdk.BuildOutput
{
    /// <summary>One instruction of a Dockerfile's text, with where it starts and which stage it belongs to.</summary>
    public sealed class ScannedInstruction
    {
        public ScannedInstruction(int line, string keyword, string text, int stageIndex, string? stageName, string? baseImage)
        {
            Line = line;
            Keyword = keyword;
            Text = text;
            StageIndex = stageIndex;
            StageName = stageName;
            BaseImage = baseImage;
        }

        /// <summary>1-based line the instruction starts on.</summary>
        public int Line { get; }

        /// <summary>The instruction, upper case: RUN, COPY, FROM…</summary>
        public string Keyword { get; }

        /// <summary>The whole instruction on one line: continuation lines joined, comments inside it left out.</summary>
        public string Text { get; }

        /// <summary>0-based index of the stage; -1 for ARGs before the first FROM.</summary>
        public int StageIndex { get; }

        /// <summary>The stage's AS name; null when it has none.</summary>
        public string? StageName { get; }

        /// <summary>The image a FROM names; null for other instructions.</summary>
        public string? BaseImage { get; }
    }
}
