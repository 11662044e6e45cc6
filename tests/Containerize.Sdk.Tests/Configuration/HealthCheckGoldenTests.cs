using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class HealthCheckGoldenTests
{
    [TestMethod]
    public void CommandWithEveryOption()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Runtime.HealthCheck = "curl;-f;http://localhost:8080/healthz";
        settings.Runtime.HealthCheckInterval = "1m30s";
        settings.Runtime.HealthCheckTimeout = "500ms";
        settings.Runtime.HealthCheckStartPeriod = "1.5s";
        settings.Runtime.HealthCheckRetries = "3";
        Planning.GoldenFile.AssertMatches("HealthCheck.AllOptions.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void ShellCommandKeepsItsSemicolonAndOptionsStayDefault()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Runtime.HealthCheck = "sh; -c; test -f /tmp/ready;; curl -f http://localhost:8080/ || exit 1";
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
        json.Runtime.HealthCheck = " [\"curl\", \"-fsS\",\"http://127.0.0.1:8080/health\"] ";
        ContainerSettings list = ConfiguredProject.WebApp();
        list.Runtime.HealthCheck = "curl;-fsS;http://127.0.0.1:8080/health";

        string check = DockerfileLines.Arguments(ConfiguredProject.FinalStage(json), "HEALTHCHECK").Single();

        CollectionAssert.AreEqual(new[] { "curl", "-fsS", "http://127.0.0.1:8080/health" }, DockerfileLines.JsonArray(check.Substring("CMD ".Length)));
        Assert.AreEqual(DockerfileLines.Arguments(ConfiguredProject.FinalStage(list), "HEALTHCHECK").Single(), check);
    }

    [TestMethod]
    public void JsonForm_KeepsSemicolonsBlanksAndEscapesVerbatim()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Runtime.HealthCheck = "[\"sh\",\"-c\",\"test -f /tmp/ready; curl -f \\\"http://localhost:8080/\\\" || exit 1\",\" \\u00e9 \"]";

        string check = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "HEALTHCHECK").Single();

        CollectionAssert.AreEqual(
            new[] { "sh", "-c", "test -f /tmp/ready; curl -f \"http://localhost:8080/\" || exit 1", " \u00e9 " },
            DockerfileLines.JsonArray(check.Substring("CMD ".Length)));
    }

    [TestMethod]
    public void MicrosecondsAreWrittenInAscii()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.Runtime.HealthCheck = "true";
        settings.Runtime.HealthCheckTimeout = "1500µs";
        string check = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "HEALTHCHECK").Single();
        Assert.AreEqual("--timeout=1500us CMD [\"true\"]", check);
    }

    [TestMethod]
    public void NoHealthCheckWithoutTheProperty()
    {
        Assert.IsEmpty(DockerfileLines.Arguments(ConfiguredProject.FinalStage(ConfiguredProject.WebApp()), "HEALTHCHECK"));
    }
}
