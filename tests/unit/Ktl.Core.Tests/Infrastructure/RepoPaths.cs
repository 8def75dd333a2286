namespace Ktl.Core.Tests.Infrastructure;

/// <summary>Finds the repository root and the shared material beside it (../shared), from any test's working folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ktl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ktl.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    /// <summary>The shared folder: $KTL_SHARED if set, else ../shared from the repository root.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("KTL_SHARED") is { Length: > 0 } s ? s : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Conformance => Path.Combine(Shared, "conformance");

    public static string Swagger => Path.Combine(Shared, "k8s", "swagger-v1.31.json");
}
