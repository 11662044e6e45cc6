namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>The language of a test app, which decides its project SDK targets and file names.</summary>
internal enum ProjectLanguage
{
    CSharp,
    FSharp,
    VisualBasic,
}

internal static class ProjectLanguageFiles
{
    public static string ProjectExtension(this ProjectLanguage language) => language switch
    {
        ProjectLanguage.FSharp => ".fsproj",
        ProjectLanguage.VisualBasic => ".vbproj",
        _ => ".csproj",
    };

    public static string SourceExtension(this ProjectLanguage language) => language switch
    {
        ProjectLanguage.FSharp => ".fs",
        ProjectLanguage.VisualBasic => ".vb",
        _ => ".cs",
    };
}
