using System.Diagnostics;
using System.Globalization;

namespace Verification.Benchmarks;

/// <summary>CPU time used so far by this process and by the child processes it has waited for (Linux /proc).</summary>
internal static class CpuTime
{
    /// <summary>USER_HZ: /proc reports times in clock ticks of 1/100 s on Linux.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan OfProcessAndChildren()
    {
        var own = Process.GetCurrentProcess().TotalProcessorTime;
        var stat = File.ReadAllText("/proc/self/stat");
        // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17 overall.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var children = double.Parse(fields[13], CultureInfo.InvariantCulture) + double.Parse(fields[14], CultureInfo.InvariantCulture);
        return own + TimeSpan.FromSeconds(children / TicksPerSecond);
    }
}
