using System.Text;
using Containerize.Sdk.Running;

namespace Containerize.Sdk.Tests.Running;

/// <summary>What ContainerizeRun gives dotnet run: the container's name, its ports, the launch profile's variables.</summary>
[TestClass]
public sealed class ContainerRunTests
{
    [TestMethod]
    [DataRow("webapi", "webapi-run")]
    [DataRow("contoso/web-api", "contoso-web-api-run")]
    [DataRow("localhost:5000/team/app", "localhost-5000-team-app-run")]
    [DataRow("registry.example.com/a_b", "registry.example.com-a_b-run")]
    public void TheContainerIsNamedAfterTheWholeRepository_SoTwoAppsNeverShareAName(string image, string name)
    {
        Assert.AreEqual(name, ContainerRun.ContainerName(image));
    }

    [TestMethod]
    public void EachPortKeepsItsNumberWhenFree_ElseGetsAFreeOne()
    {
        var busy = new HashSet<int> { 8081 };
        int next = 40000;

        IReadOnlyList<PublishedPort> ports = ContainerRun.PublishPorts(new[] { (8080, "tcp"), (8081, "tcp"), (9000, "udp") }, port => !busy.Contains(port), () => next++);

        CollectionAssert.AreEqual(
            new[] { "8080->8080/tcp", "40000->8081/tcp", "9000->9000/udp" },
            ports.Select(port => port.HostPort + "->" + port.ContainerPort + "/" + port.Protocol).ToArray());
    }

    [TestMethod]
    public void TheSamePortTwice_GetsTwoHostPorts()
    {
        IReadOnlyList<PublishedPort> ports = ContainerRun.PublishPorts(new[] { (8080, "tcp"), (8080, "udp") }, _ => true, () => 40001);

        CollectionAssert.AreEqual(new[] { 8080, 40001 }, ports.Select(port => port.HostPort).ToArray());
    }

    [TestMethod]
    public void TheVariablesAreThoseOfEveryProjectProfile_WithoutTheOnesThatMoveTheAppOffItsPorts()
    {
        const string launchSettings = """
            {
              "$schema": "https://json.schemastore.org/launchsettings.json",
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://localhost:5080",
                  "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "ASPNETCORE_URLS": "http://localhost:1", "Feature__On": "true" }
                },
                "other": { "commandName": "Project", "environmentVariables": { "EXTRA": "1", "bad name": "x", "A=B": "y" } },
                "IIS Express": { "commandName": "IISExpress", "environmentVariables": { "IIS_ONLY": "1" } }
              }
            }
            """;
        var decisions = new List<string>();

        IReadOnlyList<string> names = ContainerRun.LaunchProfileVariables(Encoding.UTF8.GetBytes(launchSettings), decisions);

        CollectionAssert.AreEqual(new[] { "ASPNETCORE_ENVIRONMENT", "EXTRA", "Feature__On" }, names.ToArray());
        Assert.IsTrue(decisions.Any(decision => decision.Contains("ASPNETCORE_URLS")), string.Join("\n", decisions));
    }

    [TestMethod]
    public void AFileWithoutProfilesNamesNothing_AndOneThatIsNotJsonIsRefused()
    {
        Assert.IsEmpty(ContainerRun.LaunchProfileVariables(Encoding.UTF8.GetBytes("{}"), new List<string>()));
        Assert.ThrowsExactly<FormatException>(() => ContainerRun.LaunchProfileVariables(Encoding.UTF8.GetBytes("{ \"profiles\": "), new List<string>()));
    }

    [TestMethod]
    public void TheRunArgumentsPublishOnLocalhostOnly_PassVariablesByName_AndEndWithTheImage()
    {
        IReadOnlyList<string> arguments = ContainerRun.RunArguments("web-run", new[] { new PublishedPort(8080, 8080, "tcp") }, new[] { "ASPNETCORE_ENVIRONMENT" }, "web:latest");

        CollectionAssert.AreEqual(
            new[] { "run", "--rm", "--name", "web-run", "--publish", "127.0.0.1:8080:8080/tcp", "--env", "ASPNETCORE_ENVIRONMENT", "web:latest" },
            arguments.ToArray());
    }

    [TestMethod]
    public void TheBannerSaysWhereTheAppAnswers()
    {
        string banner = ContainerRun.Banner("web:latest", "web-run", new[] { new PublishedPort(40000, 8080, "tcp") });

        Assert.AreEqual("Containerize: running web:latest as container web-run: http://127.0.0.1:40000 -> 8080/tcp. Ctrl+C stops and removes it.", banner);
    }
}
