using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class CombinationGoldenTests
{
    /// <summary>Every setting at once: the order is OS packages, files, WORKDIR, ENV, LABEL, EXPOSE, HEALTHCHECK, STOPSIGNAL, USER, app, ENTRYPOINT, CMD, created.</summary>
    [TestMethod]
    public void EverySettingTogether()
    {
        using var context = new TemporaryContext();
        ContainerSettings settings = ConfiguredProject.WebApp(context.Root);
        settings.User = "app";
        settings.WorkingDirectory = "/srv/web";
        settings.FinalStage.Ports = new[] { new NamedValue("8080", "tcp"), new NamedValue("9090", "udp") };
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("ASPNETCORE_ENVIRONMENT", "Staging") };
        settings.FinalStage.EnvironmentVariablesProperty = "FEATURE_FLAGS=a;;b;;c";
        settings.FinalStage.Labels = new[] { new NamedValue("com.contoso.team", "web") };
        settings.FinalStage.LabelSources = new[] { new NamedValue("version", "2.0.0"), new NamedValue("vendor", "Contoso") };
        settings.FinalStage.Created = "2025-06-01T00:00:00Z";
        settings.FinalStage.DefaultArgs = new[] { "--seed" };
        settings.FinalStage.HealthCheck = "curl;-fsS;http://localhost:8080/healthz";
        settings.FinalStage.HealthCheckInterval = "10s";
        settings.FinalStage.HealthCheckRetries = "5";
        settings.FinalStage.StopSignal = "SIGQUIT";
        settings.FinalStage.OsPackages = new[] { "curl" };
        settings.FinalStage.Files = new[] { new ContainerFileSetting(context.File("config/web.json"), "/etc/web/web.json", "0644") };
        Planning.GoldenFile.AssertMatches("Combination.Everything.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void PublishModeKeepsTheSameFinalStageOrder()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Mode = "Publish";
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("A", "1") };
        settings.FinalStage.StopSignal = "SIGINT";
        settings.FinalStage.Created = "2025-06-01T00:00:00Z";
        string[] keywords = DockerfileLines.Lines(ConfiguredProject.FinalStage(settings)).Select(DockerfileLines.Keyword).ToArray();
        int entrypoint = Array.IndexOf(keywords, "ENTRYPOINT");
        Assert.IsLessThan(entrypoint, Array.IndexOf(keywords, "STOPSIGNAL"));
        Assert.AreEqual("LABEL", keywords[^1], "The created label goes last.");
    }
}
