using Contracts;
using Intake.Data;

namespace Intake.Api;

public static partial class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/dossiers/{dossierId}/documents", UploadAsync)
            .WithTags("Documents")
            .WithSummary("Upload one document (multipart: type, file). Verification runs asynchronously; a byte-identical re-upload answers 200 with the existing document.")
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<UploadAccepted>(StatusCodes.Status202Accepted)
            .Produces<UploadAccepted>(StatusCodes.Status200OK);
        app.MapGet("/api/v1/documents/{documentId:guid}", GetAsync)
            .WithTags("Documents")
            .WithSummary("A document's status and, once decided, the reasons in French and English.");
        return app;
    }

    private static async Task<IResult> UploadAsync(string dossierId, HttpRequest request, DossierStore dossiers, DocumentStore documents,
        ILogger<DocumentStore> logger, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Results.Problem(statusCode: 400, title: "Expected multipart/form-data", detail: "Send the fields 'type' and 'file'.");
        }
        if (request.ContentLength > UploadLimits.MaxRequestBytes)
        {
            return TooLarge();
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (IsBodyTooLarge(exception))
        {
            return TooLarge();
        }
        catch (InvalidDataException exception)
        {
            return Results.Problem(statusCode: 400, title: "Malformed multipart body", detail: exception.Message);
        }

        var type = form["type"].ToString();
        var file = form.Files.GetFile("file");
        if (!DocumentTypes.IsKnown(type))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["type"] = [$"Required, one of: {string.Join(", ", DocumentTypes.All)}."],
            });
        }
        if (file is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Required: the document as a file part."] });
        }
        if (await dossiers.FindAsync(dossierId, cancellationToken) is null)
        {
            return DossierEndpoints.NotFound(dossierId);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }
        var stored = await documents.StoreAsync(dossierId, type, file.FileName, file.ContentType, content, cancellationToken);
        var location = $"/api/v1/documents/{stored.DocumentId}";
        if (stored.Duplicate)
        {
            // The same bytes are already here: 200 with the document that holds them and its current
            // status, not a 202, because nothing new was accepted for processing.
            LogDuplicate(logger, stored.DocumentId, type);
            request.HttpContext.Response.Headers.Location = location;
            return Results.Ok(new UploadAccepted(stored.DocumentId, stored.Status));
        }
        LogStored(logger, stored.DocumentId, type, content.Length);
        return Results.Accepted(location, new UploadAccepted(stored.DocumentId, Decisions.Processing));
    }

    private static async Task<IResult> GetAsync(Guid documentId, DocumentStore documents, CancellationToken cancellationToken) =>
        await documents.FindAsync(documentId, cancellationToken) is { } document
            ? Results.Ok(document)
            : Results.Problem(statusCode: 404, title: "Document not found");

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large",
            detail: $"The request exceeds the hard cap of {UploadLimits.HardCapBytes / (1024 * 1024)} MB.");

    private static bool IsBodyTooLarge(Exception exception) =>
        exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (exception is InvalidDataException && exception.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored document {DocumentId} ({DocumentType}, {SizeBytes} bytes)")]
    private static partial void LogStored(ILogger logger, Guid documentId, string documentType, long sizeBytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload identical to document {DocumentId} ({DocumentType}); not processed again")]
    private static partial void LogDuplicate(ILogger logger, Guid documentId, string documentType);
}
