using Containerize.Sdk.BuildOutput;

namespace Containerize.Sdk.Tests.BuildOutput;

[TestClass]
public sealed class FailedStepLocatorTests
{
    private const string MultiStage =
        "FROM sdk AS build\n" +      // 1
        "WORKDIR /src\n" +           // 2
        "ENV A=1\n" +                // 3: no BuildKit step
        "COPY a ./\n" +              // 4
        "RUN restore\n" +            // 5
        "\n" +
        "FROM runtime\n" +           // 7: unnamed, stage-1
        "USER app\n" +               // 8
        "COPY --from=build /o .\n";  // 9

    [TestMethod]
    public void BuildKitCountsOnlyFileChangingInstructions()
    {
        var failure = new BuildFailure { Instruction = "RUN restore", Position = new StepPosition(StepNumbering.BuildKitStage, 4, 4, stageName: "build") };

        Assert.AreEqual(5, FailedStepLocator.Locate(MultiStage, failure));
    }

    [TestMethod]
    public void BuildKitNamesUnnamedStagesByIndex()
    {
        var failure = new BuildFailure { Instruction = "COPY --from=build /o .", Position = new StepPosition(StepNumbering.BuildKitStage, 2, 2, stageName: "stage-1") };

        Assert.AreEqual(9, FailedStepLocator.Locate(MultiStage, failure));
    }

    [TestMethod]
    public void LegacyCountsEveryInstruction()
    {
        var failure = new BuildFailure { Instruction = "USER app", Position = new StepPosition(StepNumbering.WholeFile, 7, 8) };

        Assert.AreEqual(8, FailedStepLocator.Locate(MultiStage, failure));
    }

    [TestMethod]
    public void PodmanCountsEveryInstructionOfItsStage()
    {
        var failure = new BuildFailure { Instruction = "COPY --from=build /o .", Position = new StepPosition(StepNumbering.PodmanStage, 3, 3, stageNumber: 2) };

        Assert.AreEqual(9, FailedStepLocator.Locate(MultiStage, failure));
    }

    [TestMethod]
    public void ANumberThatLeadsToAnotherKindOfInstructionFallsBackToTheText()
    {
        // An older BuildKit that does not count WORKDIR would call RUN restore step 3.
        var failure = new BuildFailure { Instruction = "RUN restore", Position = new StepPosition(StepNumbering.BuildKitStage, 3, 3, stageName: "build") };

        Assert.AreEqual(5, FailedStepLocator.Locate(MultiStage, failure));
    }

    [TestMethod]
    public void AmbiguousTextLeavesTheLineUnknown()
    {
        var failure = new BuildFailure { Instruction = "RUN same", Position = new StepPosition(StepNumbering.WholeFile, 9, 9) };

        Assert.AreEqual(0, FailedStepLocator.Locate("FROM a\nRUN same\nRUN same\n", failure));
    }

    [TestMethod]
    public void NothingToGoOnIsUnknown()
    {
        Assert.AreEqual(0, FailedStepLocator.Locate(MultiStage, new BuildFailure { Error = "something" }));
    }
}
