using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// Which images a publish builds with: the build stage in the host SDK's image, whatever the app targets; and a final
/// image that cannot run the app is refused before anything is built, whether its tag or only its environment says so.
/// The net8.0 tests need the 8.0 stand-ins (../shared/ci/standin-images.sh 8.0).
/// </summary>
[TestClass]
public sealed class ImageChoiceTests
{
    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void RequireEngine(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
    }

    /// <summary>
    /// samples/MultiProject on net8.0, with one library that multi-targets net10.0;net8.0 with LangVersion preview and
    /// C# 14's field keyword: only the host's SDK 10 builds that closure, the app runs on runtime:8.0.
    /// </summary>
    [TestMethod]
    public void Net8App_WhoseClosureNeedsSdk10_BuildsInTheHostSdkImage_AndRunsOnRuntime8()
    {
        using MultiProjectSample sample = MultiProjectSample.Create();
        sample.Replace("build/Common.props", "<TargetFramework>net10.0</TargetFramework>", "<TargetFramework>net8.0</TargetFramework>");
        sample.Write("libs/Formatting/Formatting.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework />
                <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
                <LangVersion>preview</LangVersion>
              </PropertyGroup>
            </Project>
            """);
        sample.Write("libs/Formatting/Banner.cs", """
            namespace Formatting;

            public static class Banner
            {
                // C# 14's field keyword: the C# compiler of SDK 8 does not know it.
                private static string Open { get => field ??= "[ "; }

                public static string Frame(string text) => $"{Open}{text} ]";
            }
            """);
        ImageName image = ImageName.Unique("net8-closure");
        try
        {
            ProcessResult publish = sample.Publish(MultiProjectSample.AppProject, image);

            Assert.IsTrue(publish.Succeeded, publish.Describe());
            string dockerfile = File.ReadAllText(Path.Combine(sample.PathOf("src/App"), "obj", "Release", "net8.0", "containerize", "Dockerfile"));
            Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\n", dockerfile, "The build stage must use the host SDK's image.");
            Assert.Contains("FROM mcr.microsoft.com/dotnet/runtime:8.0 AS final\n", dockerfile);
            ProcessResult run = Docker.RunToEnd(image.Reference);
            Assert.IsTrue(run.Succeeded, run.Describe());
            Assert.AreEqual(MultiProjectSample.AppOutput, run.StandardOutput.Trim());
            ProcessResult runtimes = Docker.RunEntrypoint(image.Reference, "ls", "/usr/share/dotnet/shared/Microsoft.NETCore.App");
            Assert.StartsWith("8.0.", runtimes.StandardOutput.Trim(), "The app did not run on the 8.0 runtime: " + runtimes.Describe());
        }
        finally
        {
            Docker.RemoveImage(image.Reference);
            Docker.RemoveProject(sample);
        }
    }

    [TestMethod]
    public void WebApp_OnTheRuntimeImage_IsRefusedByItsTag_AndNothingIsBuilt()
    {
        using TestProject project = TestProject.Create(AppKind.Web, "WebApplication.CreateBuilder(args).Build().Run();\n");
        ImageName image = ImageName.Unique("runtime-base");

        ProcessResult publish = ContainerizePublish.Run(project.ProjectPath, image.Properties().Append("ContainerBaseImage=mcr.microsoft.com/dotnet/runtime:10.0"));

        Assert.IsFalse(publish.Succeeded, publish.Describe());
        Assert.Contains("error CTZ1130", publish.StandardOutput);
        Assert.Contains("Microsoft.AspNetCore.App 10.0", publish.StandardOutput);
        Assert.IsFalse(Docker.ImageExists(image.Reference), "An image was built although its base cannot run the app.");
    }

    /// <summary>The aspnet:8.0 stand-in under a name whose tag says 10.0: only its ASPNET_VERSION tells the truth.</summary>
    [TestMethod]
    public void WebApp_OnABaseWhoseEnvironmentHoldsAnotherMajor_IsRefusedBeforeTheBuild()
    {
        string misleading = "localhost/dotnet/aspnet:10.0-e2e" + Guid.NewGuid().ToString("N")[..8];
        Docker.RunChecked("tag", "mcr.microsoft.com/dotnet/aspnet:8.0", misleading);
        using TestProject project = TestProject.Create(AppKind.Web, "WebApplication.CreateBuilder(args).Build().Run();\n");
        ImageName image = ImageName.Unique("misleading-base");
        try
        {
            ProcessResult publish = ContainerizePublish.Run(project.ProjectPath, image.Properties().Append("ContainerBaseImage=" + misleading));

            Assert.IsFalse(publish.Succeeded, publish.Describe());
            Assert.Contains("error CTZ3030", publish.StandardOutput);
            Assert.Contains("ASPNET_VERSION=8.0.", publish.StandardOutput);
            Assert.Contains("Microsoft.AspNetCore.App 10.0", publish.StandardOutput);
            Assert.IsFalse(Docker.ImageExists(image.Reference), "An image was built although its base cannot run the app.");
        }
        finally
        {
            Docker.RemoveImage(image.Reference);
            Docker.RemoveImage(misleading);
            Docker.RemoveProject(project);
        }
    }
}
