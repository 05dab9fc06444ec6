namespace Research;

/// <summary>
/// Who stands behind an article, for comparing sources: its outlet, or for an article whose outlet is unknown, the
/// article itself (two unknown outlets are not one source). Two articles of one outlet are one source.
/// </summary>
public static class Sources
{
    public static string Of(Article article) => article.Outlet == "unknown" ? $"unknown ({article.Id})" : article.Outlet;
}
