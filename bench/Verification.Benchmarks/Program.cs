using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Verification.Benchmarks -- --filter '*QualityGate*'
// dotnet run -c Release --project bench/Verification.Benchmarks -- --mrz-report   (accuracy and time over every passport)
if (args is ["--mrz-report"])
{
    Verification.Benchmarks.MrzReadingReport.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Verification.Benchmarks.BenchmarkFiles).Assembly).Run(args);
