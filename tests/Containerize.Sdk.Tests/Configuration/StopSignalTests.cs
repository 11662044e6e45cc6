using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class StopSignalTests
{
    [TestMethod]
    public void NamedSignalIsWrittenAfterHealthCheckAndBeforeUser()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.StopSignal = "SIGINT";
        Planning.GoldenFile.AssertMatches("StopSignal.Named.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    [DataRow("SIGTERM", "SIGTERM")]
    [DataRow("term", "SIGTERM")]
    [DataRow("sigquit", "SIGQUIT")]
    [DataRow("SIGUSR2", "SIGUSR2")]
    [DataRow("SIGRTMIN+3", "SIGRTMIN+3")]
    [DataRow(" 9 ", "9")]
    [DataRow("64", "64")]
    public void SignalIsNormalized(string value, string written)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.StopSignal = value;
        CollectionAssert.AreEqual(new[] { written }, DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "STOPSIGNAL").ToArray());
    }

    [TestMethod]
    [DataRow("SIGFOO")]
    [DataRow("0")]
    [DataRow("65")]
    [DataRow("-9")]
    [DataRow("SIGRTMIN+16")]
    [DataRow("SIGTERM\nRUN id")]
    public void UnknownSignalIsCtz1112(string value)
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.StopSignal = value;
        StringAssert.Contains(ConfiguredProject.Single(settings, "CTZ1112").Message, "ContainerStopSignal");
    }
}
