namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>GET a URL until the app in the container answers: it starts a moment after docker run returns.</summary>
internal static class HttpPolling
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    /// <summary>The body of the first successful answer, or null when none came within the time given.</summary>
    public static async Task<string?> GetAsync(Uri url, TimeSpan within)
    {
        using var client = new HttpClient { Timeout = AttemptTimeout };
        DateTime deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using HttpResponseMessage response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // The attempt timed out; the deadline decides whether to go on.
            }

            await Task.Delay(Pause);
        }

        return null;
    }
}
