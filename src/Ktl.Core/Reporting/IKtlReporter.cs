namespace Ktl.Core.Reporting;

/// <summary>
/// How engine operations talk back while they run. Every method may be called from any thread; the cmdlet
/// layer marshals each call onto PowerShell's pipeline thread (Write-* is only legal there), the gRPC daemon
/// streams them. The engine never prints anything itself.
/// </summary>
public interface IKtlReporter
{
    /// <summary>Progress of a long phase; shown with Write-Progress (and CI progress commands).</summary>
    void Progress(KtlProgress progress);

    void Warning(string message);

    void Verbose(string message);

    void Debug(string message);

    /// <summary>Structured information (audit records, summaries) for the information stream.</summary>
    void Information(object data, params string[] tags);

    /// <summary>
    /// Registers a resolved secret value before anything could print it: from now on every text Ktl writes has it
    /// (and its derived forms) replaced by <paramref name="origin"/>, and CI systems are told to mask it.
    /// Called synchronously, before the value is returned to whoever asked for it.
    /// </summary>
    void RegisterSecret(string value, string origin);
}

/// <param name="Activity">The phase, e.g. "Applying".</param>
/// <param name="Status">What is happening now, e.g. "Deployment web".</param>
/// <param name="PercentComplete">0..100, or -1 when unknown.</param>
/// <param name="ActivityId">Distinguishes concurrent activities; children point at a parent.</param>
public sealed record KtlProgress(string Activity, string Status, int PercentComplete = -1, int ActivityId = 1, int ParentActivityId = -1, bool Completed = false);

/// <summary>A reporter that drops everything; for engine callers that do not listen (tests, benchmarks).</summary>
public sealed class NullReporter : IKtlReporter
{
    public static readonly NullReporter Instance = new();

    public void Progress(KtlProgress progress) { }

    public void Warning(string message) { }

    public void Verbose(string message) { }

    public void Debug(string message) { }

    public void Information(object data, params string[] tags) { }

    public void RegisterSecret(string value, string origin) { }
}
