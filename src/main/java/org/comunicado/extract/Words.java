package org.comunicado.extract;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.comunicado.ingest.Span;

/**
 * Word-level helpers shared by the name finders: tokens, capitalised phrases and the small
 * closed lists (connectors, name particles) that every language rule needs. Stateless.
 */
public final class Words {

    /** Lower-case words that may stand inside a proper name ("Court of Justice", "Secretaría de Relaciones"). */
    public static final Set<String> CONNECTORS = Set.of(
            "of", "for", "and", "the", "on", "against", "in", "to", "de", "del", "la", "las", "los", "el", "y",
            "e", "para", "en", "a", "al", "sobre", "contra", "por");

    /** Particles inside personal names ("Juan Ramón de la Fuente", "Ursula von der Leyen"). */
    public static final Set<String> NAME_PARTICLES = Set.of(
            "de", "del", "la", "las", "los", "y", "van", "von", "der", "den", "da", "di", "dos", "das", "du", "le", "bin", "ibn");

    /**
     * A word: letters and digits, with inner hyphens and apostrophes ("Self-Sufficiency", "O'Neill").
     * A release has thousands, most of them lower-case words no rule looks up: a token cut from a
     * text keeps its offsets and cuts out its text only when first asked for it. Its fields fit in
     * 32 bytes (a release's tokens are a tenth of all the bytes the extraction allocates): the
     * length and the three flags share an int, and the lower-cased text is not kept, as few tokens
     * are ever asked for it.
     */
    public static final class Token {
        /** The low bits of {@link #lengthAndFlags}: a token is shorter than the longest text read ({@code TextDecoder}). */
        private static final int LENGTH = (1 << 29) - 1;
        /** Whether it begins with a capital: asked of every token by several rules. */
        private static final int CAPITALIZED = 1 << 29;
        /** Whether it is a single word: letters and digits only, no inner hyphen, apostrophe or dot. */
        private static final int ONE_WORD = 1 << 30;
        /** Whether it begins with a letter rather than a digit: asked of every token by {@link #isTitleCase}. */
        private static final int LETTER_FIRST = 1 << 31;

        private final int begin;
        private final int lengthAndFlags;
        /**
         * The text the token was cut from, until its own text is asked for and takes its place: a
         * string as long as the token is its own text (one field for both keeps a token, of which
         * a release has thousands, a word smaller).
         */
        private String chars;
        /**
         * The text's {@link String#hashCode}, and that of the text lower-cased one character at a
         * time: every token is looked up in the given names and the title words, and these are
         * worked out in one pass over characters just read, instead of once per look-up.
         */
        private final int hash;
        private final int lowerHash;

        /** @throws IllegalArgumentException when the text is not as long as the span */
        public Token(Span span, String text) {
            this(Objects.requireNonNull(text, "text"), span.begin(), span.end(), text.hashCode(), lowerHash(text),
                    text.chars().allMatch(c -> isLetterOrDigit((char) c)), !text.isEmpty() && Character.isLetter(text.charAt(0)),
                    !text.isEmpty() && isCapital(text.charAt(0)));
            if (text.length() != span.length()) throw new IllegalArgumentException("token \"" + text + "\" does not span " + span);
        }

        /**
         * A token at {@code [begin, end)} of {@code chars} (or {@code chars} itself, when it is that
         * long): {@link #tokens} works out the hashes and flags as it reads the characters.
         */
        private Token(String chars, int begin, int end, int hash, int lowerHash, boolean oneWord, boolean letterFirst,
                      boolean capitalized) {
            if (end - begin > LENGTH) throw new IllegalArgumentException("token of " + (end - begin) + " characters");
            this.begin = begin;
            this.lengthAndFlags = end - begin | (oneWord ? ONE_WORD : 0) | (letterFirst ? LETTER_FIRST : 0)
                    | (capitalized ? CAPITALIZED : 0);
            this.chars = chars;
            this.hash = hash;
            this.lowerHash = lowerHash;
        }

        private static int lowerHash(String text) {
            int h = 0;
            for (int i = 0; i < text.length(); i++) h = 31 * h + lowerCase(text.charAt(i));
            return h;
        }

        public Span span() {
            return new Span(begin, end());
        }

        public int begin() {
            return begin;
        }

        public int end() {
            return begin + length();
        }

        int length() {
            return lengthAndFlags & LENGTH;
        }

        public String text() {
            String c = chars;
            if (c.length() != length()) chars = c = c.substring(begin, end());
            return c;
        }

        /** Where the token's characters begin in {@link #chars}. */
        private int offset() {
            return chars.length() == length() ? 0 : begin;
        }

        /** The {@link String#hashCode} of the text, without cutting the text out. */
        int textHash() {
            return hash;
        }

        /** The {@link String#hashCode} of the text with each character lower-cased on its own ({@link Character#toLowerCase(char)}). */
        int charwiseLowerHash() {
            return lowerHash;
        }

        boolean oneWord() {
            return (lengthAndFlags & ONE_WORD) != 0;
        }

        boolean letterFirst() {
            return (lengthAndFlags & LETTER_FIRST) != 0;
        }

        /** Whether the token's text is {@code word}, compared without cutting the text out. */
        boolean spells(String word) {
            return length() == word.length() && chars.regionMatches(offset(), word, 0, word.length());
        }

        /**
         * Whether {@link #lower} is {@code word}, a word of characters below U+0300, compared in
         * place: for such a word, lower-casing the whole text is lower-casing it one character at
         * a time, but for "İ", whose lower case ends in a combining mark (U+0307).
         */
        boolean spellsLowerCased(String word) {
            int length = length();
            if (length != word.length()) return false;
            String c = chars;
            int from = c.length() == length ? 0 : begin;
            for (int k = 0; k < length; k++) {
                char ch = c.charAt(from + k);
                if (ch == '\u0130' || lowerCase(ch) != word.charAt(k)) return false;
            }
            return true;
        }

        /** The first character, read without cutting out the text. */
        public char first() {
            return chars.charAt(offset());
        }

        public String lower() {
            return text().toLowerCase(Locale.ROOT);
        }

        public boolean capitalized() {
            return (lengthAndFlags & CAPITALIZED) != 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Token t && begin == t.begin && end() == t.end() && text().equals(t.text());
        }

        @Override
        public int hashCode() {
            return 31 * span().hashCode() + text().hashCode();
        }

        @Override
        public String toString() {
            return "Token[" + span() + ", " + text() + "]";
        }
    }

    /**
     * Tokens in a part of an array, immutable: what {@link #tokens} returns, and the phrases
     * ({@link Phrases#capitalized}) are views of it. Filled in place rather than copied from a
     * growing list into an immutable one, and one class for a block's tokens and its phrases, so
     * that the loops over them call one {@code get}.
     */
    static final class TokenList extends AbstractList<Token> implements RandomAccess {
        private final Token[] tokens;
        private final int from;
        private final int to;

        /** A view of {@code tokens[from, to)}, which no one changes any more. */
        TokenList(Token[] tokens, int from, int to) {
            this.tokens = tokens;
            this.from = from;
            this.to = to;
        }

        /** An immutable copy of {@code tokens}. */
        static TokenList copyOf(List<Token> tokens) {
            Token[] copy = List.copyOf(tokens).toArray(new Token[0]);
            return new TokenList(copy, 0, copy.length);
        }

        @Override
        public Token get(int index) {
            return tokens[from + Objects.checkIndex(index, to - from)];
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public TokenList subList(int fromIndex, int toIndex) {
            Objects.checkFromToIndex(fromIndex, toIndex, to - from);
            return new TokenList(tokens, from + fromIndex, from + toIndex);
        }

        @Override
        public Iterator<Token> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Token next() {
                    if (next >= to) throw new NoSuchElementException();
                    return tokens[next++];
                }
            };
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOfRange(tokens, from, to, Object[].class);
        }

        /** The index of the first token that begins at or after {@code offset}. */
        int firstFrom(int offset) {
            int lo = from;
            int hi = to;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens[mid].begin < offset) lo = mid + 1;
                else hi = mid;
            }
            return lo - from;
        }
    }

    private Words() {
    }

    public static List<Token> tokens(String text, Span region) {
        return tokens(text, region, null);
    }

    /**
     * {@link #tokens(String, Span)}, handing each of the region's words (runs of letters or digits,
     * {@link Gazetteer#wordStarts}) to {@code words} when it is given. Each character is read once:
     * the tokens' hashes and the words' are worked out as the tokens are cut, for the look-ups
     * every extractor makes in them.
     */
    static TokenList tokens(String text, Span region, Gazetteer.FoundWords words) {
        // Prose has a token every five or six characters: room for them from the start.
        Token[] out = new Token[Math.max(10, region.length() / 5)];
        int count = 0;
        int i = region.begin();
        int end = region.end();
        // A word that begins before the region is none of its words, though the region's first token is.
        int wordsFrom = i > 0 && i < end && isLetterOrDigit(text.charAt(i - 1)) && isLetterOrDigit(text.charAt(i)) ? i + 1 : i;
        while (i < end) {
            char first = text.charAt(i);
            if (!isLetterOrDigit(first)) {
                i++;
                continue;
            }
            int hash = first;
            int lowerHash = lowerCase(first);
            int word = i;
            int wordHash = first;
            int j = i + 1;
            boolean oneWord = true;
            while (j < end) {
                char c = text.charAt(j);
                if (isLetterOrDigit(c)) {
                    wordHash = 31 * wordHash + c;
                } else if ((c == '-' || c == '\'' || c == '’' || c == '.') && j + 1 < end && isLetterOrDigit(text.charAt(j + 1))
                        && (c != '.' || isAcronymDot(text, i, j))) {
                    // The joiner ends a word; the letter after it, read next, begins one.
                    if (words != null && word >= wordsFrom) words.add(text, word, wordHash);
                    word = j + 1;
                    wordHash = 0;
                    oneWord = false;
                } else {
                    break;
                }
                hash = 31 * hash + c;
                lowerHash = 31 * lowerHash + lowerCase(c);
                j++;
            }
            int wordEnd = j;
            // "U.S." keeps its final dot: it belongs to the abbreviation, not the sentence.
            if (j < end && text.charAt(j) == '.' && j - i >= 3 && text.indexOf('.', i) < j && isAcronymDot(text, i, j)) {
                hash = 31 * hash + '.';
                lowerHash = 31 * lowerHash + '.';
                j++;
                oneWord = false;
            }
            if (words != null && word >= wordsFrom) {
                // The region's last word runs on past its end.
                for (int k = wordEnd; wordEnd == end && k < text.length() && isLetterOrDigit(text.charAt(k)); k++) {
                    wordHash = 31 * wordHash + text.charAt(k);
                }
                words.add(text, word, wordHash);
            }
            if (count == out.length) out = Arrays.copyOf(out, count * 2);
            out[count++] = new Token(text, i, j, hash, lowerHash, oneWord, isLetter(first), isCapital(first));
            i = j;
        }
        return new TokenList(out, 0, count);
    }

    /** {@link Character#toLowerCase(char)}, answered from a table for Latin-1: asked of every character of every block. */
    private static int lowerCase(char c) {
        return c < LATIN1_END ? LATIN1_LOWER[c] : Character.toLowerCase(c);
    }

    /** {@link Character#isUpperCase(char)}, answered from a table for Latin-1. */
    private static boolean isCapital(char c) {
        return c < LATIN1_END ? LATIN1_CAPITAL[c] : Character.isUpperCase(c);
    }

    /**
     * Whether the word from {@code wordStart} up to the dot at {@code dot} is one or two capitals at
     * a time separated by dots (U.S., EE.UU.): only those are abbreviations here. Scanned by hand,
     * not matched with a pattern: it is asked at every dot inside a word.
     */
    private static boolean isAcronymDot(String text, int wordStart, int dot) {
        int run = 0;
        for (int k = wordStart; k < dot; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                if (++run > 2) return false;
            } else if (c == '.' && run > 0) {
                run = 0;
            } else {
                return false;
            }
        }
        return run > 0;
    }

    /**
     * {@link Character#isLetterOrDigit}, answered from a table for Latin-1: it is asked of every
     * character of every block, and Spanish text has an accented letter every few words.
     */
    static boolean isLetterOrDigit(char c) {
        return c < LATIN1_END ? LATIN1_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter}, answered from a table for Latin-1: the whole-word searches ask it of every character they pass. */
    static boolean isLetter(char c) {
        return c < LATIN1_END ? LATIN1_LETTER[c] : Character.isLetter(c);
    }

    /** Where the characters answered from the tables end: the Latin-1 ones, whose lower cases are Latin-1 too. */
    private static final char LATIN1_END = 256;
    private static final boolean[] LATIN1_LETTER_OR_DIGIT = new boolean[LATIN1_END];
    private static final boolean[] LATIN1_LETTER = new boolean[LATIN1_END];
    private static final boolean[] LATIN1_CAPITAL = new boolean[LATIN1_END];
    private static final char[] LATIN1_LOWER = new char[LATIN1_END];

    static {
        for (char c = 0; c < LATIN1_END; c++) {
            LATIN1_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LATIN1_LETTER[c] = Character.isLetter(c);
            LATIN1_CAPITAL[c] = Character.isUpperCase(c);
            LATIN1_LOWER[c] = Character.toLowerCase(c);
        }
    }

    /** True when only spaces (no punctuation, no line break) separate the two tokens. */
    public static boolean adjacent(String text, Token a, Token b) {
        for (int i = a.end(); i < b.begin(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') return false;
        }
        return a.end() < b.begin();
    }

    /** Strips a possessive "'s" / "’s" from the end of a span. */
    public static Span withoutPossessive(String text, Span s) {
        String t = s.of(text);
        if (t.endsWith("'s") || t.endsWith("’s")) return new Span(s.begin(), s.end() - 2);
        if (t.endsWith("'") || t.endsWith("’")) return new Span(s.begin(), s.end() - 1);
        return s;
    }

    /**
     * A headline in Title Case ("Foreign Secretary Launches Campaign to Defend Migrants"): nearly
     * every longer word is capitalised, so capitalisation says nothing about names there.
     */
    static boolean isTitleCase(List<Token> tokens) {
        long words = 0;
        long capitalised = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() - t.begin() > 3 && t.letterFirst()) {
                words++;
                if (t.capitalized()) {
                    capitalised++;
                } else if ((words - capitalised) * 10 > words + tokens.size() - 1 - i) {
                    // More than a tenth of the longer words in lower case, however many are still to come: a paragraph stops here.
                    return false;
                }
            }
        }
        if (words < 4) return false;
        return capitalised * 10 >= words * 9;
    }

    public static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 12 || !Character.isUpperCase(s.charAt(0))) return false;
        // A loop, not two streams over the characters: asked of every word a definition may be.
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!(Character.isLetterOrDigit(c) || c == '&' || c == '-' || c == '.')) {
                return false;
            }
        }
        return upper >= 2;
    }

    /** A single capitalised word that names something on its own ("Infonavit", "Comar", "Celac"). */
    public static boolean isShortName(String s) {
        return s.length() >= 3 && s.length() <= 14 && Character.isUpperCase(s.charAt(0))
                && s.chars().allMatch(Character::isLetterOrDigit);
    }
}
