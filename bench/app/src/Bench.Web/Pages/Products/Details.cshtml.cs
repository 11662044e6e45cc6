using Bench.Data;
using Bench.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bench.Web.Pages.Products;

public sealed class DetailsModel(ProductStore store, Catalogue catalogue, IValidator<Product> validator) : PageModel
{
    public ProductView Product { get; private set; } = null!;
    public decimal PriceForTen { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IActionResult OnGet(int id)
    {
        var product = store.Find(id);
        if (product is null)
        {
            return NotFound();
        }
        Product = ProductView.From(product, catalogue);
        PriceForTen = catalogue.DiscountedPrice(product, 10);
        Problems = validator.Validate(product).Errors.Select(e => e.ErrorMessage).ToList();
        return Page();
    }
}
