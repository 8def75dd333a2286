namespace Ktl.Core.Configuration;

/// <summary>Finds, parses, validates and merges the configuration files. (Implementation lands with the foundation issue.)</summary>
public static partial class KtlConfigurationLoader
{
}
