using Intake.Data;

namespace Intake.Api;

public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers");
        dossiers.MapPut("/{dossierId}", PutAsync)
            .WithSummary("Declare or update the applicant's data that documents are checked against.");
        dossiers.MapGet("/{dossierId}", GetAsync)
            .WithSummary("The dossier with its documents and their statuses.");
        return app;
    }

    private static async Task<IResult> PutAsync(string dossierId, DossierRequest request, DossierStore store, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidDossierId(dossierId))
        {
            return Results.Problem(statusCode: 400, title: "Invalid dossier id", detail: "Use 1 to 64 letters, digits, '-' or '_'.");
        }
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        var created = await store.UpsertAsync(dossierId, request, cancellationToken);
        var dossier = await BuildAsync(dossierId, store, null, cancellationToken);
        return created ? Results.Created($"/api/v1/dossiers/{dossierId}", dossier) : Results.Ok(dossier);
    }

    private static async Task<IResult> GetAsync(string dossierId, DossierStore dossiers, DocumentStore documents, CancellationToken cancellationToken)
    {
        var dossier = await BuildAsync(dossierId, dossiers, documents, cancellationToken);
        return dossier is null ? NotFound(dossierId) : Results.Ok(dossier);
    }

    internal static IResult NotFound(string dossierId) =>
        Results.Problem(statusCode: 404, title: "Dossier not found", detail: $"No dossier '{dossierId}' has been declared; PUT it first.");

    private static async Task<DossierResponse?> BuildAsync(string dossierId, DossierStore dossiers, DocumentStore? documents, CancellationToken cancellationToken)
    {
        var row = await dossiers.FindAsync(dossierId, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var list = documents is null ? [] : await documents.ListForDossierAsync(dossierId, cancellationToken);
        return new DossierResponse(row.dossier_id, row.last_name, row.first_names, IsoDate(row.date_of_birth), row.nationality,
            row.country_of_birth, row.email, row.language, IsoDate(row.rights_start_date), list,
            row.closed_at is { } closedAt ? new DateTimeOffset(closedAt, TimeSpan.Zero) : null);
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
