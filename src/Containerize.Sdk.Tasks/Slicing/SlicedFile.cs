namespace Containerize.Sdk.Slicing
{
    /// <summary>A published file's normalized relative path and the slice it goes into.</summary>
    public sealed class SlicedFile
    {
        public SlicedFile(string path, Slice slice)
        {
            Path = path;
            Slice = slice;
        }

        public string Path { get; }

        public Slice Slice { get; }

        public override string ToString() => SliceNames.Folder(Slice) + " " + Path;
    }
}
