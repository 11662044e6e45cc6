using Containerize.Sdk.Builders;

namespace Containerize.Sdk.Tests.UpToDate;

[TestClass]
public sealed class EngineChoiceTests
{
    private static Func<string, string?> Variables(params (string Name, string Value)[] set) =>
        name => set.Where(variable => variable.Name == name).Select(variable => variable.Value).FirstOrDefault();

    [TestMethod]
    public void TheEngineIsChosenInTheDockerClientsOwnOrder()
    {
        string config = Directory.CreateTempSubdirectory("ctz-engine").FullName;
        try
        {
            File.WriteAllText(Path.Combine(config, "config.json"), "{\"auths\": {}, \"currentContext\": \"laptop\"}");
            var all = Variables(("DOCKER_HOST", "tcp://a:2375"), ("DOCKER_CONTEXT", "b"), ("DOCKER_CONFIG", config));

            Assert.AreEqual("docker context remote", EngineChoice.Describe("docker", "remote", all));
            Assert.AreEqual("DOCKER_HOST=tcp://a:2375", EngineChoice.Describe("docker", null, all));
            Assert.AreEqual("DOCKER_CONTEXT=b", EngineChoice.Describe("docker", null, Variables(("DOCKER_CONTEXT", "b"), ("DOCKER_CONFIG", config))));
            Assert.AreEqual("docker context laptop", EngineChoice.Describe("docker", null, Variables(("DOCKER_CONFIG", config))));
            File.WriteAllText(Path.Combine(config, "config.json"), "{\"auths\": {}}");
            Assert.AreEqual("docker context default", EngineChoice.Describe("docker", null, Variables(("DOCKER_CONFIG", config))));
            File.WriteAllText(Path.Combine(config, "config.json"), "not json");
            Assert.AreEqual("docker context default", EngineChoice.Describe("docker", null, Variables(("DOCKER_CONFIG", config))));
        }
        finally
        {
            Directory.Delete(config, recursive: true);
        }
    }

    [TestMethod]
    public void PodmanIsAskedForItsOwnVariables()
    {
        Assert.AreEqual("CONTAINER_HOST=ssh://b/run/podman.sock", EngineChoice.Describe("podman", null, Variables(("CONTAINER_HOST", "ssh://b/run/podman.sock"), ("DOCKER_HOST", "tcp://a:2375"))));
        Assert.AreEqual("podman default connection", EngineChoice.Describe("podman", null, Variables(("DOCKER_HOST", "tcp://a:2375"))));
    }
}
