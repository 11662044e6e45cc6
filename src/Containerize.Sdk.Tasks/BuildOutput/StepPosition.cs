namespace Containerize.Sdk.BuildOutput
{
    /// <summary>Where a builder says a step is, in its own numbering.</summary>
    public sealed class StepPosition
    {
        public StepPosition(StepNumbering numbering, int index, int total, string? stageName = null, int? stageNumber = null)
        {
            Numbering = numbering;
            Index = index;
            Total = total;
            StageName = stageName;
            StageNumber = stageNumber;
        }

        public StepNumbering Numbering { get; }

        /// <summary>1-based step number.</summary>
        public int Index { get; }

        /// <summary>How many steps the builder counts, in the stage or in the file.</summary>
        public int Total { get; }

        /// <summary>BuildKit's stage label: the AS name or stage-N; null when it printed none.</summary>
        public string? StageName { get; }

        /// <summary>Podman's 1-based stage number; null for a single-stage build.</summary>
        public int? StageNumber { get; }
    }

    /// <summary>How a builder numbers the steps it prints, which decides how a step number leads to an instruction.</summary>
    public enum StepNumbering
    {
        /// <summary>
        /// BuildKit: per stage, counting FROM and the instructions that change files (RUN, COPY, ADD, WORKDIR); the stage is
        /// named by its AS name, or stage-N when it has none in a multi-stage build.
        /// </summary>
        BuildKitStage,

        /// <summary>The legacy builder: every instruction of the file in order, ARGs before the first FROM included.</summary>
        WholeFile,

        /// <summary>Podman (buildah): per stage, counting every instruction of the stage; stages are numbered from 1.</summary>
        PodmanStage,
    }
}
