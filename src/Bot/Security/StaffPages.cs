namespace AfterSalesBot.Bot.Security;

/// <summary>Staff pages: an HTML file from wwwroot served only to signed-in users whose role the policy allows.</summary>
public static class StaffPages
{
    /// <summary>
    /// Serves <paramref name="file"/> (relative to wwwroot) at <paramref name="path"/> behind the cookie variant of
    /// <paramref name="policy"/>: not signed in → the sign-in page, wrong role → 403. Never cached, so a signed-out
    /// browser cannot show it from cache.
    /// </summary>
    public static RouteHandlerBuilder MapStaffPage(this IEndpointRouteBuilder app, string path, string file, string policy)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return app.MapGet(path, (HttpContext http, IWebHostEnvironment environment) =>
            {
                var info = environment.WebRootFileProvider.GetFileInfo(file);
                if (!info.Exists)
                {
                    return Results.NotFound();
                }

                http.Response.Headers.CacheControl = "no-store";
                return Results.Stream(info.CreateReadStream(), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.PagePolicy(policy));
    }
}
