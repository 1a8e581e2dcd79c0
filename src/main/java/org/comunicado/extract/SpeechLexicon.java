package org.comunicado.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words the quotation extractor reads frames with: speech verbs, subject pronouns, job-title
 * heads and the function words that tell a grammatical subject from a prepositional object.
 * English and Spanish together, because a release in one language quotes the other freely.
 * Immutable, built once.
 */
final class SpeechLexicon {

    private static final String L = "\\p{L}\\p{M}";

    /**
     * Speech verbs. Only forms that are not also common nouns: "states", "remarks", "notes" and
     * "highlights" are left out because they head noun phrases ("United States", "his remarks").
     */
    private static final String SPEECH_VERBS = "said|says|added|adds|stated|told|tells|noted|explained|explains|"
            + "emphasized|emphasised|emphasizes|emphasises|stressed|stresses|underscored|underscores|highlighted|"
            + "affirmed|affirms|asserted|asserts|declared|declares|remarked|pointed out|points out|"
            + "warned|warns|insisted|insists|recalled|expressed|indicated|assured|concluded|continued|"
            + "reiterated|reaffirmed|referred|asked|replied|responded|commented|mentioned|acknowledged|"
            + "dijo|afirmó|señaló|subrayó|destacó|expresó|indicó|explicó|reiteró|aseguró|enfatizó|"
            + "sostuvo|manifestó|declaró|agregó|añadió|apuntó|advirtió|insistió|reviró|precisó|"
            + "comentó|mencionó|puntualizó|detalló|refirió|recordó|resaltó|expuso|externó|respondió|"
            + "concluyó|acotó|planteó|afirma|señala|dice|explica|asegura|destaca|subraya|sostiene|"
            + "añade|agrega|advierte";

    static final Pattern SPEECH_VERB = Pattern.compile("(?<![" + L + "])(?:" + SPEECH_VERBS + ")(?![" + L + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The first word of each speech verb ("pointed" of "pointed out"). */
    private static final FoldedWords SPEECH_VERB_FIRST_WORDS = FoldedWords.of(
            Stream.of(SPEECH_VERBS.split("\\|")).map(verb -> verb.split(" ")[0]).distinct().toList());

    /**
     * The first {@link #SPEECH_VERB} in {@code [from, to)}, as a matcher on that region finds it, or
     * null; further {@code find()} calls go on as on that region. A verb begins only at a whole
     * word that is the first word of one, so the pattern is tried from the first such word on.
     */
    static Matcher findSpeechVerb(String text, int from, int to) {
        int first = firstWord(text, from, to, SPEECH_VERB_FIRST_WORDS);
        if (first < 0) return null;
        // The look-behind cannot see past the region's start: firstWord has checked it there.
        Matcher verb = SPEECH_VERB.matcher(text).region(first, to);
        return verb.find() ? verb : null;
    }

    /** Subject pronouns that stand for a person. Spanish mostly drops them; "él"/"ella" still occur. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "él", "ella");

    /** Heads of a title phrase that names a person ("the Foreign Secretary", "el subsecretario"). */
    private static final String PERSON_HEADS = "secretary|undersecretary|under-secretary|minister|ambassador|president|"
            + "chancellor|consul|consul general|official|spokesperson|spokesman|spokeswoman|director|governor|"
            + "senator|canciller|secretario|secretaria|subsecretario|subsecretaria|embajador|embajadora|"
            + "presidente|presidenta|funcionario|funcionaria|cónsul|cónsula|titular|vocero|vocera|mandatario|"
            + "mandataria|directora|jefe|jefa";

    /** Heads of a phrase that names an organization ("the ministry", "la dependencia"). */
    private static final String ORG_HEADS = "ministry|foreign ministry|department|agency|secretariat|foreign office|"
            + "dependencia|cancillería|secretaría|ministerio|institución|organismo";

    /**
     * A definite title phrase: article, up to three modifiers, head. Group 1 is the title without
     * the article; group 2 is the person head, group 3 the organization head.
     */
    static final Pattern TITLE_PHRASE = Pattern.compile(
            "(?<![" + L + "])(?iu:the|our|el|la)\\s+((?:(?:\\p{Lu}[" + L + "\\-]*|(?iu:foreign|former|mexican|deputy|acting|"
                    + "interior))\\s+){0,3}?(?:(?iu:(" + PERSON_HEADS + "))|(?iu:(" + ORG_HEADS + "))))(?![" + L + "])");

    /** The articles a {@link #TITLE_PHRASE} begins with, as whole words. */
    private static final FoldedWords TITLE_ARTICLES = FoldedWords.of(List.of("the", "our", "el", "la"));

    /**
     * Finds the next {@link #TITLE_PHRASE} with {@code phrase} (a matcher of that pattern on
     * {@code text}) that begins in {@code [from, to)}: what {@code find()} gives on a matcher whose
     * region is {@code [from, to)}, and, called again from the end of each match, what further
     * {@code find()} calls give. A phrase begins only at a whole-word article, so the pattern is
     * tried from the next article on rather than at every character of a long stretch of text.
     */
    static boolean findTitlePhrase(Matcher phrase, String text, int from, int to) {
        int article = firstWord(text, from, to, TITLE_ARTICLES);
        // The look-behind cannot see past the region's start: firstWord has checked it there.
        return article >= 0 && phrase.region(article, to).find();
    }

    /** Subject pronouns, found as whole words (see {@link #firstWord}). */
    static final FoldedWords PRONOUNS = FoldedWords.of(List.of("he", "she", "él", "ella"));

    /** Heads so generic that they carry no title to match: the last person subject stands for them. */
    static final Set<String> GENERIC_PERSON_HEADS = Set.of("official", "funcionario", "funcionaria", "titular");

    /** Introduces a speaker without a verb: "According to X, ..." */
    static final Pattern ACCORDING_TO = Pattern.compile(
            "(?<![" + L + "])(?:according to|in the words of|según|de acuerdo con|en palabras de)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words after which a name is an object, not the subject ("under President X", "del canciller X"). */
    static final Set<String> PREPOSITIONS = Set.of(
            "of", "to", "with", "by", "under", "for", "from", "in", "on", "at", "about", "between", "among",
            "per", "against", "toward", "towards", "into", "through", "without", "before", "after", "met",
            "de", "del", "con", "a", "al", "por", "para", "en", "sobre", "entre", "ante", "hacia", "desde", "sin",
            "contra", "tras");

    /** Lower-case words that may sit between a clause start and a name: articles and title words. */
    static final Set<String> TITLE_WORDS = Set.of(
            "the", "el", "la", "los", "las", "and", "y", "e", "foreign", "secretary", "minister", "undersecretary",
            "ambassador", "president", "former", "deputy", "chancellor", "canciller", "secretario", "secretaria",
            "subsecretario", "subsecretaria", "embajador", "embajadora", "presidente", "presidenta", "mandatario",
            "mandataria", "interino", "interina", "titular", "cónsul", "jefe", "jefa", "director", "directora",
            "ex", "señor", "señora", "don", "doña", "mexican", "mexicano", "mexicana", "mexicanos");

    /** Words that open a clause whose subject follows ("that", "que", "who", "when"). */
    static final Set<String> CLAUSE_OPENERS = Set.of(
            "that", "who", "when", "while", "where", "also", "today", "then", "whereupon",
            "que", "quien", "quienes", "cuando", "donde", "también", "hoy", "luego", "asimismo");

    /** Adverbs and conjunctions that may precede a verb with no subject of its own ("También explicó"). */
    static final Set<String> LINK_WORDS = Set.of(
            "también", "además", "asimismo", "igualmente", "luego", "posteriormente", "finalmente", "por", "ejemplo",
            "y", "e", "al", "respecto", "en", "tanto", "also", "and", "then", "further", "finally", "later", "moreover");

    /**
     * Words that end the subject part of a frame after its verb: what follows names an audience,
     * a place or an occasion ("says Ebrard to the consuls", "afirmó la dependencia en un comunicado").
     */
    static final FoldedWords FRAME_TAIL_EN = FoldedWords.of(List.of("to", "at", "in", "during", "on", "before", "after",
            "while", "when", "as", "who", "which", "that", "with", "about", "because", "whether", "how"));

    /** The Spanish counterpart of {@link #FRAME_TAIL_EN}; "a" is a preposition here, an article in English. */
    static final FoldedWords FRAME_TAIL_ES = FoldedWords.of(List.of("a", "al", "en", "durante", "ante", "tras", "desde",
            "quien", "que", "mediante"));

    static FoldedWords frameTail(String language) {
        return "es".equals(language) ? FRAME_TAIL_ES : FRAME_TAIL_EN;
    }

    /**
     * Where the first of {@code words} in {@code [from, to)} begins, or -1: what the pattern
     * {@code (?<![\p{L}\p{M}])(?:word|...)(?![\p{L}\p{M}])}, case-insensitive, finds in that region
     * with its default (opaque) bounds. Such a match is a whole run of letters and marks, so the
     * runs are looked up instead of trying the alternation at every character.
     */
    static int firstWord(String text, int from, int to, FoldedWords words) {
        for (int i = from; i < to; i++) {
            // The look-behind reads one char: to it, the low surrogate of a supplementary letter is no letter.
            if (i > from && isWordChar(text.charAt(i - 1))) continue;
            int end = wordEnd(text, i, to);
            if (end > i && words.contains(text, i, end)) return i;
        }
        return -1;
    }

    /**
     * Where the run of letters and marks (code points) beginning at {@code start} ends, {@code to}
     * at the latest: a pattern reads no code point that runs past the region's end.
     */
    static int wordEnd(String text, int start, int to) {
        int end = start;
        while (end < to) {
            int c = text.codePointAt(end);
            if (!isWordChar(c) || end + Character.charCount(c) > to) break;
            end += Character.charCount(c);
        }
        return end;
    }

    /** Whether {@code c} is what {@code [\p{L}\p{M}]} matches. */
    private static boolean isWordChar(int c) {
        if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Names of the same office: a release calls its minister "Foreign Secretary" in one paragraph
     * and "Foreign Minister" or "canciller" in the next.
     */
    private static final List<Set<String>> TITLE_SYNONYMS = List.of(
            Set.of("foreign secretary", "foreign minister", "secretary of foreign affairs", "minister of foreign affairs",
                    "foreign affairs secretary", "chancellor", "canciller", "secretario de relaciones exteriores",
                    "secretaria de relaciones exteriores"),
            Set.of("interior secretary", "interior minister", "secretary of the interior", "secretaria de gobernación",
                    "secretario de gobernación"),
            Set.of("president", "presidente", "presidenta", "president of mexico", "presidenta de méxico",
                    "presidente de méxico", "mandatario", "mandataria", "head of state", "jefe de estado",
                    "jefa de estado", "jefe del ejecutivo", "jefa del ejecutivo"));

    /** Spanish titles carry gender: "la mandataria" is not the man introduced as "el presidente". */
    private static final Set<String> FEMININE = Set.of("presidenta", "mandataria", "secretaria", "subsecretaria",
            "embajadora", "directora", "ministra", "gobernadora", "jefa", "senadora", "diputada", "cónsula",
            "funcionaria", "vocera", "expresidenta", "primera ministra");
    private static final Set<String> MASCULINE = Set.of("presidente", "mandatario", "secretario", "subsecretario",
            "embajador", "director", "ministro", "gobernador", "jefe", "senador", "diputado", "funcionario",
            "vocero", "expresidente", "primer ministro");

    /**
     * Whether a person introduced with {@code titles} may be called {@code title}: false only when
     * the two are Spanish titles of different gender.
     */
    static boolean sameGender(String title, List<String> titles) {
        String first = firstWordOf(title);
        boolean feminine = FEMININE.contains(first);
        boolean masculine = MASCULINE.contains(first);
        if (!feminine && !masculine) return true;
        for (String t : titles) {
            String w = firstWordOf(t);
            if (feminine && MASCULINE.contains(w) || masculine && FEMININE.contains(w)) return false;
        }
        return true;
    }

    /** Whether {@code title} is a Spanish title of one gender: {@link #sameGender} is true of any other. */
    static boolean isGendered(String title) {
        String first = firstWordOf(title);
        return FEMININE.contains(first) || MASCULINE.contains(first);
    }

    /** What comes before the first space, as {@code s.split(" ")[0]} gives it. */
    private static String firstWordOf(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /** {@code title} and the other names of its office, lower case. */
    static List<String> titleForms(String title) {
        List<String> forms = FORMS_BY_TITLE.get(title);
        return forms != null ? forms : List.of(title);
    }

    /** {@link #titleForms} of each title of an office, made once: the title, then the others in order. */
    private static final Map<String, List<String>> FORMS_BY_TITLE = formsByTitle();

    private static Map<String, List<String>> formsByTitle() {
        Map<String, List<String>> byTitle = new HashMap<>();
        for (Set<String> group : TITLE_SYNONYMS) {
            for (String title : group) {
                List<String> forms = new ArrayList<>(List.of(title));
                group.stream().filter(t -> !t.equals(title)).sorted().forEach(forms::add);
                byTitle.putIfAbsent(title, List.copyOf(forms));
            }
        }
        return Map.copyOf(byTitle);
    }

    private SpeechLexicon() {
    }

    /** Runs of whitespace as {@code \\s+} matches them. */
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");

    /**
     * {@code s} with each run of whitespace replaced by one space, as {@code s.replaceAll("\\s+", " ")}
     * gives it, without compiling the pattern per call; most titles have only single spaces already.
     */
    static String singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isRegexSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < s.length() && isRegexSpace(s.charAt(i + 1)))) {
                return WHITESPACE_RUNS.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** What {@code \\s} matches: " \t\n\u000B\f\r". */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The speech verbs of one word, for {@link #isSpeechVerb}. */
    private static final FoldedWords ONE_WORD_SPEECH_VERBS = FoldedWords.of(
            Stream.of(SPEECH_VERBS.split("\\|")).filter(verb -> verb.indexOf(' ') < 0).toList());

    /** Whether {@code word} is, as a whole, a speech verb; one without a space is looked up rather than matched. */
    static boolean isSpeechVerb(String word) {
        if (word.isEmpty()) return false;
        return word.indexOf(' ') < 0 ? ONE_WORD_SPEECH_VERBS.contains(word, 0, word.length()) : SPEECH_VERB.matcher(word).matches();
    }
}
