using Bench.Domain;
using Mapster;

namespace Bench.Web;

public sealed record ProductView(int Id, string Name, string Category, decimal Price, int Stock, string Description, bool LowStock)
{
    public static ProductView From(Product product, Catalogue catalogue) =>
        product.Adapt<ProductView>() with { Description = catalogue.Describe(product), LowStock = catalogue.IsLowOnStock(product) };
}
