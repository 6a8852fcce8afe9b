using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Verification.Benchmarks -- --filter '*QualityGate*'
BenchmarkSwitcher.FromAssembly(typeof(Verification.Benchmarks.BenchmarkFiles).Assembly).Run(args);
