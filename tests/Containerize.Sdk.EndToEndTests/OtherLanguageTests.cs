using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// F# and Visual Basic apps as their templates make them. The F# SDK adds a package source inside the SDK installation
/// (sdk/&lt;version&gt;/FSharp/library-packs): the SDK image has its own, so it must neither be copied nor widen the context.
/// </summary>
[TestClass]
public sealed class OtherLanguageTests
{
    private const string FSharpAnswer = "Hello from the Containerize.Sdk end-to-end F# web app";
    private const string VisualBasicLine = "Hello from the Containerize.Sdk end-to-end Visual Basic app";
    private static readonly TimeSpan StartupTime = TimeSpan.FromSeconds(30);

    private static DockerClient Docker => DockerClient.Instance;

    [TestMethod]
    public async Task FSharpWebApp_BuildsFromItsOwnFolder_AndAnswersOverHttp()
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        // `dotnet new web -lang F#`, with only the answer changed.
        TestProject project = TestProject.Create(AppKind.Web, $$"""
            open System
            open Microsoft.AspNetCore.Builder
            open Microsoft.Extensions.Hosting

            [<EntryPoint>]
            let main args =
                let builder = WebApplication.CreateBuilder(args)
                let app = builder.Build()

                app.MapGet("/", Func<string>(fun () -> "{{FSharpAnswer}}")) |> ignore

                app.Run()

                0 // Exit code
            """, ProjectLanguage.FSharp);
        ImageName image = ImageName.Unique("fsharp");
        try
        {
            ProcessResult publish = project.Publish(image);

            Assert.IsTrue(publish.Succeeded, publish.Describe());
            string dockerfile = File.ReadAllText(project.GeneratedDockerfilePath());
            Assert.DoesNotContain("library-packs", dockerfile, "the SDK's own package source was copied:\n" + dockerfile);
            Assert.DoesNotContain("usr/share/dotnet", dockerfile);
            int hostPort = FreePort.OnLoopback();
            string container = Docker.StartPublished(image.Reference, hostPort, 8080);
            try
            {
                string? body = await HttpPolling.GetAsync(new Uri($"http://127.0.0.1:{hostPort}/"), StartupTime);

                Assert.AreEqual(FSharpAnswer, body, $"GET / on 127.0.0.1:{hostPort} gave no answer within {StartupTime.TotalSeconds} s. Container log:{Environment.NewLine}{Docker.Logs(container)}");
            }
            finally
            {
                Docker.RemoveContainer(container);
            }
        }
        finally
        {
            Docker.RemoveImage(image.Reference);
            Docker.RemoveProject(project);
        }
    }

    [TestMethod]
    public void VisualBasicConsoleApp_BuildsAndPrintsItsLine()
    {
        DockerEngine.Require();
        PackageFeed.RequirePackage();
        // `dotnet new console -lang VB`, with only the line changed.
        TestProject project = TestProject.Create(AppKind.Console, $"""
            Imports System

            Module Program
                Sub Main(args As String())
                    Console.WriteLine("{VisualBasicLine}")
                End Sub
            End Module
            """, ProjectLanguage.VisualBasic);
        ImageName image = ImageName.Unique("vb");
        try
        {
            ProcessResult publish = project.Publish(image);

            Assert.IsTrue(publish.Succeeded, publish.Describe());
            ProcessResult run = Docker.RunToEnd(image.Reference);
            Assert.IsTrue(run.Succeeded, run.Describe());
            Assert.AreEqual(VisualBasicLine, run.StandardOutput.Trim());
        }
        finally
        {
            Docker.RemoveImage(image.Reference);
            Docker.RemoveProject(project);
        }
    }
}
