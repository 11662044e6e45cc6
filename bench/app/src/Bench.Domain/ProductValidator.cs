using FluentValidation;

namespace Bench.Domain;

public sealed class ProductValidator : AbstractValidator<Product>
{
    public ProductValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(80);
        RuleFor(p => p.Category).NotEmpty();
        RuleFor(p => p.Price).GreaterThan(0m);
        RuleFor(p => p.Stock).GreaterThanOrEqualTo(0);
    }
}
