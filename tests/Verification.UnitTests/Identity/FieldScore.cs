using System.Globalization;
using System.Text;

namespace Verification.UnitTests.Identity;

/// <summary>Exact-field counts per set and field, and the table the accuracy test prints.</summary>
internal sealed class FieldScore
{
    private readonly SortedDictionary<(string Set, string Field), (int Right, int Total)> _counts = new();

    public void Add(string set, string field, bool right)
    {
        var (r, t) = _counts.GetValueOrDefault((set, field));
        _counts[(set, field)] = (r + (right ? 1 : 0), t + 1);
    }

    public double Accuracy(string set)
    {
        var cells = _counts.Where(c => c.Key.Set == set).Select(c => c.Value).ToList();
        var total = cells.Sum(c => c.Total);
        return total == 0 ? 0 : (double)cells.Sum(c => c.Right) / total;
    }

    public int Fields(string set) => _counts.Where(c => c.Key.Set == set).Sum(c => c.Value.Total);

    /// <summary>One row per field, one column per set: "right/total (percent)".</summary>
    public string Table()
    {
        var sets = _counts.Keys.Select(k => k.Set).Distinct().ToList();
        var fields = _counts.Keys.Select(k => k.Field).Distinct().ToList();
        var table = new StringBuilder($"{"field",-16}" + string.Concat(sets.Select(s => $"{s,22}")) + "\n");
        foreach (var field in fields)
        {
            table.Append(CultureInfo.InvariantCulture, $"{field,-16}");
            foreach (var set in sets)
            {
                table.Append(_counts.TryGetValue((set, field), out var c)
                    ? string.Create(CultureInfo.InvariantCulture, $"{$"{c.Right}/{c.Total} ({100.0 * c.Right / c.Total:0.0}%)",22}")
                    : $"{"-",22}");
            }
            table.Append('\n');
        }
        table.Append($"{"all fields",-16}");
        foreach (var set in sets)
        {
            table.Append(string.Create(CultureInfo.InvariantCulture, $"{$"{100 * Accuracy(set):0.0}% of {Fields(set)}",22}"));
        }
        return table.Append('\n').ToString();
    }
}
