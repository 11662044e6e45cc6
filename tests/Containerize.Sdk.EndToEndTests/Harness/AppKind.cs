namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>The project SDK a test app uses, which decides the inferred base image (runtime or aspnet).</summary>
internal enum AppKind
{
    Console,
    Web,
}
