namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>An image repository and tag no other test run uses, so parallel runs and leftovers never collide.</summary>
internal sealed record ImageName(string Repository, string Tag)
{
    public string Reference => $"{Repository}:{Tag}";

    public static ImageName Unique(string purpose) =>
        new($"containerize-e2e-{purpose}-{Guid.NewGuid().ToString("N")[..8]}", "t" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Another tag of the same repository, for a second build of the same project.</summary>
    public ImageName WithNewTag() => this with { Tag = "t" + Guid.NewGuid().ToString("N")[..8] };

    /// <summary>The publish properties (name=value) that give the image this name.</summary>
    public string[] Properties() => new[] { "ContainerRepository=" + Repository, "ContainerImageTag=" + Tag };

    public override string ToString() => Reference;
}
