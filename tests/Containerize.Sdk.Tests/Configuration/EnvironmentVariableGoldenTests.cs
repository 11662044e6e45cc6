using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;

namespace Containerize.Sdk.Tests.Configuration;

[TestClass]
public sealed class EnvironmentVariableGoldenTests
{
    [TestMethod]
    public void ItemsAndPropertyBecomeOneEnv()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.EnvironmentVariables = new[]
        {
            new NamedValue("ASPNETCORE_ENVIRONMENT", "Production"),
            new NamedValue("GREETING", "say \"hi\" to $USER at C:\\temp"),
            new NamedValue("EMPTY", ""),
        };
        settings.FinalStage.EnvironmentVariablesProperty = "A=1; B = two words ;ConnectionStrings__Db=Server=db;;Database=app;";
        Planning.GoldenFile.AssertMatches("Env.ItemsAndProperty.Dockerfile", ConfiguredProject.FinalStage(settings));
    }

    [TestMethod]
    public void PropertyWinsOverAnItemOfTheSameName()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.EnvironmentVariables = new[] { new NamedValue("MODE", "item"), new NamedValue("OTHER", "x") };
        settings.FinalStage.EnvironmentVariablesProperty = "MODE=command-line";
        string env = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "ENV").Single();
        CollectionAssert.AreEqual(
            new[] { new KeyValuePair<string, string>("MODE", "command-line"), new KeyValuePair<string, string>("OTHER", "x") },
            DockerfileLines.Pairs(env).ToArray());
    }

    [TestMethod]
    public void MultiLinePropertyInTheProjectFileIsTrimmed()
    {
        ContainerSettings settings = ConfiguredProject.ConsoleApp();
        settings.FinalStage.EnvironmentVariablesProperty = "\n      A=1;\n      B=2\n    ";
        string env = DockerfileLines.Arguments(ConfiguredProject.FinalStage(settings), "ENV").Single();
        CollectionAssert.AreEqual(
            new[] { new KeyValuePair<string, string>("A", "1"), new KeyValuePair<string, string>("B", "2") },
            DockerfileLines.Pairs(env).ToArray());
    }
}
