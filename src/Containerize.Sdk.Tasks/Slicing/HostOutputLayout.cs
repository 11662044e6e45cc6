using Containerize.Sdk.Dockerfiles;

namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Where the host's publish output is staged for the Dockerfile's host stage: the layout the build stage's sort RUN
    /// leaves under /app (SliceInstructions), each slice before the app's in slices/&lt;slice&gt;/ and the app's in publish/,
    /// so one COPY of the staging folder to /app gives the final stage the same paths as the build stage.
    /// </summary>
    public static class HostOutputLayout
    {
        public const string Root = "/app";

        public static string Folder(Slice slice) =>
            (slice == Slice.App ? StageLayout.PublishDirectory : StageLayout.SlicesDirectory + "/" + SliceNames.Folder(slice)).Substring(Root.Length + 1);
    }
}
