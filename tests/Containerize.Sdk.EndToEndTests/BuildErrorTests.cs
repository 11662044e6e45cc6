using System.Text.RegularExpressions;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// A container build that fails in MSBuild says why once: each MSBuild error of the failing step as itself, at the
/// host's file, then one CTZ3003 line for the step. The failures are made to happen only in the container (the
/// Dockerfile's restore and publish run with Containerize=false), so the host publish gets as far as the image build.
/// The assertions read MSBuild's own errors-only log of the publish, which holds what an IDE's error list shows.
/// ContainerizeMode=Hermetic: the container's build stage compiles, as in CI, rather than taking the host's output.
/// </summary>
[TestClass]
public sealed class BuildErrorTests
{
    private static DockerClient Docker => DockerClient.Instance;

    [ClassInitialize]
    public static void RequireEngine(TestContext context)
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
    }

    [TestMethod]
    public void AFailingRestore_IsOneNu1102AtTheHostProject_ThenTheStepOnce()
    {
        using TestProject project = ProjectOnlyForTheContainer(
            "Console.WriteLine(\"restore error\");\n",
            "<ItemGroup><PackageReference Include=\"Newtonsoft.Json\" Version=\"999.0.0\" /></ItemGroup>");
        (ProcessResult publish, IReadOnlyList<LoggedError> errors) = PublishFailing(project, "restore");

        LoggedError restore = Single(errors, "NU1102", publish);
        Assert.AreEqual(project.ProjectPath, restore.File, publish.Describe());
        Assert.Contains("Unable to find package Newtonsoft.Json with version (>= 999.0.0)", restore.Message);
        LoggedError step = Single(errors, "CTZ3003", publish);
        Assert.AreEqual(project.GeneratedDockerfilePath(), step.File);
        Assert.AreEqual(LineOf(project.GeneratedDockerfilePath(), "dotnet restore"), step.Line);
        Assert.Contains(Path.Combine(project.Directory, "NuGet.config"), step.Message);
        Assert.HasCount(2, errors, publish.Describe());
        AssertTheLogHoldsTheWholeOutput(project, "error NU1102");
    }

    [TestMethod]
    public void ACompileError_IsOneCs1002AtTheHostSourceLine_ThenTheStepOnce()
    {
        const string Program = "Console.WriteLine(\"compile error\");\n#if CTZ_IN_CONTAINER\nint broken = 1\n#endif\n";
        using TestProject project = ProjectOnlyForTheContainer(
            Program,
            "<PropertyGroup><DefineConstants>$(DefineConstants);CTZ_IN_CONTAINER</DefineConstants></PropertyGroup>");
        (ProcessResult publish, IReadOnlyList<LoggedError> errors) = PublishFailing(project, "compile");

        LoggedError compile = Single(errors, "CS1002", publish);
        Assert.AreEqual(Path.Combine(project.Directory, "Program.cs"), compile.File, publish.Describe());
        Assert.AreEqual(3, compile.Line);
        LoggedError step = Single(errors, "CTZ3003", publish);
        string dockerfile = project.GeneratedDockerfilePath();
        Assert.AreEqual(dockerfile, step.File);
        Assert.AreEqual(LineOf(dockerfile, "dotnet publish"), step.Line);

        // The step's RUN line is long; the error names it in short, and the line it points at holds the rest.
        string run = File.ReadAllLines(dockerfile)[step.Line - 1];
        Assert.DoesNotContain(run, step.Message);
        Assert.DoesNotContain(run["RUN ".Length..], step.Message);
        Assert.HasCount(2, errors, publish.Describe());
        AssertTheLogHoldsTheWholeOutput(project, "error CS1002");
    }

    /// <summary>A console project with projectText inside a Choose that holds only where Containerize is not true.</summary>
    private static TestProject ProjectOnlyForTheContainer(string program, string projectText)
    {
        TestProject project = TestProject.Create(AppKind.Console, program);
        project.WriteFile(TestProject.ProjectName + ".csproj", File.ReadAllText(project.ProjectPath).Replace(
            "</Project>",
            $"  <Choose><When Condition=\"'$(Containerize)' != 'true'\">{projectText}</When></Choose>\n</Project>"));
        return project;
    }

    /// <summary>Publishes with an errors-only file log beside the project, and reads back the errors MSBuild logged.</summary>
    private static (ProcessResult Publish, IReadOnlyList<LoggedError> Errors) PublishFailing(TestProject project, string name)
    {
        ImageName image = ImageName.Unique(name);
        string errorLog = Path.Combine(project.Directory, "errors.log");
        ProcessResult publish = ContainerizePublish.Run(project.ProjectPath, image.Properties().Append("ContainerizeMode=Hermetic"), null, "-flp:logfile=" + errorLog + ";errorsonly");
        Assert.IsFalse(publish.Succeeded, publish.Describe());
        Assert.IsFalse(Docker.ImageExists(image.Reference), "A failed build left an image.");
        return (publish, File.ReadAllLines(errorLog).Select(LoggedError.Parse).OfType<LoggedError>().ToList());
    }

    private static LoggedError Single(IReadOnlyList<LoggedError> errors, string code, ProcessResult publish)
    {
        List<LoggedError> found = errors.Where(error => error.Code == code).ToList();
        Assert.HasCount(1, found, $"Expected one {code} error; the publish logged:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{publish.Describe()}");
        return found[0];
    }

    private static void AssertTheLogHoldsTheWholeOutput(TestProject project, string error)
    {
        string log = Path.Combine(Path.GetDirectoryName(project.GeneratedDockerfilePath())!, "build.log");
        Assert.IsTrue(File.Exists(log), "No build log at " + log);
        Assert.Contains(error, File.ReadAllText(log));
    }

    private static int LineOf(string dockerfile, string command)
    {
        string[] lines = File.ReadAllLines(dockerfile);
        int index = Array.FindIndex(lines, line => line.StartsWith("RUN ", StringComparison.Ordinal) && line.Contains(command, StringComparison.Ordinal));
        Assert.IsGreaterThanOrEqualTo(0, index, $"No RUN with {command} in {dockerfile}");
        return index + 1;
    }

    /// <summary>One line of MSBuild's errors-only log: "1:7>file(line,col): error CODE: message [project]", where 1:7 is the node.</summary>
    private sealed record LoggedError(string File, int Line, string Code, string Message)
    {
        private static readonly Regex Format = new(@"^\s*(?:\d+(?::\d+)?>)?(?<file>.*?)(?:\((?<line>\d+)(?:,\d+)*\))?\s*:\s+error (?<code>\w+):\s?(?<message>.*)$");

        public static LoggedError? Parse(string text)
        {
            Match match = Format.Match(text);
            return match.Success
                ? new LoggedError(match.Groups["file"].Value.Trim(), match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0, match.Groups["code"].Value, match.Groups["message"].Value)
                : null;
        }
    }
}
