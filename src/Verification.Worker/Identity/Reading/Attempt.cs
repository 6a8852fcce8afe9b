using Mrz;
using Verification.Worker.Identity.Localisation;

namespace Verification.Worker.Identity.Reading;

/// <summary>What the MRZ reader made of the readings of one band so far, and how it ranks against other tries.</summary>
internal sealed record Attempt(MrzBand Band, MrzResult? Result, IReadOnlyList<MrzCorrection> Corrections, float MeanConfidence, bool FirstSymbolIsDocumentCode)
{
    /// <summary>Document codes start with one of these letters (ICAO 9303: passports, identity cards, visas).</summary>
    private const string DocumentCodeLetters = "PIACV";

    /// <summary>Valid in the sense of <see cref="MrzZoneReading.Valid"/>: agreeing check digits that were not forced.</summary>
    public bool Valid => Result?.Valid == true && MrzZoneReading.CheckDigitRepairs(Result) <= MrzZoneReading.MaxCheckDigitRepairs;

    private double ValidShare => Result is null || Result.CheckDigits.Count == 0
        ? 0
        : Result.CheckDigits.Count(c => c.Valid) / (double)Result.CheckDigits.Count;

    /// <summary>
    /// The OCR read the band confidently as an MRZ starting with a document code, and half its check digits
    /// agree: this is the page's zone, the right way up, even if not all of it could be repaired.
    /// </summary>
    public bool LooksLikeTheZone => Result is not null && FirstSymbolIsDocumentCode && MeanConfidence >= 0.85f && ValidShare >= 0.5;

    public static Attempt Evaluate(MrzBand band, IReadOnlyList<BandReading> readings, DateOnly referenceDate)
    {
        var result = MrzReader.Read(readings.Select(r => r.Reading), referenceDate);
        var confidence = readings.Max(r => r.MeanConfidence);
        var startsWithCode = readings.Any(r => r.Reading.Lines.Count > 0 && r.Reading.Lines[0].Characters.Count > 0
                                               && DocumentCodeLetters.Contains(r.Reading.Lines[0].Characters[0].Best));
        if (result is null)
        {
            return new Attempt(band, null, [], confidence, startsWithCode);
        }
        // The alignment changes of the reading that agrees most with the outcome: when readings were merged
        // that is the one that contributed most.
        var closest = readings.MaxBy(r => Agreement(r.Reading, result.Lines))!;
        var corrections = closest.AlignmentChanges.Concat(result.Corrections).Distinct().ToList();
        return new Attempt(band, result, corrections, confidence, startsWithCode);
    }

    /// <summary>Valid first, then the share of agreeing check digits, then fewer corrections, then OCR confidence.</summary>
    public bool BetterThan(Attempt other) =>
        (Valid, Result is not null, ValidShare, -(Result?.Corrections.Count ?? 0), MeanConfidence)
            .CompareTo((other.Valid, other.Result is not null, other.ValidShare, -(other.Result?.Corrections.Count ?? 0), other.MeanConfidence)) > 0;

    private static int Agreement(MrzReading reading, IReadOnlyList<string> lines)
    {
        var agreement = 0;
        for (var i = 0; i < Math.Min(reading.Lines.Count, lines.Count); i++)
        {
            var text = reading.Lines[i].Text;
            for (var j = 0; j < Math.Min(text.Length, lines[i].Length); j++)
            {
                agreement += text[j] == lines[i][j] ? 1 : 0;
            }
        }
        return agreement;
    }
}
