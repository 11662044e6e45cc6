using Markdig;
using Polly;

namespace Bench.Web;

/// <summary>The Markdown files under Content/, rendered to HTML.</summary>
public sealed class MarkdownPages(IWebHostEnvironment environment, ResiliencePipeline pipeline)
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public IReadOnlyList<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToList();

    public string? Html(string name)
    {
        if (!Names().Contains(name))
        {
            return null;
        }
        var text = pipeline.Execute(() => File.ReadAllText(Path.Combine(Folder, name + ".md")));
        return Markdig.Markdown.ToHtml(text, Markdown);
    }

    private string Folder => Path.Combine(environment.ContentRootPath, "Content");
}
