namespace Containerize.Sdk.Builders
{
    /// <summary>Which container client builds the image.</summary>
    public enum BuilderKind
    {
        Docker,
        Podman,

        /// <summary>Only the Dockerfile is written; no image is built.</summary>
        None,
    }
}
