using Containerize.Sdk.Builders;

namespace Containerize.Sdk.Tests.Builders;

/// <summary>Probe outputs as captured on this machine's clients (docker 20.10, docker 28.2, podman 4.3).</summary>
[TestClass]
public sealed class ProbeParsingTests
{
    [TestMethod]
    public void DockerWithItsDaemon()
    {
        DockerVersionReport report = DockerVersionReport.Parse(0, "20.10.24+dfsg1|20.10.24+dfsg1\n");

        Assert.IsTrue(report.DaemonAnswers);
        Assert.AreEqual("20.10.24+dfsg1", report.ClientVersion);
        Assert.AreEqual("20.10.24+dfsg1", report.ServerVersion);
        Assert.AreEqual(20, report.ClientMajorVersion);
    }

    [TestMethod]
    public void NewClientAgainstAnOldEngine()
    {
        DockerVersionReport report = DockerVersionReport.Parse(0, "28.2.2|20.10.24+dfsg1\n");

        Assert.IsTrue(report.DaemonAnswers);
        Assert.AreEqual(28, report.ClientMajorVersion);
    }

    [TestMethod]
    public void DaemonDownLeavesTheServerEmptyAndFailsTheCommand()
    {
        // Captured with DOCKER_HOST=unix:///tmp/nonexistent.sock: stdout "20.10.24+dfsg1|", exit code 1.
        DockerVersionReport report = DockerVersionReport.Parse(1, "20.10.24+dfsg1|\n");

        Assert.IsFalse(report.DaemonAnswers);
        Assert.AreEqual("20.10.24+dfsg1", report.ClientVersion);
        Assert.AreEqual("", report.ServerVersion);
    }

    [TestMethod]
    public void AServerVersionWithAFailedCommandIsNotTrusted()
    {
        Assert.IsFalse(DockerVersionReport.Parse(1, "24.0.7|24.0.7").DaemonAnswers);
        Assert.IsFalse(DockerVersionReport.Parse(0, "24.0.7|<no value>").DaemonAnswers);
    }

    [TestMethod]
    public void WarningsBeforeTheAnswerAreSkipped()
    {
        DockerVersionReport report = DockerVersionReport.Parse(0, "WARNING: something about contexts\n\n27.3.1|27.3.1\n");

        Assert.AreEqual("27.3.1", report.ClientVersion);
        Assert.IsTrue(report.DaemonAnswers);
    }

    [TestMethod]
    public void MajorVersionsOfDistributionBuilds()
    {
        Assert.AreEqual(20, ClientVersion.Major("20.10.24+dfsg1"));
        Assert.AreEqual(24, ClientVersion.Major("24.0.7-0ubuntu2~22.04.1"));
        Assert.AreEqual(28, ClientVersion.Major("v28.2.2"));
        Assert.AreEqual(4, ClientVersion.Major("4.3.1"));
        Assert.IsNull(ClientVersion.Major("dev"));
        Assert.IsNull(ClientVersion.Major(""));
        Assert.IsNull(ClientVersion.Major(null));
    }

    [TestMethod]
    public void Podman()
    {
        PodmanVersionReport answering = PodmanVersionReport.Parse(0, "4.3.1\n");
        PodmanVersionReport machineDown = PodmanVersionReport.Parse(125, "");

        Assert.IsTrue(answering.Answers);
        Assert.AreEqual("4.3.1", answering.Version);
        Assert.IsFalse(machineDown.Answers);
    }

    [TestMethod]
    public void ImageInspect()
    {
        ImageInspectReport docker = ImageInspectReport.Parse("sha256:6637949866cbb422455571e5f7d079a4f97183ba4c5c38541553dbbf84a46a19|337990360\n")!;
        ImageInspectReport podman = ImageInspectReport.Parse("4aa6e77497cf6db27e3a6f963a15e863a010a3ed337e568a0f012aef31c69fec|343482635\n")!;

        Assert.AreEqual("sha256:6637949866cbb422455571e5f7d079a4f97183ba4c5c38541553dbbf84a46a19", docker.ImageId);
        Assert.AreEqual("6637949866cb", docker.ShortId);
        Assert.AreEqual("338.0", docker.SizeMegabytes);
        Assert.AreEqual("4aa6e77497cf", podman.ShortId);
        Assert.AreEqual("343.5", podman.SizeMegabytes);
        Assert.IsNull(ImageInspectReport.Parse("Error: No such image"));
    }

    [TestMethod]
    public void BuildModeFollowsWhatTheClientCanDo()
    {
        Assert.AreEqual(BuildMode.Buildx, BuildModeSelector.ForDocker(28, hasBuildxPlugin: true));
        Assert.AreEqual(BuildMode.Buildx, BuildModeSelector.ForDocker(20, hasBuildxPlugin: true));
        Assert.AreEqual(BuildMode.BuildKit, BuildModeSelector.ForDocker(20, hasBuildxPlugin: false));
        Assert.AreEqual(BuildMode.BuildKit, BuildModeSelector.ForDocker(22, hasBuildxPlugin: false));
        Assert.AreEqual(BuildMode.Legacy, BuildModeSelector.ForDocker(23, hasBuildxPlugin: false));
        Assert.AreEqual(BuildMode.Legacy, BuildModeSelector.ForDocker(28, hasBuildxPlugin: false));
        Assert.AreEqual(BuildMode.Legacy, BuildModeSelector.ForDocker(null, hasBuildxPlugin: false));
    }

    [TestMethod]
    public void ModeNamesRoundTrip()
    {
        foreach (BuildMode mode in Enum.GetValues<BuildMode>())
        {
            Assert.IsTrue(BuildModeNames.TryParseMode(BuildModeNames.Name(mode).ToUpperInvariant(), out BuildMode parsed));
            Assert.AreEqual(mode, parsed);
        }

        Assert.IsFalse(BuildModeNames.TryParseMode("none", out _));
        Assert.AreEqual("buildkit", BuildModeNames.Name(BuildMode.BuildKit));
    }

    [TestMethod]
    public void RequestedBuilders()
    {
        Assert.IsTrue(Sdk.Builders.RequestedBuilders.TryParse(" Docker ", out RequestedBuilder docker));
        Assert.AreEqual(RequestedBuilder.Docker, docker);
        Assert.IsTrue(Sdk.Builders.RequestedBuilders.TryParse("", out RequestedBuilder empty));
        Assert.AreEqual(RequestedBuilder.Auto, empty);
        Assert.IsFalse(Sdk.Builders.RequestedBuilders.TryParse("dokker", out _));
    }
}
