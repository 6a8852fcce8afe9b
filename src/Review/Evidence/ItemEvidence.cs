using System.Globalization;
using System.Text.Json;
using Dapper;
using Npgsql;
using Review.Queue;

namespace Review.Evidence;

/// <summary>One finding of the machine, as the item page lists it.</summary>
public sealed record FindingView(string Name, string Outcome, string? ReasonCode, string? Value, string? Threshold, double? Confidence, string? Detail);

/// <summary>The uploaded file and what the machine decided on it.</summary>
public sealed record DocumentFacts(string? FileName, long SizeBytes, string Status, DateTimeOffset UploadedAt, DateTimeOffset? DecidedAt,
    string? MachineDecision, string? MachineRule, IReadOnlyList<string> MachineReasonCodes, DateTimeOffset? MachineDecidedAt);

/// <summary>Everything an agent needs in front of them to decide an item, read in one go.</summary>
public sealed record ItemEvidence(
    ReviewItem Item,
    DocumentFacts Document,
    DeclaredData Declared,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<MrzRow> Mrz,
    IReadOnlyList<AuditEntry> History);

public sealed class ItemEvidenceReader(NpgsqlDataSource dataSource, ReviewQueue queue)
{
    public async Task<ItemEvidence?> ReadAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var item = await queue.FindAsync(itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }
        const string sql = """
            select d.file_name, d.size_bytes, d.status, d.uploaded_at, d.decided_at,
                   x.decision, x.rule, x.reason_codes, x.findings::text as findings, x.decided_at as machine_decided_at,
                   s.last_name, s.first_names, s.date_of_birth, s.nationality, s.country_of_birth, s.email, s.language, s.rights_start_date
            from documents d
            join dossiers s on s.dossier_id = d.dossier_id
            left join decisions x on x.document_id = d.document_id
            where d.document_id = @documentId
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(sql, new { documentId = item.DocumentId }, cancellationToken: cancellationToken));

        var document = new DocumentFacts(row.file_name, row.size_bytes, row.status, AuditTrail.Utc(row.uploaded_at),
            row.decided_at is { } decided ? AuditTrail.Utc(decided) : null, row.decision, row.rule, row.reason_codes ?? [],
            row.machine_decided_at is { } machine ? AuditTrail.Utc(machine) : null);
        var declared = new DeclaredData(row.last_name, row.first_names, IsoDate(row.date_of_birth), row.nationality.Trim(),
            row.country_of_birth.Trim(), row.email, row.language, IsoDate(row.rights_start_date));

        using var findingsJson = JsonDocument.Parse(row.findings ?? "[]");
        var findings = findingsJson.RootElement.ValueKind == JsonValueKind.Array
            ? findingsJson.RootElement.EnumerateArray().ToList()
            : [];
        var views = findings.Select(ToView).ToList();
        var mrz = MrzComparison.Compare(findings, declared);
        var history = await AuditTrail.ForItemAsync(dataSource, itemId, cancellationToken);
        return new ItemEvidence(item, document, declared, views, mrz, history);
    }

    private static FindingView ToView(JsonElement finding) => new(
        Text(finding, "name") ?? "?",
        Text(finding, "outcome") ?? "?",
        Text(finding, "reasonCode"),
        Text(finding, "value"),
        Text(finding, "threshold"),
        finding.TryGetProperty("confidence", out var confidence) && confidence.TryGetDouble(out var c) ? c : null,
        Text(finding, "detail"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public string? file_name { get; init; }
        public long size_bytes { get; init; }
        public string status { get; init; } = "";
        public DateTime uploaded_at { get; init; }
        public DateTime? decided_at { get; init; }
        public string? decision { get; init; }
        public string? rule { get; init; }
        public string[]? reason_codes { get; init; }
        public string? findings { get; init; }
        public DateTime? machine_decided_at { get; init; }
        public string last_name { get; init; } = "";
        public string first_names { get; init; } = "";
        public DateOnly date_of_birth { get; init; }
        public string nationality { get; init; } = "";
        public string country_of_birth { get; init; } = "";
        public string email { get; init; } = "";
        public string language { get; init; } = "";
        public DateOnly rights_start_date { get; init; }
    }
}
