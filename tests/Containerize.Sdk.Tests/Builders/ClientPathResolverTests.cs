using Containerize.Sdk.Builders;

namespace Containerize.Sdk.Tests.Builders;

[TestClass]
public sealed class ClientPathResolverTests
{
    private static ClientPathResolver Posix(Dictionary<string, string> environment, params string[] files) =>
        new(name => environment.TryGetValue(name, out string? value) ? value : null, files.Contains, isWindows: false);

    [TestMethod]
    public void TheExplicitPathWinsOverTheEnvironmentAndPath()
    {
        ClientPathResolver resolver = Posix(
            new() { ["CONTAINERIZE_DOCKER"] = "/env/docker", ["PATH"] = "/usr/bin" },
            "/opt/docker", "/env/docker", "/usr/bin/docker");

        ClientPathResolution resolution = resolver.ResolveDocker("/opt/docker");

        Assert.AreEqual("/opt/docker", resolution.Path);
        Assert.AreEqual("ContainerizeDockerPath '/opt/docker'", resolution.Searched);
    }

    [TestMethod]
    public void TheEnvironmentVariableWinsOverPath()
    {
        ClientPathResolver resolver = Posix(new() { ["CONTAINERIZE_DOCKER"] = "/env/docker", ["PATH"] = "/usr/bin" }, "/env/docker", "/usr/bin/docker");

        Assert.AreEqual("/env/docker", resolver.ResolveDocker("  ").Path);
    }

    [TestMethod]
    public void PathIsSearchedInOrderAndRelativeEntriesAreSkipped()
    {
        ClientPathResolver resolver = Posix(new() { ["PATH"] = ":bin:/usr/local/bin:/usr/bin" }, "bin/docker", "/usr/local/bin/docker", "/usr/bin/docker");

        ClientPathResolution resolution = resolver.ResolveDocker(null);

        Assert.AreEqual("/usr/local/bin/docker", resolution.Path);
        Assert.AreEqual("docker on PATH", resolution.Searched);
    }

    [TestMethod]
    public void ABareNameIsLookedUpOnPath()
    {
        ClientPathResolver resolver = Posix(new() { ["CONTAINERIZE_DOCKER"] = "podman", ["PATH"] = "/usr/bin" }, "/usr/bin/podman");

        Assert.AreEqual("/usr/bin/podman", resolver.ResolveDocker(null).Path);
    }

    [TestMethod]
    public void AMissingClientIsAnAnswerNotAnException()
    {
        ClientPathResolver resolver = Posix(new() { ["PATH"] = "/usr/bin" });

        Assert.IsFalse(resolver.ResolveDocker(null).Found);
        Assert.AreEqual("docker is not on PATH", resolver.ResolveDocker(null).Searched);
        Assert.AreEqual("ContainerizeDockerPath '/opt/docker', which does not exist", resolver.ResolveDocker("/opt/docker").Searched);
        Assert.AreEqual("ContainerizePodmanPath 'podman5', which is not on PATH", resolver.ResolvePodman("podman5").Searched);
    }

    [TestMethod]
    public void PodmanIgnoresTheDockerVariable()
    {
        ClientPathResolver resolver = Posix(new() { ["CONTAINERIZE_DOCKER"] = "/env/docker", ["PATH"] = "/usr/bin" }, "/env/docker", "/usr/bin/podman");

        Assert.AreEqual("/usr/bin/podman", resolver.ResolvePodman(null).Path);
    }

    [TestMethod]
    public void WindowsTriesPathExtensionsAndQuotedEntries()
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "C:\\Windows;\"C:\\Program Files\\Docker\\Docker\\resources\\bin\";relative",
            ["PATHEXT"] = ".COM;.EXE;.CMD",
        };
        var resolver = new ClientPathResolver(
            name => environment.TryGetValue(name, out string? value) ? value : null,
            path => path == "C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe",
            isWindows: true);

        Assert.AreEqual("C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe", resolver.ResolveDocker(null).Path);
    }
}
