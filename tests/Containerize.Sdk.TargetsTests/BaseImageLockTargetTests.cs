using static Containerize.Sdk.TargetsTests.GenerateDockerfileTargetTests;

namespace Containerize.Sdk.TargetsTests;

/// <summary>ContainerizePinBaseImages and the ContainerizeLockBaseImages target, without a container engine.</summary>
[TestClass]
public sealed class BaseImageLockTargetTests
{
    private const string DigestA = "sha256:0c949afa82333dba99fe88f97a81e5555a8395f8d5b6ce00f2f18a2eeaa6fb64";
    private const string DigestB = "sha256:b44e557df7628edf523b864a43189a776890ec5f4c2dfe458d98752e6e0724a2";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void APinnedProjectStartsEachStageFromTheDigestInTheLockBesideIt()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", Containerized(new() { ["ContainerizePinBaseImages"] = "true" }));
        File.WriteAllText(Path.Combine(project.ProjectDirectory, "base-images.lock.json"), $$"""
            {
              "version": 1,
              "baseImages": {
                "mcr.microsoft.com/dotnet/runtime:10.0": "{{DigestA}}",
                "mcr.microsoft.com/dotnet/sdk:10.0": "{{DigestB}}"
              }
            }
            """);

        BuildOutcome outcome = new ProjectBuilder(project, BinlogName.For(TestContext)).RestoreAndBuild("GenerateDockerfile");

        AssertSucceeded(outcome);
        string[] lines = project.DockerfileLines();
        CollectionAssert.Contains(lines, "FROM mcr.microsoft.com/dotnet/runtime:10.0@" + DigestA + " AS final", string.Join("\n", lines));
        CollectionAssert.Contains(lines, "FROM mcr.microsoft.com/dotnet/sdk:10.0@" + DigestB + " AS build", string.Join("\n", lines));
        Assert.AreEqual("mcr.microsoft.com/dotnet/runtime:10.0@" + DigestA, outcome.Property("ContainerizeBaseImage"));
    }

    [TestMethod]
    public void APinnedProjectWithoutALock_StopsWithCTZ1007_AndWritesNoDockerfile()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", Containerized(new() { ["ContainerizePinBaseImages"] = "true" }));

        BuildOutcome outcome = new ProjectBuilder(project, BinlogName.For(TestContext)).RestoreAndBuild("GenerateDockerfile");

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.AreEqual(new[] { "CTZ1007" }, outcome.ErrorCodes.ToArray(), outcome.Log.Describe());
        Assert.Contains(Path.Combine(project.ProjectDirectory, "base-images.lock.json"), outcome.Log.Errors.Single().Message ?? "");
        Assert.IsFalse(File.Exists(project.DockerfilePath()));
    }

    [TestMethod]
    public void TheLockTarget_DoesNotNeedTheLockItWrites_ButNeedsAnEngine()
    {
        using TestProject project = TestProject.Create(ProjectKind.Console, "Worker", Containerized(new() { ["ContainerizePinBaseImages"] = "true" }));

        BuildOutcome outcome = new ProjectBuilder(project, BinlogName.For(TestContext)).RestoreAndBuild("ContainerizeLockBaseImages");

        Assert.IsFalse(outcome.Succeeded);
        CollectionAssert.AreEqual(new[] { "CTZ3033" }, outcome.ErrorCodes.ToArray(), outcome.Log.Describe());
        Assert.IsFalse(File.Exists(Path.Combine(project.ProjectDirectory, "base-images.lock.json")));
    }
}
