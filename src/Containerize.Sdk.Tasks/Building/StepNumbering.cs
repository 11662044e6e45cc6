namespace Containerize.Sdk.Building
{
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
