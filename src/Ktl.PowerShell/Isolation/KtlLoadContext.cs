using System.Reflection;
using System.Runtime.Loader;

namespace Ktl.PowerShell.Isolation;

/// <summary>
/// Ktl's own load context. Ktl.Core and every package it uses (YamlDotNet, Azure.*, AWSSDK.*, SQLite, ...)
/// load here from the module's deps/ folder, so they never meet the versions other modules (Az.Accounts,
/// powershell-yaml) have loaded into PowerShell's default context.
/// </summary>
internal sealed class KtlLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly string _depsDirectory;

    public KtlLoadContext(string depsDirectory)
        : base("Ktl", isCollectible: false)
    {
        _depsDirectory = depsDirectory;
        // The resolver reads deps/Ktl.Core.deps.json, which knows RID-specific native assets (e_sqlite3).
        _resolver = new AssemblyDependencyResolver(Path.Combine(depsDirectory, "Ktl.Core.dll"));
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // The bridge assembly must be shared with PowerShell's context, or the cmdlets and the engine would see two copies.
        if (assemblyName.Name == typeof(KtlLoadContext).Assembly.GetName().Name)
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            var candidate = Path.Combine(_depsDirectory, assemblyName.Name + ".dll");
            path = File.Exists(candidate) ? candidate : null;
        }

        // Framework assemblies (System.*) are not in deps/ and fall through to the default context.
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
