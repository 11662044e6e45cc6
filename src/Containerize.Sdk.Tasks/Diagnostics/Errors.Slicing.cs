
namespace Containerize.Sdk.Diagnostics
{
    /// <summary>Errors of slicing and staging the publish output (CTZ22xx: the project and its build context).</summary>
    public static partial class Errors
    {
        public static ContainerizeDiagnostic PublishOutputMissing(string publishDirectory) =>
            new ContainerizeDiagnostic("CTZ2201", $"ContainerizeMode=Publish builds the image from the host's publish output, but '{publishDirectory}' does not exist: run dotnet publish -p:Containerize=true -p:ContainerizeMode=Publish (the image is built after the publish), or use ContainerizeMode=Source.");

        public static ContainerizeDiagnostic ManifestUnreadable(string path, string reason) =>
            new ContainerizeDiagnostic("CTZ2202", $"The slice manifest '{path}' cannot be read ({Show(reason)}): delete it and publish again; it is written from the publish items on every publish.");

        public static ContainerizeDiagnostic StagingFailed(string stagingDirectory, string reason) =>
            new ContainerizeDiagnostic("CTZ2203", $"The publish output could not be staged into '{stagingDirectory}' ({Show(reason)}): check that the folder is writable and no other process holds its files, then publish again.");

        public static ContainerizeDiagnostic SbomNotWritten(string assetsFile, string reason) =>
            new ContainerizeDiagnostic("CTZ2204", $"The SBOM could not be written from the restore graph '{assetsFile}' ({Show(reason)}): restore the project again (dotnet restore), or set ContainerizeSbom=false to build the image without an SBOM.");
    }
}
