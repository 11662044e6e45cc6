using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class PortGoldenTests
{
    [TestMethod]
    public void WebAppWithoutPortsExposes8080()
    {
        Planning.GoldenFile.AssertMatches("Ports.WebDefault.Dockerfile", ConfiguredProject.FinalStage(ConfiguredProject.WebApp()));
    }

    [TestMethod]
    public void ConsoleAppWithoutPortsExposesNothing()
    {
        Planning.GoldenFile.AssertMatches("Ports.ConsoleDefault.Dockerfile", ConfiguredProject.FinalStage(ConfiguredProject.ConsoleApp()));
    }

    [TestMethod]
    public void PortItemsWithTypesAreExposedOnceEach()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.Ports = new[] { new NamedValue("5000", ""), new NamedValue("5001", "UDP"), new NamedValue("5000", "tcp") };
        Planning.GoldenFile.AssertMatches("Ports.Items.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void AspNetCoreUrlsGiveThePorts()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("ASPNETCORE_URLS", "http://+:5000;https://*:5001;http://localhost") };
        Planning.GoldenFile.AssertMatches("Ports.AspNetCoreUrls.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void AspNetCoreHttpAndHttpsPortsGiveThePorts()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariablesProperty = "ASPNETCORE_HTTP_PORTS=8000;;8001;ASPNETCORE_HTTPS_PORTS=8443";
        Planning.GoldenFile.AssertMatches("Ports.AspNetCoreHttpPorts.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void PortItemsWinOverTheEnvironment()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.Ports = new[] { new NamedValue("9000", "") };
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("ASPNETCORE_HTTP_PORTS", "5000") };
        string stage = ConfiguredProject.FinalStage(settings);
        CollectionAssert.AreEqual(new[] { "9000/tcp" }, DockerfileLines.Arguments(stage, "EXPOSE").ToArray());
    }

    [TestMethod]
    public void UnreadableUrlIsAWarningAndExposesTheRest()
    {
        ContainerSettings settings = ConfiguredProject.WebApp();
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("ASPNETCORE_URLS", "http://+:5000;not a url") };
        Assert.AreEqual("CTZ1121", ConfiguredProject.Single(settings, "CTZ1121").Code);
        CollectionAssert.AreEqual(new[] { "5000/tcp" }, DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "EXPOSE").ToArray());
    }
}
