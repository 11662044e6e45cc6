namespace Containerize.Sdk.Building
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
}
