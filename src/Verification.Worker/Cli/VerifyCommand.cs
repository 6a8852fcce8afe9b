using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Contracts;
using Microsoft.Extensions.DependencyInjection;
using Verification.Worker.Checks;

namespace Verification.Worker.Cli;

/// <summary>
/// `verify`: the same checks as the worker, on local files, with no broker and no database.
/// One JSON object per file on stdout; progress on stderr when it is a terminal.
/// </summary>
public static class VerifyCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var type = new Option<string>("--type") { Description = "Wire name of the document type.", Required = true };
        type.AcceptOnlyFromAmong([.. DocumentTypes.All]);
        var applicant = new Option<FileInfo?>("--applicant") { Description = "JSON file with the declared data (the dossier body)." };
        var files = new Argument<FileInfo[]>("FILE") { Description = "Files to verify.", Arity = ArgumentArity.OneOrMore };
        var command = new RootCommand("Verify documents with the checks the worker runs.") { type, applicant, files };
        command.SetAction((result, cancellationToken) => VerifyAsync(
            result.GetValue(type)!, result.GetValue(applicant), result.GetValue(files)!, cancellationToken));
        return await command.Parse(args).InvokeAsync();
    }

    private static async Task<int> VerifyAsync(string type, FileInfo? applicantFile, FileInfo[] files, CancellationToken cancellationToken)
    {
        var missing = files.Where(f => !f.Exists).Select(f => f.FullName).ToList();
        if (missing.Count > 0 || applicantFile is { Exists: false })
        {
            await Console.Error.WriteLineAsync($"verify: file not found: {string.Join(", ", missing.Append(applicantFile?.FullName).OfType<string>())}");
            return 2;
        }
        Applicant? applicant = null;
        if (applicantFile is not null && !ApplicantFile.TryRead(applicantFile, out applicant, out var problem))
        {
            await Console.Error.WriteLineAsync($"verify: {applicantFile.FullName}: {problem}");
            return 2;
        }

        await using var services = VerifyServices.Build();
        var pipeline = services.GetRequiredService<ChecksPipeline>();
        var factory = services.GetRequiredService<DocumentUnderCheckFactory>();
        await using var progress = VerifyProgress.Start(files.Length);
        foreach (var file in files)
        {
            var started = Stopwatch.GetTimestamp();
            var content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            using var document = factory.Create(file.Name, type, content, applicant);
            var result = await pipeline.RunAsync(document, cancellationToken);
            var report = VerifyReport.From(file.FullName, type, result, document, Stopwatch.GetElapsedTime(started));
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, VerifyReport.Json));
            progress.Advance(file.Name);
        }
        return 0;
    }
}
