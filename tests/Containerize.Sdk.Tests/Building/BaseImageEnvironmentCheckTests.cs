using Containerize.Sdk.Builders;
using Containerize.Sdk.Building;
using Containerize.Sdk.Diagnostics;
using Containerize.Sdk.Inference;
using Containerize.Sdk.Processes;

namespace Containerize.Sdk.Tests.Building;

/// <summary>The check right before the build: the local base image's DOTNET_VERSION/ASPNET_VERSION against what the app needs.</summary>
[TestClass]
public sealed class BaseImageEnvironmentCheckTests
{
    private const string Base = "contoso.azurecr.io/base:1";

    private static readonly RuntimeNeed AspNet10 = new(RuntimeNeed.AspNetCoreApp, new Version(10, 0));

    [TestMethod]
    public void TheCheckAsksTheClientForTheImagesEnvironment()
    {
        var asked = new List<ClientCommand>();

        BaseImageEnvironmentCheck.Check(new ContainerClient("/usr/bin/docker"), Base, AspNet10, (command, timeout) =>
        {
            asked.Add(command);
            return new ProbeOutput(0, "[\"ASPNET_VERSION=10.0.1\",\"DOTNET_VERSION=10.0.1\"]\n", "");
        }, out _);

        Assert.HasCount(1, asked);
        Assert.AreEqual("/usr/bin/docker", asked[0].Executable);
        CollectionAssert.AreEqual(new[] { "image", "inspect", "--format", "{{json .Config.Env}}", Base }, asked[0].Arguments.ToArray());
    }

    [TestMethod]
    [DataRow("[\"DOTNET_VERSION=8.0.34\",\"ASPNET_VERSION=8.0.34\"]", "CTZ3030", false, DisplayName = "another major under a tag that says 10.0")]
    [DataRow("[\"DOTNET_VERSION=10.0.12\"]", "CTZ3030", false, DisplayName = "a runtime image for an ASP.NET Core app")]
    [DataRow("[\"DOTNET_VERSION=11.0.0\",\"ASPNET_VERSION=11.0.0\"]", "CTZ3031", true, DisplayName = "a later major: only if the app rolls forward")]
    [DataRow("[\"PATH=/usr/bin\"]", "CTZ3032", true, DisplayName = "an image that does not say")]
    [DataRow("null", "CTZ3032", true, DisplayName = "an image without environment")]
    public void AnEnvironmentThatDoesNotRunTheApp(string environment, string code, bool isWarning)
    {
        ContainerizeDiagnostic? problem = BaseImageEnvironmentCheck.Check(new ContainerClient("docker"), Base, AspNet10, (command, timeout) => new ProbeOutput(0, environment + "\n", ""), out string decision);

        Assert.IsNotNull(problem, decision);
        Assert.AreEqual(code, problem.Code);
        Assert.AreEqual(isWarning, problem.IsWarning);
        Assert.Contains(Base, problem.Message);
        Assert.Contains("Microsoft.AspNetCore.App 10.0", problem.Message, "the message names both sides");
    }

    [TestMethod]
    public void AnEnvironmentThatRunsTheApp_IsNoDiagnostic()
    {
        ContainerizeDiagnostic? problem = BaseImageEnvironmentCheck.Check(new ContainerClient("docker"), Base, AspNet10, (command, timeout) => new ProbeOutput(0, "[\"DOTNET_VERSION=10.0.1\",\"ASPNET_VERSION=10.0.1\"]", ""), out string decision);

        Assert.IsNull(problem);
        Assert.Contains("ASPNET_VERSION=10.0.1", decision);
    }

    [TestMethod]
    [DataRow(1, "", DisplayName = "the engine does not have the image")]
    [DataRow(0, "not json", DisplayName = "an answer that is no environment")]
    public void AnImageTheEngineDoesNotHave_IsNotChecked(int exitCode, string output)
    {
        ContainerizeDiagnostic? problem = BaseImageEnvironmentCheck.Check(new ContainerClient("docker"), Base, AspNet10, (command, timeout) => new ProbeOutput(exitCode, output, "Error: No such image: " + Base), out string decision);

        Assert.IsNull(problem);
        Assert.Contains("not checked", decision);
    }
}
