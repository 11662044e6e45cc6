using Polly;
using Polly.Retry;

namespace Bench.Web;

public static class Resilience
{
    /// <summary>A retry pipeline for reading content files, which may be replaced while the app runs.</summary>
    public static IServiceCollection AddResiliencePipeline(this IServiceCollection services) =>
        services.AddSingleton(new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 3, Delay = TimeSpan.FromMilliseconds(50), ShouldHandle = new PredicateBuilder().Handle<IOException>() })
            .AddTimeout(TimeSpan.FromSeconds(2))
            .Build());
}
