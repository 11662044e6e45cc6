using Containerize.Sdk.BuildOutput;

namespace Containerize.Sdk.Tests.BuildOutput;

/// <summary>MSBuild's canonical error lines as the build container prints them, and the lines that only look alike.</summary>
[TestClass]
public sealed class MsBuildErrorTests
{
    [TestMethod]
    public void ACompilerErrorHasItsFileLineColumnCodeMessageAndProject()
    {
        MsBuildError? error = MsBuildError.Parse("/src/app/Program.cs(3,15): error CS1002: ; expected [/src/app/App.csproj]");

        Assert.IsNotNull(error);
        Assert.AreEqual("/src/app/Program.cs", error.Origin);
        Assert.IsTrue(error.OriginIsFile);
        Assert.AreEqual(3, error.Line);
        Assert.AreEqual(15, error.Column);
        Assert.AreEqual("CS1002", error.Code);
        Assert.AreEqual("; expected", error.Message);
        Assert.AreEqual("/src/app/App.csproj", error.Project);
    }

    [TestMethod]
    public void ARestoreErrorNamesTheProjectFile()
    {
        MsBuildError? error = MsBuildError.Parse("/src/App.csproj : error NU1102: Unable to find package Newtonsoft.Json with version (>= 999.0.0)");

        Assert.IsNotNull(error);
        Assert.AreEqual("/src/App.csproj", error.Origin);
        Assert.AreEqual(0, error.Line);
        Assert.AreEqual("NU1102", error.Code);
        Assert.AreEqual("Unable to find package Newtonsoft.Json with version (>= 999.0.0)", error.Message);
        Assert.IsNull(error.Project);
    }

    [TestMethod]
    [DataRow("MSBUILD : error MSB1009: Project file does not exist.", "MSBUILD", "MSB1009")]
    [DataRow("CSC : error CS2001: Source file '/src/x.cs' could not be found. [/src/App.csproj]", "CSC", "CS2001")]
    [DataRow("    /usr/share/dotnet/sdk/10.0.100/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(166,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 11.0. [/src/App.csproj]", "/usr/share/dotnet/sdk/10.0.100/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets", "NETSDK1045")]
    [DataRow("/root/.nuget/packages/microsoft.dotnet.ilcompiler/10.0.0/build/Microsoft.NETCore.Native.Unix.targets(227,5): error : Platform linker ('clang' or 'gcc') not found in PATH. [/src/App.csproj]", "/root/.nuget/packages/microsoft.dotnet.ilcompiler/10.0.0/build/Microsoft.NETCore.Native.Unix.targets", "")]
    [DataRow("error NU1301: Unable to load the service index for source https://feed.invalid/index.json.", "", "NU1301")]
    [DataRow("/src/a.fs(2,1,2,5): error FS0039: The value 'x' is not defined. [/src/a.fsproj::TargetFramework=net10.0]", "/src/a.fs", "FS0039")]
    public void EachMsBuildFormIsAnError(string line, string origin, string code)
    {
        MsBuildError? error = MsBuildError.Parse(line);

        Assert.IsNotNull(error, line);
        Assert.AreEqual(origin, error.Origin);
        Assert.AreEqual(code, error.Code);
        Assert.IsFalse(error.Message.EndsWith(']'), error.Message);
    }

    [TestMethod]
    [DataRow("error from sender: open closed: permission denied")]
    [DataRow("ERROR: failed to solve: process \"/bin/sh -c dotnet restore\" did not complete successfully: exit code: 1")]
    [DataRow("failed to solve: rpc error: code = Unknown desc = failed to compute cache key")]
    [DataRow("error checking context: can't stat '/tmp/ctz-ctxfail/closed'")]
    [DataRow("Error: building at STEP \"RUN x\": while running runtime: exit status 1")]
    [DataRow("/src/App.csproj : warning NU1603: App depends on X (>= 1.0.0) but X 1.0.0 was not found.")]
    [DataRow("E: Unable to locate package no-such-package-ctz")]
    [DataRow("  Failed to restore /src/App.csproj (in 1.21 sec).")]
    public void BuilderLinesAndWarningsAreNoErrors(string line)
    {
        Assert.IsNull(MsBuildError.Parse(line), line);
    }

    [TestMethod]
    public void AnErrorPrintedInlineAndInTheSummaryIsOneError()
    {
        var list = new MsBuildErrorList();
        list.Read("/src/Program.cs(3,15): error CS1002: ; expected [/src/App.csproj]");
        list.Read("");
        list.Read("Build FAILED.");
        list.Read("    /src/Program.cs(3,15): error CS1002: ; expected [/src/App.csproj]");
        list.Read("    /src/Program.cs(4,1): error CS1002: ; expected [/src/App.csproj]");
        list.Read("    0 Warning(s)");

        IReadOnlyList<MsBuildError> errors = list.Errors();

        Assert.HasCount(2, errors);
        Assert.AreEqual(3, errors[0].Line);
        Assert.AreEqual(4, errors[1].Line);
    }

    [TestMethod]
    public void NuGetsLinesOfOneErrorAreOneError_AlsoWhenTheSummaryAddsTheProject()
    {
        var list = new MsBuildErrorList();
        list.Read("/src/App.csproj : error NU1102: Unable to find package Newtonsoft.Json with version (>= 999.0.0)");
        list.Read("/src/App.csproj : error NU1102:   - Found 10 version(s) in nuget.org [ Nearest version: 14.0.1-beta2 ]");
        list.Read("/src/App.csproj : error NU1102:   - Found 0 version(s) in local");
        list.Read("  Failed to restore /src/App.csproj (in 1.21 sec).");
        list.Read("    /src/App.csproj : error NU1102: Unable to find package Newtonsoft.Json with version (>= 999.0.0) [/src/App.csproj]");
        list.Read("    /src/App.csproj : error NU1102:   - Found 10 version(s) in nuget.org [ Nearest version: 14.0.1-beta2 ] [/src/App.csproj]");
        list.Read("    /src/App.csproj : error NU1102:   - Found 0 version(s) in local [/src/App.csproj]");

        IReadOnlyList<MsBuildError> errors = list.Errors();

        Assert.HasCount(1, errors);
        Assert.AreEqual("Unable to find package Newtonsoft.Json with version (>= 999.0.0) - Found 10 version(s) in nuget.org [ Nearest version: 14.0.1-beta2 ] - Found 0 version(s) in local", errors[0].Message);
    }

    [TestMethod]
    public void ABuildWithThousandsOfErrorsKeepsTheFirstAndCountsTheRest()
    {
        var list = new MsBuildErrorList();
        for (int line = 1; line <= 1000; line++)
        {
            list.Read($"/src/Program.cs({line},1): error CS1002: ; expected [/src/App.csproj]");
            list.Read("between");
        }

        Assert.HasCount(MsBuildErrorList.Capacity, list.Errors());
        Assert.AreEqual(1000 - MsBuildErrorList.Capacity, list.Omitted);
    }
}
