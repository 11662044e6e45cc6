using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class ContainerFileGoldenTests
{
    [TestMethod]
    public void FilesAreCopiedBeforeTheAppWithChmodUnderBuildKit()
    {
        using var context = new TemporaryContext();
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.FinalStage.Files = new[]
        {
            new ContainerFileSetting(context.File("scripts/entry point.sh"), "/usr/local/bin/entry-point", "0755"),
            new ContainerFileSetting(context.File("config/appsettings.Container.json"), "/etc/web/", null),
            new ContainerFileSetting(Path.GetDirectoryName(context.File("static/index.html"))!, "/srv/static", null),
        };
        Planning.GoldenFile.AssertMatches("Files.BuildKit.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void WithoutBuildKitChmodIsAWarningAndLeftOut()
    {
        using var context = new TemporaryContext();
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.UseBuildKit = false;
        settings.FinalStage.Files = new[] { new ContainerFileSetting(context.File("scripts/run.sh"), "/usr/local/bin/run", "0755") };
        Assert.IsTrue(ConfiguredProject.Single(settings, "CTZ1119").IsWarning);
        Planning.GoldenFile.AssertMatches("Files.Legacy.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void FileInAnExplicitContextAboveTheProjectIsRelativeToIt()
    {
        using var context = new TemporaryContext();
        string shared = Path.Combine(context.Root, "shared", "ca.crt");
        Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
        File.WriteAllText(shared, "cert");
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.ContextDirectory = context.Root;
        settings.FinalStage.Files = new[] { new ContainerFileSetting(shared, "/usr/local/share/ca-certificates/ca.crt", null) };
        string copy = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "COPY").First();
        Assert.AreEqual("[\"shared/ca.crt\", \"/usr/local/share/ca-certificates/ca.crt\"]", copy);
    }
}
