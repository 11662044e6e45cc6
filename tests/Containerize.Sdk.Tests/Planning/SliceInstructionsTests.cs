using System.Diagnostics;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Planning;
using Containerize.Sdk.Planning.FinalStage;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Tests.Planning;

[TestClass]
public sealed class SliceInstructionsTests
{
    [TestMethod]
    public void SourceModeSortsInTheBuildStageAndCopiesEachSliceMostStableFirst()
    {
        string text = Generate(Spec(ContainerizeMode.Source, Layout()));

        string[] lines = text.Split('\n');
        string publish = lines.Single(line => line.Contains("dotnet publish"));
        Assert.Contains(" -p:Containerize=false @/tmp/containerize-publish.rsp && ( set -e; cd /app/publish; ", publish, "the sort runs in the publish RUN, only when the publish succeeded");
        Assert.Contains("mv /app/slices/packages /app/layers/packages/app ;", publish, "each slice's folder becomes its layer folder, at the working directory's path");
        Assert.Contains("mv /app/publish /app/layers/app/app ;", publish);
        Assert.Contains("chmod -R u=rwX,go=rX /app/layers;", publish);
        Assert.Contains("find /app/layers ! -type f -exec touch -h -d @315532800 {} +;", publish, "folders get the fixed time");
        Assert.EndsWith("-type f -exec sha256sum {} + | while read -r h f; do p=${h%\"${h#???????}\"}; touch -h -d \"@$((315532800 + 0x$p))\" \"$f\"; done )", publish, "files get a time from their content");
        Assert.Contains("move_to packages Serilog.dll runtimes/linux-x64/native/libe_sqlite3.so ;", publish);
        Assert.Contains("move_to prerelease-packages System.CommandLine.dll ;", publish);
        Assert.StartsWith("RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages printf ", publish, "the publish keeps its cache mount");

        string[] copies = lines.Where(line => line.StartsWith("COPY --from=build", StringComparison.Ordinal)).ToArray();
        CollectionAssert.AreEqual(
            new[]
            {
                "COPY --from=build [\"/app/layers/packages/\", \"/\"]",
                "COPY --from=build [\"/app/layers/prerelease-packages/\", \"/\"]",
                "COPY --from=build [\"/app/layers/app/\", \"/\"]",
            },
            copies,
            "the empty project-references slice gives no COPY; the app's comes last; each layer folder goes to /, which no layer holds");
        Assert.IsGreaterThan(Array.IndexOf(lines, copies[^1]), Array.FindIndex(lines, line => line == "WORKDIR /app"), "WORKDIR comes after the COPYs that make the folder with the layers' time");
    }

    [TestMethod]
    public void SourceModeWithoutAManifestCopiesThePublishOutputInOneLayer()
    {
        string text = Generate(Spec(ContainerizeMode.Source, null));

        Assert.DoesNotContain("/app/slices", text);
        Assert.DoesNotContain("move_to", text);
        Assert.Contains("--no-self-contained -p:UseAppHost=false -p:Containerize=false @/tmp/containerize-publish.rsp && ( set -e; cd /; mkdir -p /app/layers/app ; mv /app/publish /app/layers/app/app ;", text);
        Assert.Contains("COPY --from=build [\"/app/layers/app/\", \"/\"]\n", text);
    }

    [TestMethod]
    public void PublishModeCopiesTheStagedSliceFoldersAndHasNoBuildStage()
    {
        string text = Generate(Spec(ContainerizeMode.Publish, Layout()));

        Assert.DoesNotContain(" AS build", text);
        Assert.DoesNotContain("dotnet restore", text);
        string[] copies = text.Split('\n').Where(line => line.StartsWith("COPY ", StringComparison.Ordinal)).ToArray();
        CollectionAssert.AreEqual(
            new[] { "COPY [\"packages/\", \"/\"]", "COPY [\"prerelease-packages/\", \"/\"]", "COPY [\"app/\", \"/\"]" },
            copies);
    }

    [TestMethod]
    public void ALongListGoesOnInRunsAfterThePublish()
    {
        var files = Enumerable.Range(0, 1000).Select(i => new SlicedFile($"runtimes/linux-x64/native/lib{i:D5}_with_a_long_name.so", Slice.Packages)).ToList();
        var publish = new RunInstruction(new[] { ShellWord.Literal("dotnet"), ShellWord.Literal("publish") });

        IReadOnlyList<RunInstruction> runs = SliceInstructions.PublishAndSort(publish, new SliceLayout(files, includeSymbols: false), "/app");

        Assert.IsGreaterThan(1, runs.Count);
        Assert.StartsWith("dotnet publish && ( set -e; cd /app/publish;", RunText(runs[0]));
        Assert.StartsWith("set -e; cd /app/publish;", RunText(runs[1]));
        Assert.Contains("; cd /; mkdir -p /app/layers/packages ;", RunText(runs[^1]), "the last RUN makes the layer folders");
        Assert.AreEqual(
            "dotnet publish && ( set -e; cd /; mkdir -p /app/layers/app ; mv /app/publish /app/layers/app/app ; " + ReproducibleLayers.ShellCommands("/app/layers") + " )",
            RunText(SliceInstructions.PublishAndSort(publish, null, "/app").Single()));
    }

    /// <summary>The subshell ends at the first failure, and a failed publish never reaches the sort.</summary>
    [TestMethod]
    public void AFailedPublishFailsTheRunAndSkipsTheSort()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Needs /bin/sh.");
        }

        var failing = new RunInstruction(new[] { ShellWord.Raw("false") });
        string missing = Path.Combine(Path.GetTempPath(), "ctz-missing-" + Guid.NewGuid().ToString("N"));
        string script = RunText(SliceInstructions.PublishAndSort(failing, Layout(), "/app")[0])
            .Replace("/app/publish", missing + "/publish")
            .Replace("/app/slices", missing + "/slices");

        Assert.AreNotEqual(0, ShellExitCode(script));
        Assert.AreNotEqual(0, ShellExitCode(script.Replace("false &&", "true &&")), "the publish folder is missing, so the sort fails");
        Assert.IsFalse(Directory.Exists(missing), "nothing ran after the failed cd");
    }

    [TestMethod]
    public void WithoutDependencyFilesOnlyTheLeftOutFilesAreRemoved()
    {
        IReadOnlyList<RunInstruction> runs = SliceInstructions.SortInBuildStage(new SliceLayout(new SlicedFile[0], includeSymbols: true));

        Assert.HasCount(1, runs);
        string run = RunText(runs[0]);
        Assert.AreEqual("set -e; cd /app/publish; rm -f web.config", run);
    }

    [TestMethod]
    public void ALongFileListIsSplitIntoRunsTheEngineAccepts()
    {
        var files = Enumerable.Range(0, 3000).Select(i => new SlicedFile($"runtimes/linux-x64/native/lib{i:D5}_with_a_long_name.so", Slice.Packages)).ToList();

        IReadOnlyList<RunInstruction> runs = SliceInstructions.SortInBuildStage(new SliceLayout(files, includeSymbols: false));

        Assert.IsGreaterThan(1, runs.Count);
        foreach (RunInstruction run in runs)
        {
            string text = RunText(run);
            Assert.IsLessThanOrEqualTo(SliceInstructions.MaxRunLength, text.Length);
            Assert.StartsWith("set -e; cd /app/publish;", text);
            Assert.DoesNotContain("; ;", text);
        }

        var words = new HashSet<string>(runs.SelectMany(run => RunText(run).Split(' ')));
        List<string> missing = files.Select(file => file.Path).Where(path => !words.Contains(path)).ToList();
        Assert.IsEmpty(missing, "every file is moved by one of the RUNs: " + string.Join(", ", missing.Take(3)));
    }

    /// <summary>Runs the generated RUN commands with /bin/sh on a fake publish folder: what the build stage really does.</summary>
    [TestMethod]
    public void TheSortCommandsMoveListedFilesAndLeaveTheRestAsTheApp()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Needs /bin/sh.");
        }

        string root = Path.Combine(Path.GetTempPath(), "ctz-sort-" + Guid.NewGuid().ToString("N"));
        string publish = Path.Combine(root, "publish");
        string slices = Path.Combine(root, "slices");
        try
        {
            foreach (string file in new[]
            {
                "App.dll", "App.pdb", "web.config", "wwwroot/web.config", "de/App.resources.dll",
                "Serilog.dll", "Serilog.pdb", "runtimes/linux-x64/native/libe_sqlite3.so", "de/System.CommandLine.resources.dll",
                "it's odd $HOME.dll",
            })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(publish, file))!);
                File.WriteAllText(Path.Combine(publish, file), file);
            }

            var layout = new SliceLayout(
                new[]
                {
                    new SlicedFile("Serilog.dll", Slice.Packages),
                    new SlicedFile("runtimes/linux-x64/native/libe_sqlite3.so", Slice.Packages),
                    new SlicedFile("it's odd $HOME.dll", Slice.Packages),
                    new SlicedFile("de/System.CommandLine.resources.dll", Slice.PrereleasePackages),
                    new SlicedFile("NotInThisPublish.dll", Slice.ProjectReferences),
                },
                includeSymbols: false);
            foreach (RunInstruction run in SliceInstructions.SortInBuildStage(layout))
            {
                string script = RunText(run).Replace("/app/publish", publish).Replace("/app/slices", slices);
                RunShell(script);
            }

            CollectionAssert.AreEquivalent(
                new[] { "App.dll", "de/App.resources.dll", "wwwroot/web.config" },
                Files(publish),
                "the app slice keeps its own files; the root web.config and the symbols are gone; emptied folders too");
            CollectionAssert.AreEquivalent(
                new[] { "Serilog.dll", "runtimes/linux-x64/native/libe_sqlite3.so", "it's odd $HOME.dll" },
                Files(Path.Combine(slices, "packages")));
            CollectionAssert.AreEquivalent(new[] { "de/System.CommandLine.resources.dll" }, Files(Path.Combine(slices, "prerelease-packages")));
            Assert.IsTrue(Directory.Exists(Path.Combine(slices, "project-references")), "a listed slice exists even when none of its files was published, so its COPY works");
            Assert.IsEmpty(Files(Path.Combine(slices, "project-references")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Runs the publish RUN's sort and layer folders with /bin/sh on a fake publish folder, then reads times and modes.</summary>
    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TheLayerFoldersHoldTheWorkingDirectorysTreeWithTheLayersTimesAndModes()
    {
        string root = Path.Combine(Path.GetTempPath(), "ctz-layers-" + Guid.NewGuid().ToString("N"));
        string publish = Path.Combine(root, "publish");
        try
        {
            foreach (string file in new[] { "App.dll", "wwwroot/site.css", "Serilog.dll", "tool" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(publish, file))!);
                    File.WriteAllText(Path.Combine(publish, file), file);
            }

            File.SetUnixFileMode(Path.Combine(publish, "tool"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(Path.Combine(publish, "App.dll"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
            var layout = new SliceLayout(new[] { new SlicedFile("Serilog.dll", Slice.Packages) }, includeSymbols: false);
            string script = RunText(SliceInstructions.PublishAndSort(new RunInstruction(new[] { ShellWord.Raw("true") }), layout, "/srv/my app")[0])
                .Replace("/app/publish", publish).Replace("/app/slices", Path.Combine(root, "slices")).Replace("/app/layers", Path.Combine(root, "layers"));
            RunShell(script);

            string packages = Path.Combine(root, "layers", "packages");
            string app = Path.Combine(root, "layers", "app");
            CollectionAssert.AreEqual(new[] { "srv/my app/Serilog.dll" }, Files(packages));
            CollectionAssert.AreEquivalent(new[] { "srv/my app/App.dll", "srv/my app/tool", "srv/my app/wwwroot/site.css" }, Files(app));
            DateTime fixedTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (string file in new[] { "srv/my app/App.dll", "srv/my app/wwwroot/site.css", "srv/my app/tool" })
            {
                Assert.AreEqual(ReproducibleLayers.FileTime(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(app, file)))), File.GetLastWriteTimeUtc(Path.Combine(app, file)), "the shell gives " + file + " the time the host's staging gives it");
            }

            Assert.AreEqual(ReproducibleLayers.FileTime(System.Security.Cryptography.SHA256.HashData("Serilog.dll"u8.ToArray())), File.GetLastWriteTimeUtc(Path.Combine(packages, "srv/my app/Serilog.dll")));
            Assert.AreEqual(fixedTime, Directory.GetLastWriteTimeUtc(Path.Combine(packages, "srv")), "every folder down to the working directory is in the layer, with the fixed time");
            Assert.AreEqual(fixedTime, Directory.GetLastWriteTimeUtc(Path.Combine(app, "srv/my app/wwwroot")));
            Assert.AreEqual(Convert.ToInt32("644", 8), (int)File.GetUnixFileMode(Path.Combine(app, "srv/my app/App.dll")));
            Assert.AreEqual(Convert.ToInt32("755", 8), (int)File.GetUnixFileMode(Path.Combine(app, "srv/my app/tool")));
            Assert.AreEqual(Convert.ToInt32("755", 8), (int)File.GetUnixFileMode(Path.Combine(app, "srv/my app")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static SliceLayout Layout() => new(
        new[]
        {
            new SlicedFile("Serilog.dll", Slice.Packages),
            new SlicedFile("runtimes/linux-x64/native/libe_sqlite3.so", Slice.Packages),
            new SlicedFile("System.CommandLine.dll", Slice.PrereleasePackages),
        },
        includeSymbols: false);

    private static ContainerSpec Spec(ContainerizeMode mode, SliceLayout? slices) => new()
    {
        Mode = mode,
        ProjectPath = "Web/Web.csproj",
        AssemblyName = "Web",
        SdkImage = "mcr.microsoft.com/dotnet/sdk:10.0",
        BaseImage = "mcr.microsoft.com/dotnet/aspnet:10.0",
        UseBuildKit = true,
        MountsNuGetCache = true,
        RestoreInputs = new[] { "Web/Web.csproj" },
        Slices = slices,
        FinalStage = new FinalStageSpec
        {
            Entrypoint = new[] { "dotnet", "Web.dll" },
        },
    };

    private static string Generate(ContainerSpec spec) => DockerfileWriter.Write(DockerfilePlanner.Plan(spec));

    /// <summary>The RUN's command as the Dockerfile writer writes it.</summary>
    private static string RunText(RunInstruction run)
    {
        var dockerfile = new Dockerfile(new string[0], new[] { new Stage("scratch", null, null, new Instruction[] { run }) });
        string line = DockerfileWriter.Write(dockerfile).Split('\n')[1];
        Assert.StartsWith("RUN ", line);
        return line.Substring("RUN ".Length);
    }

    private static void RunShell(string script)
    {
        Assert.AreEqual(0, ShellExitCode(script, out string error), error);
    }

    private static int ShellExitCode(string script) => ShellExitCode(script, out _);

    private static int ShellExitCode(string script, out string error)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using Process process = Process.Start(start)!;
        error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static List<string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/')).ToList();
}
