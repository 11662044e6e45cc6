using System.Net;
using System.Text.Json;
using Containerize.Sdk.EndToEndTests.Harness;

namespace Containerize.Sdk.EndToEndTests;

/// <summary>
/// The throwaway registry ../shared/ci/local-registry.sh starts on 127.0.0.1:5000, read through its HTTP API (v2) so the
/// tests check what the registry holds, not what the client believes.
/// </summary>
internal sealed class LocalRegistry : IDisposable
{
    public const string Address = "127.0.0.1:5000";

    private const string ManifestTypes = "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.index.v1+json";

    private readonly HttpClient _http = new() { BaseAddress = new Uri("http://" + Address + "/v2/"), Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The registry, once it answers; otherwise the test ends as inconclusive, or failed under CONTAINERIZE_E2E=required.</summary>
    public static LocalRegistry Require()
    {
        var registry = new LocalRegistry();
        string? problem = registry.Problem();
        if (problem == null)
        {
            return registry;
        }

        registry.Dispose();
        string message = $"No registry answers http://{Address}/v2/ ({problem}); start it with ../shared/ci/local-registry.sh start.";
        if (DockerEngine.IsRequired)
        {
            Assert.Fail(message + $" {DockerEngine.RequiredVariable}=required, so this is a failure, not a skip.");
        }

        Assert.Inconclusive(message);
        return registry;
    }

    public IReadOnlyList<string> Tags(string repository)
    {
        using JsonDocument document = JsonDocument.Parse(_http.GetStringAsync(repository + "/tags/list").Result);
        return document.RootElement.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()!).ToList();
    }

    /// <summary>The digest the registry serves the tag under (Docker-Content-Digest); null when it has no such tag.</summary>
    public string? Digest(string repository, string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, repository + "/manifests/" + tag);
        request.Headers.Accept.ParseAdd(ManifestTypes);
        using HttpResponseMessage response = _http.Send(request);
        return response.StatusCode == HttpStatusCode.OK && response.Headers.TryGetValues("Docker-Content-Digest", out IEnumerable<string>? values) ? values.First() : null;
    }

    /// <summary>
    /// The manifest the registry serves for the tag, as JSON, whatever its format: docker 20.10's manifest inspect cannot
    /// read the OCI index podman pushes.
    /// </summary>
    public string Manifest(string repository, string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, repository + "/manifests/" + tag);
        request.Headers.Accept.ParseAdd(ManifestTypes);
        using HttpResponseMessage response = _http.Send(request);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, repository + ":" + tag);
        return response.Content.ReadAsStringAsync().Result;
    }

    /// <summary>Deletes a manifest by digest; for cleanup, so a manifest that is already gone is no error.</summary>
    public void Delete(string repository, string digest)
    {
        try
        {
            _http.DeleteAsync(repository + "/manifests/" + digest).Result.Dispose();
        }
        catch (AggregateException)
        {
            // The registry is scratch space; a failed cleanup must not fail a test.
        }
    }

    /// <summary>Deletes the manifest each tag names; for cleanup, so a tag that was never pushed is no error.</summary>
    public static void DeleteTags(string repository, params string[] tags)
    {
        using var registry = new LocalRegistry();
        foreach (string tag in tags)
        {
            if (registry.Digest(repository, tag) is string digest)
            {
                registry.Delete(repository, digest);
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private string? Problem()
    {
        try
        {
            using HttpResponseMessage response = _http.GetAsync("").Result;
            return response.IsSuccessStatusCode ? null : "HTTP " + (int)response.StatusCode;
        }
        catch (AggregateException exception)
        {
            return exception.InnerException?.Message ?? exception.Message;
        }
    }
}
