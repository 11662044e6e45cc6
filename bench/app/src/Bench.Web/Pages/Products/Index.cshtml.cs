using Bench.Data;
using Bench.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bench.Web.Pages.Products;

public sealed class IndexModel(ProductStore store, Catalogue catalogue) : PageModel
{
    public string? Category { get; private set; }
    public IReadOnlyList<ProductView> Products { get; private set; } = [];

    public void OnGet(string? category)
    {
        Category = category;
        Products = store.All()
            .Where(p => category is null || p.Category == category)
            .Select(p => ProductView.From(p, catalogue))
            .ToList();
    }
}
