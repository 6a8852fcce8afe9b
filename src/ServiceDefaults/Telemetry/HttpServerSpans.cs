using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using System.Diagnostics;

namespace ServiceDefaults.Telemetry;

/// <summary>
/// Names ASP.NET Core's request spans after their route ("POST /api/v1/dossiers/{dossierId}/documents")
/// and tags them with the method, route and status, as the instrumentation package would (it is not
/// available here). Health probes are left out of traces: they arrive every few seconds and say nothing.
/// Runs first in every service's pipeline, as a startup filter, so no Program.cs has to remember it.
/// </summary>
internal sealed class HttpServerSpans : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var activity = context.Features.Get<IHttpActivityFeature>()?.Activity;
            if (activity is not null && context.Request.Path.StartsWithSegments("/health"))
            {
                activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
                activity.IsAllDataRequested = false;
            }
            await nextMiddleware(context);
            if (activity is { IsAllDataRequested: true })
            {
                // The route template, never the path: paths carry identifiers, templates do not multiply span names.
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                activity.DisplayName = route is null ? context.Request.Method : $"{context.Request.Method} {route}";
                activity.SetTag("http.request.method", context.Request.Method);
                activity.SetTag("http.route", route);
                activity.SetTag("http.response.status_code", context.Response.StatusCode);
            }
        });
        next(app);
    };
}
