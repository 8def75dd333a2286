using Ktl.Core.Errors;

namespace Ktl.Core.Tests.Infrastructure;

public class KtlExceptionTests
{
    [Fact]
    public void Carries_error_id_category_and_target()
    {
        var inner = new IOException("disk");
        var ex = new KtlException("ChartNotFound", KtlErrorCategory.ObjectNotFound, "chart 'x' not found", "x", inner);
        Assert.Equal("ChartNotFound", ex.ErrorId);
        Assert.Equal(KtlErrorCategory.ObjectNotFound, ex.Category);
        Assert.Equal("x", ex.Target);
        Assert.Same(inner, ex.InnerException);
    }

    [Fact]
    public void Shared_folder_is_found()
    {
        Assert.True(Directory.Exists(RepoPaths.Conformance), RepoPaths.Conformance);
    }
}
