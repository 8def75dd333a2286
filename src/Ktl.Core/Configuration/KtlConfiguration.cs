namespace Ktl.Core.Configuration;

/// <summary>
/// The effective Ktl configuration: the user file ($KTL_CONFIG or $HOME/.config/ktl/config.yaml) overlaid by the
/// repository file (the nearest ktl.yaml from the working folder upward). Sections: defaults, secrets, policy,
/// environments, rpc. Loaded by <see cref="KtlConfigurationLoader"/>.
/// </summary>
public sealed class KtlConfiguration
{
    public static readonly KtlConfiguration Empty = new();

    /// <summary>The files read, user file first; empty when there are none.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public DefaultsConfig Defaults { get; init; } = new();

    public SecretsConfig Secrets { get; init; } = new();

    /// <summary>Path of the policy file, resolved against the file that names it.</summary>
    public string? PolicyPath { get; init; }

    public IReadOnlyDictionary<string, EnvironmentConfig> Environments { get; init; } = new Dictionary<string, EnvironmentConfig>(StringComparer.Ordinal);

    public RpcConfig Rpc { get; init; } = new();
}

public sealed class DefaultsConfig
{
    public string? Context { get; init; }

    public string? Namespace { get; init; }

    public string? KubeVersion { get; init; }
}

public sealed class SecretsConfig
{
    public string? DefaultProvider { get; init; }

    /// <summary>Where audit records go; null means the default under the user's local state folder.</summary>
    public string? AuditLog { get; init; }

    public IReadOnlyDictionary<string, SecretProviderConfig> Providers { get; init; } = new Dictionary<string, SecretProviderConfig>(StringComparer.Ordinal);
}

/// <summary>One configured provider: its name, type (file, vault, aws-secrets-manager, ...) and its own settings.</summary>
public sealed class SecretProviderConfig
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    /// <summary>Settings as written (scalars as strings; nested maps flattened with '.'), e.g. address, path, region.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The file that configured it: relative paths in settings resolve against its folder.</summary>
    public ConfigSource? Source { get; init; }
}

public sealed class EnvironmentConfig
{
    public required string Name { get; init; }

    public string? Context { get; init; }

    public string? Namespace { get; init; }

    public string? PolicyPath { get; init; }

    /// <summary>Per-environment secret settings, overriding the top-level ones (so prod resolves against prod's Vault).</summary>
    public SecretsConfig? Secrets { get; init; }

    /// <summary>Environment names whose passing verification of the same unit a promotion here requires.</summary>
    public IReadOnlyList<string> RequireVerifiedIn { get; init; } = [];

    public ConfigSource? Source { get; init; }
}

public sealed class RpcConfig
{
    public string? Endpoint { get; init; }

    public bool Required { get; init; }
}

/// <summary>Where a configuration item was written: for error messages and for resolving relative paths.</summary>
public sealed record ConfigSource(string File, int Line, int Column)
{
    public string Directory => System.IO.Path.GetDirectoryName(File) ?? ".";

    public override string ToString() => $"{File}:{Line}:{Column}";
}
