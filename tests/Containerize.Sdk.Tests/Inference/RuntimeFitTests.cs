using Containerize.Sdk.Inference;

namespace Containerize.Sdk.Tests.Inference;

/// <summary>What an image's name or environment says it holds, and whether that runs the app.</summary>
[TestClass]
public sealed class RuntimeFitTests
{
    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:8.0", "aspnet", "8.0")]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.0-alpine", "runtime", "10.0")]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra", "runtime-deps", "10.0")]
    [DataRow("mcr.microsoft.com/dotnet/sdk:10.0-noble-aot", "sdk", "10.0")]
    [DataRow("mcr.microsoft.com/dotnet/sdk:9.0.305", "sdk", "9.0")]
    [DataRow("contoso.azurecr.io/mirror/dotnet/aspnet:8.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "aspnet", "8.0")]
    [DataRow("localhost:5000/dotnet/sdk:11.0-preview", "sdk", "11.0")]
    public void AMicrosoftImageNameSaysWhatItHolds(string reference, string repository, string version)
    {
        DotNetImageTag? tag = DotNetImageTag.Parse(reference);

        Assert.IsNotNull(tag);
        Assert.AreEqual(repository, tag.Repository);
        Assert.AreEqual(version, DotNetImageTag.Show(tag.Version));
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet", DisplayName = "no tag")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:latest")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:lts")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", DisplayName = "digest only")]
    [DataRow("contoso/aspnet:8.0", DisplayName = "not under a dotnet path")]
    [DataRow("mcr.microsoft.com/dotnet/monitor:8.0", DisplayName = "another .NET image")]
    [DataRow("contoso/build:1.2")]
    [DataRow("mcr.microsoft.com/dotnet/sdk:99999999999.0", DisplayName = "more than a version number")]
    public void AnyOtherNameSaysNothing(string reference)
    {
        Assert.IsNull(DotNetImageTag.Parse(reference));
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0", true, "10.0", RuntimeFit.Fits)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0", false, "10.0", RuntimeFit.Fits, DisplayName = "aspnet holds the .NET runtime too")]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.0", true, "10.0", RuntimeFit.MissingFramework)]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:10.0", false, "10.0", RuntimeFit.MissingFramework)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:8.0", true, "10.0", RuntimeFit.Older)]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.0", false, "10.1", RuntimeFit.Older, DisplayName = "an older minor version")]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.1", false, "10.0", RuntimeFit.Fits, DisplayName = "a later minor version rolls forward by default")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0", true, "8.0", RuntimeFit.NewerMajor)]
    public void TheTagAgainstWhatTheAppNeeds(string reference, bool aspNetCore, string targetFramework, RuntimeFit expected)
    {
        ProvidedRuntime provided = ProvidedRuntime.FromTag(DotNetImageTag.Parse(reference)!)!;
        RuntimeNeed need = RuntimeNeed.Of(selfContained: false, aspNetCore, "v" + targetFramework)!;

        Assert.AreEqual(expected, provided.Check(need), provided.Description);
    }

    [TestMethod]
    [DataRow(true, "8.0.34", "8.0.34", "10.0", RuntimeFit.Older)]
    [DataRow(true, "10.0.12", "10.0.12", "10.0", RuntimeFit.Fits)]
    [DataRow(true, "10.0.12", null, "10.0", RuntimeFit.MissingFramework, DisplayName = "a runtime image for an ASP.NET Core app")]
    [DataRow(false, "10.0.0-rc.2.25502.107", null, "10.0", RuntimeFit.Fits, DisplayName = "a prerelease runtime")]
    [DataRow(false, "11.0.1", null, "10.0", RuntimeFit.NewerMajor)]
    [DataRow(false, null, null, "10.0", RuntimeFit.Unknown, DisplayName = "no version variables")]
    [DataRow(false, "not-a-version", null, "10.0", RuntimeFit.Unknown)]
    public void TheEnvironmentAgainstWhatTheAppNeeds(bool aspNetCore, string? dotnet, string? aspnet, string targetFramework, RuntimeFit expected)
    {
        var environment = new List<string> { "PATH=/usr/bin:/bin", "APP_UID=1654" };
        if (dotnet != null)
        {
            environment.Add("DOTNET_VERSION=" + dotnet);
        }

        if (aspnet != null)
        {
            environment.Add("ASPNET_VERSION=" + aspnet);
        }

        ProvidedRuntime provided = ProvidedRuntime.FromEnvironment(environment);
        RuntimeNeed need = RuntimeNeed.Of(selfContained: false, aspNetCore, "v" + targetFramework)!;

        Assert.AreEqual(expected, provided.Check(need), provided.Description);
    }

    [TestMethod]
    public void ASelfContainedAppNeedsNoSharedFramework()
    {
        Assert.IsNull(RuntimeNeed.Of(selfContained: true, usesAspNetCore: true, "v10.0"));
    }

    [TestMethod]
    [DataRow("""{ "sdk": { "version": "10.0.101", "rollForward": "latestFeature" } }""", "10.0.101")]
    [DataRow("""
        {
          // the host allows comments
          "sdk": { "rollForward": "latestMajor", "version": "8.0.100" },
          "msbuild-sdks": { "Microsoft.Build.Traversal": "4.1.0" }
        }
        """, "8.0.100")]
    [DataRow("""{ "msbuild-sdks": { "version": "1.0.0" } }""", null)]
    [DataRow("""{ "sdk": { "allowPrerelease": false } }""", null)]
    public void GlobalJsonSdkVersion(string text, string? expected)
    {
        string path = Path.Combine(Path.GetTempPath(), "ctz-global-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, text);
        try
        {
            Assert.AreEqual(expected, GlobalJson.RequestedSdkVersion(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
