namespace Ktl.Core.Errors;

/// <summary>What kind of failure an engine error is; the cmdlet layer maps it onto PowerShell's ErrorCategory.</summary>
public enum KtlErrorCategory
{
    NotSpecified,
    InvalidArgument,
    InvalidData,
    ObjectNotFound,
    PermissionDenied,
    ResourceUnavailable,
    ConnectionError,
    InvalidOperation,
    ResourceExists,
    ResourceBusy,
    SecurityError,
    OperationTimeout,
    OperationStopped,
    ParserError,
    NotImplemented,
}

/// <summary>
/// Every error the engine means a user to see. <see cref="ErrorId"/> is stable: scripts and tests match on it,
/// so never change an existing one. The message never holds a secret value.
/// </summary>
public class KtlException : Exception
{
    public KtlException(string errorId, KtlErrorCategory category, string message, object? target = null, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Category = category;
        Target = target;
    }

    public string ErrorId { get; }

    public KtlErrorCategory Category { get; }

    /// <summary>The object the error is about (a path, a reference, an object name); shown as the ErrorRecord's target.</summary>
    public object? Target { get; }

    /// <summary>What the user can do about it, when the engine knows.</summary>
    public string? RecommendedAction { get; init; }
}
