using Bench.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bench.Web.Pages;

public sealed class IndexModel(ProductStore store) : PageModel
{
    public int Count { get; private set; }
    public IReadOnlyList<string> Categories { get; private set; } = [];

    public void OnGet()
    {
        Count = store.All().Count;
        Categories = store.Categories();
    }
}
