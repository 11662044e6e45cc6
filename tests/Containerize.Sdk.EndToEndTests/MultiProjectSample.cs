using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// A copy of samples/MultiProject in the temp folder, laid out as it sits in this repository: samples/MultiProject with
/// samples/Directory.Build.props (and, unless left out, samples/NuGet.config) beside it, and the package ./build.sh packed
/// in artifacts/packages. The sample's relative paths hold unchanged, and the copy is a repository of its own: the
/// build context is its root, and nothing of this repository (its NuGet.config, global.json) reaches it.
/// </summary>
internal sealed class MultiProjectSample : IScratchProject
{
    public const string AppProject = "src/App/App.csproj";
    public const string Solution = "MultiProject.sln";

    /// <summary>What the sample app prints.</summary>
    public const string AppOutput = "[ Hello from MultiProject, built from two libraries ]";

    private MultiProjectSample(string root)
    {
        Root = root;
        SampleDirectory = Path.Combine(root, "samples", "MultiProject");
    }

    /// <summary>The copy's root: the build context.</summary>
    public string Root { get; }

    public string SampleDirectory { get; }

    public string UniqueName => Path.GetFileName(Root);

    public static MultiProjectSample Create(bool withSamplesNuGetConfig = true)
    {
        var sample = new MultiProjectSample(Path.Combine(Path.GetTempPath(), "ctz-e2e-multiproject-" + Guid.NewGuid().ToString("N")[..12]));
        SampleCopy.Create("MultiProject", sample.Root, withSamplesNuGetConfig ? new[] { "Directory.Build.props", "NuGet.config" } : new[] { "Directory.Build.props" });
        return sample;
    }

    /// <summary>The full path of a path relative to the sample folder, written with '/'.</summary>
    public string PathOf(string relative) => Path.Combine(SampleDirectory, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, string text)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces text in a file of the sample; fails when the text is not there, so the change is real.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        string text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text, $"{relative} does not hold '{oldText}'.");
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Variables set for every publish of this sample, as in the user's shell.</summary>
    public Dictionary<string, string?> Environment { get; } = new();

    /// <summary>dotnet publish -p:Containerize=true of a project (relative to the sample), as a user runs it, with the image name given.</summary>
    public ProcessResult Publish(string target, ImageName image, params string[] properties) =>
        ContainerizePublish.Run(PathOf(target), image.Properties().Concat(properties), Environment);

    /// <summary>dotnet publish -p:Containerize=true of the solution: each project keeps its own ContainerRepository.</summary>
    public ProcessResult PublishSolution(string tag, params string[] properties) =>
        ContainerizePublish.Run(PathOf(Solution), properties.Prepend("ContainerImageTag=" + tag), Environment);

    /// <summary>The generated Dockerfile of a project of the sample (its folder relative to the sample).</summary>
    public string GeneratedDockerfilePath(string projectFolder = "src/App") =>
        Path.Combine(PathOf(projectFolder), "obj", "Release", "net10.0", "containerize", "Dockerfile");

    public void Dispose() => ScratchFolder.Delete(Root);
}
