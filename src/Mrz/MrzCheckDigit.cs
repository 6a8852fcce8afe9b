namespace Mrz;

/// <summary>ICAO Doc 9303 check digits: weights 7, 3, 1 repeating, digits at face value, A–Z = 10–35, '&lt;' = 0, sum mod 10.</summary>
public static class MrzCheckDigit
{
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 0,
    };

    public static int WeightAt(int index) => (index % 3) switch { 0 => 7, 1 => 3, _ => 1 };

    public static char Compute(ReadOnlySpan<char> data)
    {
        var sum = 0;
        for (var i = 0; i < data.Length; i++)
            sum += ValueOf(data[i]) * WeightAt(i);
        return (char)('0' + sum % 10);
    }

    /// <summary>
    /// A '&lt;' in a check-digit position stands for 0: Doc 9303 allows it where the checked field is empty
    /// (the TD3 personal number), and its value is 0 anyway.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> data, char checkDigit) =>
        (checkDigit == '<' ? '0' : checkDigit) == Compute(data);
}
