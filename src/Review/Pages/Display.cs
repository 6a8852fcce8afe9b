using System.Globalization;

namespace Review.Pages;

/// <summary>Times as agents read them: Paris time, and ages in words rather than timestamps.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Paris = FindParis();

    public static string Time(DateTimeOffset? value) =>
        value is { } v ? TimeZoneInfo.ConvertTime(v, Paris).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) : "—";

    public static string Clock(DateTimeOffset? value) =>
        value is { } v ? TimeZoneInfo.ConvertTime(v, Paris).ToString("HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Age(TimeSpan? age) => age switch
    {
        null => "—",
        { TotalMinutes: < 1 } => "< 1 min",
        { TotalHours: < 1 } a => $"{(int)a.TotalMinutes} min",
        { TotalDays: < 2 } a => $"{(int)a.TotalHours} h {a.Minutes:00} min",
        { } a => $"{(int)a.TotalDays} days",
    };

    public static string Seconds(double? seconds) => seconds is { } s ? Age(TimeSpan.FromSeconds(s)) : "—";

    public static string Percent(double? rate) => rate is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "—";

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.##} MB",
    };

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A container without time zone data still shows correct, if less friendly, times.
            return TimeZoneInfo.Utc;
        }
    }
}
