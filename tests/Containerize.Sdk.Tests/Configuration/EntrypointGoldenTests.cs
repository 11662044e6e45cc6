using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class EntrypointGoldenTests
{
    [TestMethod]
    public void FrameworkDependentDefaultIsDotnetAndTheDll()
    {
        string stage = ConfiguredProject.FinalStage(ConfiguredProject.ConsoleApp());
        Assert.AreEqual("[\"dotnet\", \"Web.dll\"]", DockerfileLines.Arguments(stage, "ENTRYPOINT").Single());
        Assert.IsEmpty(DockerfileLines.Arguments(stage, "CMD"));
    }

    [TestMethod]
    public void SelfContainedDefaultIsTheExecutableInTheWorkingDirectory()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.SelfContained = true;
        settings.RuntimeIdentifier = "linux-x64";
        settings.WorkingDirectory = "/srv/app/";
        Planning.GoldenFile.AssertMatches("Entrypoint.SelfContained.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void EntrypointModePutsCommandAndArgsInEntrypointAndDefaultArgsInCmd()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.AppCommand = new[] { "/usr/bin/tini", "--", "dotnet", "Web.dll" };
        settings.FinalStage.AppCommandArgs = new[] { "--urls", "http://+:8080" };
        settings.FinalStage.DefaultArgs = new[] { "--verbose" };
        Planning.GoldenFile.AssertMatches("Entrypoint.EntrypointMode.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void DefaultArgsModePutsEverythingInCmd()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.AppCommandInstruction = "defaultargs";
        settings.FinalStage.AppCommandArgs = new[] { "serve" };
        settings.FinalStage.DefaultArgs = new[] { "--port", "8080" };
        Planning.GoldenFile.AssertMatches("Entrypoint.DefaultArgsMode.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void NoneModeWritesOnlyTheDefaultArgs()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.AppCommandInstruction = "None";
        settings.FinalStage.DefaultArgs = new[] { "--help" };
        Planning.GoldenFile.AssertMatches("Entrypoint.NoneMode.Dockerfile", ConfiguredProject.FinalStage(settings));
    }
}
