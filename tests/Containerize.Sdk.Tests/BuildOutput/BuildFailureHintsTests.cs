using Containerize.Sdk.BuildOutput;

namespace Containerize.Sdk.Tests.BuildOutput;

[TestClass]
public sealed class BuildFailureHintsTests
{
    private static readonly IReadOnlyList<ScannedInstruction> SdkTenDockerfile = DockerfileScanner.Scan("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY [\".\", \".\"]\nRUN dotnet publish\n");

    [TestMethod]
    public void AMissingLinkerSuggestsTheAotSdkImageOfTheSameVersion()
    {
        MsBuildError linker = MsBuildError.Parse("/root/.nuget/packages/microsoft.dotnet.ilcompiler/10.0.0/build/Microsoft.NETCore.Native.Unix.targets(227,5): error : Platform linker ('clang' or 'gcc') not found in PATH. Try installing clang or the appropriate package for your platform to resolve the problem. [/src/App.csproj]")!;

        IReadOnlyList<string> hints = BuildFailureHints.For(new[] { linker }, SdkTenDockerfile, "/nowhere");

        Assert.HasCount(1, hints);
        Assert.Contains("ContainerSdkImage to mcr.microsoft.com/dotnet/sdk:10.0-noble-aot", hints[0]);
    }

    [TestMethod]
    public void AnAlpineSdkGetsTheAlpineAotImage()
    {
        MsBuildError linker = MsBuildError.Parse("/x.targets(1,1): error : Platform linker ('clang' or 'gcc') not found in PATH.")!;

        IReadOnlyList<string> hints = BuildFailureHints.For(new[] { linker }, DockerfileScanner.Scan("FROM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build\n"), "/nowhere");

        Assert.Contains("mcr.microsoft.com/dotnet/sdk:9.0-alpine-aot", hints[0]);
    }

    [TestMethod]
    public void AWarningAsErrorAndAnUnreachableFeedEachGetTheirHint()
    {
        MsBuildError warning = MsBuildError.Parse("/src/App.csproj : error NU1603: Warning As Error: App depends on X (>= 1.0.0) but X 1.0.0 was not found. X 1.0.1 was resolved instead.")!;
        MsBuildError feed = MsBuildError.Parse("/src/App.csproj : error NU1301: Unable to load the service index for source http://localhost:5555/v3/index.json.")!;

        IReadOnlyList<string> hints = BuildFailureHints.For(new[] { warning, feed }, SdkTenDockerfile, "/nowhere");

        Assert.HasCount(2, hints);
        Assert.IsTrue(hints.Any(hint => hint.Contains("could not be reached from the build container")), string.Join("\n", hints));
        Assert.IsTrue(hints.Any(hint => hint.Contains("WarningsNotAsErrors")), string.Join("\n", hints));
    }

    [TestMethod]
    public void AMissingPackageWithoutACopiedNuGetConfigSaysSo()
    {
        MsBuildError missing = MsBuildError.Parse("/src/App.csproj : error NU1101: Unable to find package Does.Not.Exist. No packages exist with this id in source(s): nuget.org")!;

        IReadOnlyList<string> hints = BuildFailureHints.For(new[] { missing }, SdkTenDockerfile, "/nowhere");

        Assert.HasCount(1, hints);
        Assert.Contains("no NuGet.config from the build context", hints[0]);
    }

    [TestMethod]
    public void ACompileErrorHasNoHint()
    {
        MsBuildError compile = MsBuildError.Parse("/src/Program.cs(3,15): error CS1002: ; expected [/src/App.csproj]")!;

        Assert.IsEmpty(BuildFailureHints.For(new[] { compile }, SdkTenDockerfile, "/nowhere"));
    }
}
