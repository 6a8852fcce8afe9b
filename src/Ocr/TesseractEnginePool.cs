using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ocr.Native;

namespace Ocr;

/// <summary>
/// Warm Tesseract engines, up to <see cref="PoolSize"/> per language set, each used by one caller
/// at a time. Model loading costs far more than reading a line, so engines are created once
/// (lazily, or all at startup through <see cref="WarmUpAsync"/>) and handed out as leases.
/// </summary>
public sealed class TesseractEnginePool : IDisposable
{
    private readonly OcrOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, EngineSet> _sets = new(StringComparer.Ordinal);
    private volatile bool _disposed;

    public TesseractEnginePool(OcrOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PoolSize, 1, nameof(options.PoolSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DefaultDeadlineMs, 1, nameof(options.DefaultDeadlineMs));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RentTimeoutMs, 0, nameof(options.RentTimeoutMs));
        _options = options;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<TesseractEnginePool>();

        TesseractNative.EnsureInitialized();
        var limit = Marshal.PtrToStringUTF8(TesseractNative.GetEnv(TesseractNative.OmpThreadLimit));
        if (limit != "1")
        {
            Log.ThreadLimitNotApplied(_logger, TesseractNative.OmpThreadLimit, limit);
        }
    }

    public int PoolSize => _options.PoolSize;

    /// <summary>Engines created so far for <paramref name="languages"/> (idle or rented).</summary>
    public int CreatedCount(string languages) => _sets.TryGetValue(languages.Trim(), out var set) ? set.Created : 0;

    /// <summary>Waits up to <paramref name="timeout"/> (default: RentTimeoutMs) for a free engine.</summary>
    /// <exception cref="TimeoutException">Every engine for this language set stayed busy.</exception>
    public OcrEngineLease Rent(string languages, TimeSpan? timeout = null)
    {
        var set = SetFor(languages);
        var wait = timeout ?? TimeSpan.FromMilliseconds(_options.RentTimeoutMs);
        if (!set.Permits.Wait(wait))
        {
            throw Exhausted(set, wait);
        }

        return LeaseFrom(set);
    }

    /// <summary>Like <see cref="Rent"/> without blocking a thread while the pool is busy.</summary>
    public async Task<OcrEngineLease> RentAsync(string languages, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var set = SetFor(languages);
        var wait = timeout ?? TimeSpan.FromMilliseconds(_options.RentTimeoutMs);
        if (!await set.Permits.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
        {
            throw Exhausted(set, wait);
        }

        return LeaseFrom(set);
    }

    /// <summary>
    /// Loads <see cref="PoolSize"/> engines for each language set now, in parallel, so that no
    /// request pays for model loading. Holding every lease at once forces each one to be a new engine.
    /// </summary>
    public async Task WarmUpAsync(IEnumerable<string> languageSets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(languageSets);
        foreach (var languages in languageSets.Distinct())
        {
            var watch = Stopwatch.StartNew();
            var rents = Enumerable.Range(0, PoolSize)
                .Select(_ => Task.Run(() => RentAsync(languages, Timeout.InfiniteTimeSpan, cancellationToken), cancellationToken))
                .ToArray();
            try
            {
                await Task.WhenAll(rents).ConfigureAwait(false);
            }
            finally
            {
                foreach (var rent in rents.Where(r => r.IsCompletedSuccessfully))
                {
                    rent.Result.Dispose();
                }
            }

            Log.WarmedUp(_logger, SetFor(languages).Created, languages, watch.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Frees every engine, rented ones included: a lease still out fails on its next use.</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var set in _sets.Values)
        {
            set.DisposeAll();
        }
    }

    private EngineSet SetFor(string languages)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrWhiteSpace(languages);
        // "eng+fra" and "fra+eng" stay distinct: Tesseract treats the first language as the main one.
        return _sets.GetOrAdd(languages.Trim(), static (key, size) => new EngineSet(key, size), PoolSize);
    }

    private OcrEngineLease LeaseFrom(EngineSet set)
    {
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // A permit holder with no idle engine may always create one: every other engine is
            // either idle (there are none) or held by another permit, so the count stays <= PoolSize.
            var engine = set.Idle.TryTake(out var idle) ? idle : set.Create(_options, _loggerFactory);
            return new OcrEngineLease(engine, e => Return(set, e));
        }
        catch
        {
            set.Permits.Release();
            throw;
        }
    }

    private void Return(EngineSet set, TesseractEngine engine)
    {
        if (_disposed)
        {
            engine.Dispose();
        }
        else
        {
            set.Idle.Add(engine);
        }

        set.Permits.Release();
    }

    private TimeoutException Exhausted(EngineSet set, TimeSpan wait)
    {
        Log.PoolExhausted(_logger, set.Languages, PoolSize, wait.TotalMilliseconds);
        return new TimeoutException(
            $"No {set.Languages} OCR engine became free within {wait.TotalMilliseconds:F0} ms " +
            $"(pool size {PoolSize}); raise Ocr:PoolSize or lower the consumers' concurrency.");
    }

    private sealed class EngineSet(string languages, int size)
    {
        private readonly ConcurrentQueue<TesseractEngine> _all = new();

        public string Languages { get; } = languages;

        public SemaphoreSlim Permits { get; } = new(size, size);

        public ConcurrentBag<TesseractEngine> Idle { get; } = [];

        public int Created => _all.Count;

        public TesseractEngine Create(OcrOptions options, ILoggerFactory loggerFactory)
        {
            var engine = new TesseractEngine(Languages, options.TessdataPath, options.EngineMode, loggerFactory.CreateLogger<TesseractEngine>())
            {
                DefaultDeadline = TimeSpan.FromMilliseconds(options.DefaultDeadlineMs),
            };
            _all.Enqueue(engine);
            return engine;
        }

        public void DisposeAll()
        {
            foreach (var engine in _all)
            {
                engine.Dispose();
            }
        }
    }
}
