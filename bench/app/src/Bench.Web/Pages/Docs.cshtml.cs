using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bench.Web.Pages;

public sealed class DocsModel(MarkdownPages pages) : PageModel
{
    public IReadOnlyList<string> Names { get; private set; } = [];
    public string Html { get; private set; } = "";

    public IActionResult OnGet(string? name)
    {
        Names = pages.Names();
        var html = pages.Html(name ?? Names.FirstOrDefault() ?? "");
        if (html is null)
        {
            return NotFound();
        }
        Html = html;
        return Page();
    }
}
