namespace Stemma.Text;

/// <summary>
/// The Snowball English stemmer ("Porter2"), written from Martin Porter's published description
/// (snowballstem.org/algorithms/english/stemmer.html), in its Snowball 3.0 revision: the extra R1
/// prefixes (emerg, inter, later, organ, past, univers), "-ogist", the "-ying" and "-ing" exceptions
/// folded into step 1b, and doubles kept after a lone leading vowel (added → add). Input is expected lower-cased; apostrophes
/// are plain <c>'</c>. Checked word for word against the Snowball reference vocabulary by
/// <c>stemma eval stemmer</c>.
/// </summary>
public static class Porter2Stemmer
{
    private const int MaxWordLength = 64;

    /// <summary>Returns the stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > MaxWordLength)
        {
            return word;
        }
        Span<char> buffer = stackalloc char[MaxWordLength];
        var length = Stem(word, buffer);
        var stem = buffer[..length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>Writes the stem of <paramref name="word"/> into <paramref name="output"/> and returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> output)
    {
        if (word.Length > output.Length)
        {
            throw new ArgumentException("The output buffer must be at least as long as the word.", nameof(output));
        }
        if (Exceptions.TryGetFirst(word, out var exceptional))
        {
            exceptional.AsSpan().CopyTo(output);
            return exceptional.Length;
        }
        word.CopyTo(output);
        if (word.Length < 3)
        {
            return word.Length;
        }
        var w = new Word(output, word.Length);
        w.Prelude();
        w.MarkRegions();
        w.Step0();
        w.Step1a();
        w.Step1b();
        w.Step1c();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.Finish();
    }

    private ref struct Word(Span<char> chars, int length)
    {
        private readonly Span<char> _chars = chars;
        private int _length = length;
        private int _r1;
        private int _r2;
        private bool _hasY;

        public readonly ReadOnlySpan<char> Current => _chars[.._length];

        public void Prelude()
        {
            if (_chars[0] == '\'')
            {
                _chars[1.._length].CopyTo(_chars);
                _length--;
            }
            for (var i = 0; i < _length; i++)
            {
                if (_chars[i] == 'y' && (i == 0 || IsVowel(_chars[i - 1])))
                {
                    _chars[i] = 'Y';
                    _hasY = true;
                }
            }
        }

        public void MarkRegions()
        {
            var word = Current;
            _r1 = RegionAfter(word, 0);
            foreach (var prefix in R1Prefixes)
            {
                if (word.StartsWith(prefix))
                {
                    _r1 = prefix.Length;
                    break;
                }
            }
            _r2 = RegionAfter(word, _r1);
        }

        public void Step0()
        {
            if (EndsWith("'s'"))
            {
                _length -= 3;
            }
            else if (EndsWith("'s"))
            {
                _length -= 2;
            }
            else if (EndsWith("'"))
            {
                _length -= 1;
            }
        }

        public void Step1a()
        {
            if (EndsWith("sses"))
            {
                _length -= 2;
            }
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                _length -= _length > 4 ? 2 : 1;
            }
            else if (EndsWith("us") || EndsWith("ss"))
            {
                // left as they are
            }
            else if (EndsWith("s"))
            {
                if (ContainsVowel(0, _length - 2))
                {
                    _length--;
                }
            }
        }

        public void Step1b()
        {
            int suffix;
            if ((suffix = Suffix("eedly", "eed")) > 0)
            {
                var stem = Current[..(_length - suffix)];
                var isWholeException = stem is "succ" or "proc" or "exc";
                if (!isWholeException && _length - suffix >= _r1)
                {
                    _length -= suffix - 2;
                }
                return;
            }
            suffix = Suffix("ingly", "edly", "ing", "ed");
            if (suffix == 0)
            {
                return;
            }
            if (suffix == 3 && EndsWith("ing"))
            {
                var stem = Current[..(_length - 3)];
                if (stem.Length == 2 && stem[1] == 'y' && !IsVowel(stem[0]))
                {
                    // dying → die, vying → vie
                    _length -= 4;
                    Append('i');
                    Append('e');
                    return;
                }
                if (stem is "even" or "cann" or "inn" or "earr" or "herr" or "out")
                {
                    return;
                }
            }
            if (!ContainsVowel(0, _length - suffix))
            {
                return;
            }
            _length -= suffix;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                Append('e');
            }
            else if (EndsWithDouble())
            {
                var isVowelThenDouble = _length == 3 && _chars[0] is 'a' or 'e' or 'o';
                if (!isVowelThenDouble)
                {
                    _length--;
                }
            }
            else if (_r1 == _length && EndsWithShortSyllable())
            {
                Append('e');
            }
        }

        public void Step1c()
        {
            if (_length > 2 && (_chars[_length - 1] == 'y' || _chars[_length - 1] == 'Y') && !IsVowel(_chars[_length - 2]))
            {
                _chars[_length - 1] = 'i';
            }
        }

        public void Step2()
        {
            foreach (var (suffix, replacement) in Step2Rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }
                if (_length - suffix.Length < _r1)
                {
                    return;
                }
                if (suffix == "ogi" && !PrecededBy(suffix.Length, 'l'))
                {
                    return;
                }
                if (suffix == "li" && !IsValidLiEnding(_length - 3))
                {
                    return;
                }
                Replace(suffix.Length, replacement);
                return;
            }
        }

        public void Step3()
        {
            foreach (var (suffix, replacement) in Step3Rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }
                if (_length - suffix.Length < _r1)
                {
                    return;
                }
                if (suffix == "ative" && _length - suffix.Length < _r2)
                {
                    return;
                }
                Replace(suffix.Length, replacement);
                return;
            }
        }

        public void Step4()
        {
            foreach (var suffix in Step4Suffixes)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }
                if (_length - suffix.Length < _r2)
                {
                    return;
                }
                if (suffix == "ion" && !(PrecededBy(3, 's') || PrecededBy(3, 't')))
                {
                    return;
                }
                _length -= suffix.Length;
                return;
            }
        }

        public void Step5()
        {
            var last = _chars[_length - 1];
            if (last == 'e')
            {
                var at = _length - 1;
                if (at >= _r2 || (at >= _r1 && !IsShortSyllableEndingAt(at)))
                {
                    _length--;
                }
            }
            else if (last == 'l' && _length - 1 >= _r2 && PrecededBy(1, 'l'))
            {
                _length--;
            }
        }

        public int Finish()
        {
            if (_hasY)
            {
                for (var i = 0; i < _length; i++)
                {
                    if (_chars[i] == 'Y')
                    {
                        _chars[i] = 'y';
                    }
                }
            }
            return _length;
        }

        private readonly bool EndsWith(string suffix) => Current.EndsWith(suffix);

        private readonly int Suffix(params ReadOnlySpan<string> longestFirst)
        {
            foreach (var suffix in longestFirst)
            {
                if (EndsWith(suffix))
                {
                    return suffix.Length;
                }
            }
            return 0;
        }

        private readonly bool PrecededBy(int suffixLength, char c)
        {
            var at = _length - suffixLength - 1;
            return at >= 0 && _chars[at] == c;
        }

        private readonly bool IsValidLiEnding(int at) => at >= 0 && "cdeghkmnrt".Contains(_chars[at]);

        private readonly bool ContainsVowel(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (IsVowel(_chars[i]))
                {
                    return true;
                }
            }
            return false;
        }

        private readonly bool EndsWithDouble()
        {
            if (_length < 2)
            {
                return false;
            }
            var c = _chars[_length - 1];
            return c == _chars[_length - 2] && "bdfgmnprt".Contains(c);
        }

        private readonly bool EndsWithShortSyllable() => IsShortSyllableEndingAt(_length);

        /// <summary>Whether the letters just before <paramref name="end"/> form a short syllable ("past" counts as one).</summary>
        private readonly bool IsShortSyllableEndingAt(int end)
        {
            if (_chars[..end].EndsWith("past"))
            {
                return true;
            }
            if (end == 2)
            {
                return IsVowel(_chars[0]) && !IsVowel(_chars[1]);
            }
            if (end < 3)
            {
                return false;
            }
            var last = _chars[end - 1];
            return !IsVowel(last) && last != 'w' && last != 'x' && last != 'Y'
                && IsVowel(_chars[end - 2]) && !IsVowel(_chars[end - 3]);
        }

        private void Append(char c) => _chars[_length++] = c;

        private void Replace(int suffixLength, string replacement)
        {
            _length -= suffixLength;
            replacement.AsSpan().CopyTo(_chars[_length..]);
            _length += replacement.Length;
        }

        private static int RegionAfter(ReadOnlySpan<char> word, int start)
        {
            for (var i = start + 1; i < word.Length; i++)
            {
                if (!IsVowel(word[i]) && IsVowel(word[i - 1]))
                {
                    return i + 1;
                }
            }
            return word.Length;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static readonly string[] R1Prefixes = ["gener", "commun", "arsen", "emerg", "inter", "later", "organ", "past", "univers"];

    // Longest suffix first within each group that can overlap, as Snowball's "among" picks the longest match.
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("ogist", "og"), ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ];

    private static class Exceptions
    {
        private static readonly Dictionary<string, string> Whole = new(StringComparer.Ordinal)
        {
            ["skis"] = "ski", ["skies"] = "sky", ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli",
            ["only"] = "onli", ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe",
            ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
        };

        private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WholeLookup =
            Whole.GetAlternateLookup<ReadOnlySpan<char>>();

        public static bool TryGetFirst(ReadOnlySpan<char> word, out string stem) =>
            WholeLookup.TryGetValue(word, out stem!);
    }
}
