namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>A folder a test writes a project into and deletes afterwards.</summary>
internal interface IScratchProject : IDisposable
{
    /// <summary>A name unique to this folder, which appears in the build-stage commands of every image built from it.</summary>
    string UniqueName { get; }
}
