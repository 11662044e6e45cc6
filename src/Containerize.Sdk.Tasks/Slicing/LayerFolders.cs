namespace Containerize.Sdk.Slicing
{
    /// <summary>
    /// Each slice's folder, holding the image's tree from / down, that the final stage copies to /: under /app/layers in
    /// the build stage (StageLayout.LayersDirectory), and under the staging folder of the host stage and of publish mode,
    /// so that every way of feeding the final stage has the same paths.
    /// </summary>
    public static class LayerFolders
    {
        /// <summary>packages/app for the packages slice and the working directory /app; app for the app slice and /.</summary>
        public static string Folder(Slice slice, string workingDirectory) =>
            SliceNames.Folder(slice) + workingDirectory.TrimEnd('/');

        /// <summary>The folder that holds the slice's tree: the one the final stage copies to /.</summary>
        public static string Root(Slice slice) => SliceNames.Folder(slice);
    }
}
