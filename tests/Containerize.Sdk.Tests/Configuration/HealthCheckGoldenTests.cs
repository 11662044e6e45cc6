using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class HealthCheckGoldenTests
{
    [TestMethod]
    public void CommandWithEveryOption()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = "curl;-f;http://localhost:8080/healthz";
        settings.FinalStage.HealthCheckInterval = "1m30s";
        settings.FinalStage.HealthCheckTimeout = "500ms";
        settings.FinalStage.HealthCheckStartPeriod = "1.5s";
        settings.FinalStage.HealthCheckRetries = "3";
        Planning.GoldenFile.AssertMatches("HealthCheck.AllOptions.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void ShellCommandKeepsItsSemicolonAndOptionsStayDefault()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = "sh; -c; test -f /tmp/ready;; curl -f http://localhost:8080/ || exit 1";
        string check = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "HEALTHCHECK").Single();
        Assert.StartsWith("CMD ", check);
        CollectionAssert.AreEqual(
            new[] { "sh", "-c", "test -f /tmp/ready; curl -f http://localhost:8080/ || exit 1" },
            DockerfileLines.JsonArray(check.Substring("CMD ".Length)));
    }

    [TestMethod]
    public void DockersJsonExecForm_MeansWhatTheSemicolonListMeans()
    {
        ContainerSettings json = ConfiguredProject.WebApp();
        json.FinalStage.HealthCheck = " [\"curl\", \"-fsS\",\"http://127.0.0.1:8080/health\"] ";
        ContainerSettings list = ConfiguredProject.WebApp();
        list.FinalStage.HealthCheck = "curl;-fsS;http://127.0.0.1:8080/health";

        string check = DockerfileLines.Arguments(ConfiguredProject.FinalStage(json), "HEALTHCHECK").Single();

        CollectionAssert.AreEqual(new[] { "curl", "-fsS", "http://127.0.0.1:8080/health" }, DockerfileLines.JsonArray(check.Substring("CMD ".Length)));
        Assert.AreEqual(DockerfileLines.Arguments(ConfiguredProject.FinalStage(list), "HEALTHCHECK").Single(), check);
    }

    [TestMethod]
    public void JsonForm_KeepsSemicolonsBlanksAndEscapesVerbatim()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = "[\"sh\",\"-c\",\"test -f /tmp/ready; curl -f \\\"http://localhost:8080/\\\" || exit 1\",\" \\u00e9 \"]";

        string check = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "HEALTHCHECK").Single();

        CollectionAssert.AreEqual(
            new[] { "sh", "-c", "test -f /tmp/ready; curl -f \"http://localhost:8080/\" || exit 1", " \u00e9 " },
            DockerfileLines.JsonArray(check.Substring("CMD ".Length)));
    }

    [TestMethod]
    public void MicrosecondsAreWrittenInAscii()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.HealthCheck = "true";
        settings.FinalStage.HealthCheckTimeout = "1500µs";
        string check = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "HEALTHCHECK").Single();
        Assert.AreEqual("--timeout=1500us CMD [\"true\"]", check);
    }

    [TestMethod]
    public void NoHealthCheckWithoutTheProperty()
    {
        Assert.IsEmpty(DockerfileLines.Arguments(ConfiguredProject.FinalStage(ConfiguredProject.WebApp()), "HEALTHCHECK"));
    }
}
