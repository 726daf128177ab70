namespace Stemma.Text;

/// <summary>
/// English function words that carry no content for matching: articles, pronouns, auxiliaries,
/// prepositions, conjunctions and a few very common adverbs. Written for this project; compared on the
/// folded form (lower case, plain apostrophe).
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "because", "as", "while",
        "until", "although", "though", "whether", "unless", "since",
        "i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
        "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
        "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "whose", "this", "that", "these",
        "those", "there", "here", "where", "when", "why", "how",
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
        "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
        "i'm", "you're", "he's", "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've", "i'd",
        "you'd", "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't",
        "won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's", "that's",
        "who's", "what's", "here's", "there's", "when's", "where's", "why's", "how's",
        "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before",
        "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again",
        "further", "once", "upon", "onto", "within", "without", "among", "across", "along", "via", "per",
        "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "not", "only", "own",
        "same", "too", "very", "just", "also", "even", "still", "s", "t", "d", "ll", "m", "re", "ve",
    };

    /// <summary>Whether a folded word is a stop word.</summary>
    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);

    /// <summary>How many stop words the list holds.</summary>
    public static int Count => Words.Count;
}
