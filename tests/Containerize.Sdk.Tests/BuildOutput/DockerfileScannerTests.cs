using Containerize.Sdk.BuildOutput;

namespace Containerize.Sdk.Tests.BuildOutput;

[TestClass]
public sealed class DockerfileScannerTests
{
    [TestMethod]
    public void FindsInstructionsStagesAndBaseImages()
    {
        IReadOnlyList<ScannedInstruction> instructions = DockerfileScanner.Scan(CapturedOutput.Text("restore-failure.buildkit.Dockerfile"));

        CollectionAssert.AreEqual(
            new[] { "FROM", "WORKDIR", "COPY", "RUN", "COPY", "RUN", "FROM", "WORKDIR", "USER", "COPY", "ENTRYPOINT" },
            instructions.Select(i => i.Keyword).ToArray());
        CollectionAssert.AreEqual(new[] { 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14 }, instructions.Select(i => i.Line).ToArray());
        Assert.AreEqual("build", instructions[3].StageName);
        Assert.AreEqual(0, instructions[3].StageIndex);
        Assert.AreEqual("final", instructions[7].StageName);
        Assert.AreEqual(1, instructions[7].StageIndex);
        Assert.AreEqual("mcr.microsoft.com/dotnet/sdk:10.0", instructions[0].BaseImage);
    }

    [TestMethod]
    public void ContinuationsJoinAndSkipCommentsInside()
    {
        string text = "FROM a\nRUN one \\\n# a comment inside\n\n    two \\\n    three\nRUN four\n";

        IReadOnlyList<ScannedInstruction> instructions = DockerfileScanner.Scan(text);

        Assert.HasCount(3, instructions);
        Assert.AreEqual(2, instructions[1].Line);
        Assert.AreEqual("RUN one     two     three", instructions[1].Text);
        Assert.AreEqual(7, instructions[2].Line);
    }

    [TestMethod]
    public void EscapeDirectiveChangesTheContinuationCharacter()
    {
        string text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir C:\\ `\n    && echo done\nRUN echo next\n";

        IReadOnlyList<ScannedInstruction> instructions = DockerfileScanner.Scan(text);

        CollectionAssert.AreEqual(new[] { 2, 3, 5 }, instructions.Select(i => i.Line).ToArray());
    }

    [TestMethod]
    public void HeredocBodiesAreNotInstructions()
    {
        string text = "FROM a\nRUN <<EOF\nRUN not an instruction\nEOF\nCOPY <<-\"CONF\" /etc/x.conf\n\tFROM neither\n\tCONF\nRUN last\n";

        IReadOnlyList<ScannedInstruction> instructions = DockerfileScanner.Scan(text);

        CollectionAssert.AreEqual(new[] { "FROM", "RUN", "COPY", "RUN" }, instructions.Select(i => i.Keyword).ToArray());
        Assert.AreEqual(8, instructions[3].Line);
    }

    [TestMethod]
    public void ArgsBeforeTheFirstFromBelongToNoStage()
    {
        IReadOnlyList<ScannedInstruction> instructions = DockerfileScanner.Scan("ARG TAG=10.0\nFROM --platform=$BUILDPLATFORM sdk:$TAG AS Build\n");

        Assert.AreEqual(-1, instructions[0].StageIndex);
        Assert.AreEqual(0, instructions[1].StageIndex);
        Assert.AreEqual("sdk:$TAG", instructions[1].BaseImage);
        Assert.AreEqual("Build", instructions[1].StageName);
    }

    [TestMethod]
    public void WindowsLineEndsCountLikeUnixOnes()
    {
        IReadOnlyList<ScannedInstruction> instructions = DockerfileScanner.Scan("FROM a\r\n\r\nRUN b\r\n");

        Assert.AreEqual(3, instructions[1].Line);
        Assert.AreEqual("RUN b", instructions[1].Text);
    }
}
