using System.Text;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;

namespace Containerize.Sdk.Tests.Planning;

[TestClass]
public sealed class DockerfileDeterminismTests
{
    [TestMethod]
    [DynamicData(nameof(DockerfileGoldenTests.AllExamples), typeof(DockerfileGoldenTests))]
    public void TheSameSpecGivesTheSameBytesTwice(string name, ContainerSpec spec)
    {
        byte[] first = Encoding.UTF8.GetBytes(DockerfileWriter.Write(DockerfilePlanner.Plan(spec)));
        byte[] second = Encoding.UTF8.GetBytes(DockerfileWriter.Write(DockerfilePlanner.Plan(spec)));

        CollectionAssert.AreEqual(first, second, name);
    }

    [TestMethod]
    public void RestoreInputsInAnotherOrderGiveTheSameBytes()
    {
        ContainerSpec ordered = SpecExamples.RestoreInputsInSeveralFolders();
        ContainerSpec reversed = ordered with { RestoreInputs = ordered.RestoreInputs.Reverse().ToList() };

        Assert.AreEqual(DockerfileGoldenTests.Generate(ordered), DockerfileGoldenTests.Generate(reversed));
    }

    [TestMethod]
    public void TheFactoryGivesTheSameDockerfileWhateverOrderTheProjectListsItsInputsIn()
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "ctz-determinism"));
        string[] inputs =
        {
            Path.Combine(root, "src", "Api", "Api.csproj"),
            Path.Combine(root, "Directory.Build.props"),
            Path.Combine(root, "NuGet.config"),
            Path.Combine(root, "src", "Core", "Core.csproj"),
        };

        string Generate(IEnumerable<string> order)
        {
            ContainerSettings settings = FactorySettings.WebApp(root);
            settings.RestoreInputs = order.ToList();
            settings.LocalPackageSources = new[] { Path.Combine(root, "feed") };
            ContainerSpecResult result = ContainerSpecFactory.Create(settings);
            Assert.IsNotNull(result.Spec, string.Join("\n", result.Diagnostics));
            return DockerfileGoldenTests.Generate(result.Spec);
        }

        Assert.AreEqual(Generate(inputs), Generate(inputs.Reverse()));
    }
}
