namespace Verification.Worker.BirthCertificates.Language;

/// <summary>
/// Naive Bayes over the word profiles, against an "unprofiled" alternative. Each language is
/// modelled as: a word is one of its profile words with probability <see cref="ProfileShare"/>,
/// otherwise any word of a large vocabulary. The alternative draws every word from that vocabulary.
/// A profile hit is then worth log(share x vocabulary / profile size) and a miss log(1 - share), so
/// pages full of "de la del y" beat the alternative quickly, and OCR debris ("aus phil aSlooll") does not.
/// </summary>
public sealed class WordEvidence
{
    /// <summary>Share of running text made of function words and register vocabulary: a third on forms, half in prose.</summary>
    private const double ProfileShare = 0.35;

    private const double Vocabulary = 50_000;

    /// <summary>
    /// Words on a page are not independent (a form repeats its labels), which makes naive Bayes
    /// overconfident; dividing the log-likelihoods by this tempers the posterior to plausible values.
    /// </summary>
    private const double Temperature = 3.0;

    private WordEvidence(int words, IReadOnlyDictionary<PageLanguageCode, int> hits, IReadOnlyDictionary<PageLanguageCode, double> posterior, double unprofiled)
    {
        Words = words;
        Hits = hits;
        Posterior = posterior;
        Unprofiled = unprofiled;
    }

    public int Words { get; }

    /// <summary>Profile words found, per language.</summary>
    public IReadOnlyDictionary<PageLanguageCode, int> Hits { get; }

    /// <summary>Posterior probability of each profiled language.</summary>
    public IReadOnlyDictionary<PageLanguageCode, double> Posterior { get; }

    /// <summary>Posterior probability that the page is in none of the profiled languages.</summary>
    public double Unprofiled { get; }

    public (PageLanguageCode Language, double Probability) Best
    {
        get
        {
            var best = Posterior.MaxBy(pair => pair.Value);
            return (best.Key, best.Value);
        }
    }

    /// <summary>Share of the words that belong to some profile.</summary>
    public double KnownShare { get; private init; }

    public static WordEvidence Of(IReadOnlyList<string> words)
    {
        var hits = new Dictionary<PageLanguageCode, int>();
        var logLikelihood = new Dictionary<PageLanguageCode, double>();
        var known = words.Count(w => LanguageProfiles.Words.Values.Any(profile => profile.Contains(w)));
        foreach (var (language, profile) in LanguageProfiles.Words)
        {
            var hit = words.Count(profile.Contains);
            hits[language] = hit;
            var hitWeight = Math.Log(ProfileShare * Vocabulary / profile.Count);
            var missWeight = Math.Log(1 - ProfileShare);
            logLikelihood[language] = (hit * hitWeight + (words.Count - hit) * missWeight) / Temperature;
        }
        // Softmax with the unprofiled alternative at log-likelihood 0.
        var max = Math.Max(0, logLikelihood.Values.Max());
        var weights = logLikelihood.ToDictionary(pair => pair.Key, pair => Math.Exp(pair.Value - max));
        var unprofiled = Math.Exp(-max);
        var total = weights.Values.Sum() + unprofiled;
        var posterior = weights.ToDictionary(pair => pair.Key, pair => pair.Value / total);
        return new WordEvidence(words.Count, hits, posterior, unprofiled / total)
        {
            KnownShare = words.Count == 0 ? 0 : (double)known / words.Count,
        };
    }
}
