package org.comunicado.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;
import org.comunicado.model.Slugs;

/**
 * People: reference names; a title followed by a name ("Foreign Secretary Alicia Bárcena",
 * "la presidenta Claudia Sheinbaum"); a title, its complement and a comma before the name ("the
 * Undersecretary for North America, Roberto Velasco"); a capitalised run that starts with a
 * known given name ("Pedro Castillo"). A shorter form ("Secretary Bárcena", "López Obrador") and a
 * surname seen alone later resolve to the person already named. The release's titles become the
 * person's job titles. Pure and thread-safe.
 */
public final class PersonExtractor {

    static final List<String> TITLES = List.of(
            // English, capitalised as they stand before a name
            "President", "Vice President", "President-elect", "Former President", "Foreign Secretary", "Foreign Minister",
            "Secretary of Foreign Affairs", "Secretary of State", "Secretary-General", "Secretary General",
            "Deputy Foreign Minister", "Secretary", "Undersecretary", "Under Secretary", "Deputy Secretary",
            "Ambassador", "Consul General", "Consul", "Minister", "Prime Minister", "Chancellor", "Senator",
            "Congressman", "Congresswoman", "Representative", "Deputy", "Governor", "Mayor", "Director General",
            "Director", "General", "Admiral", "Interior Secretary", "Finance Secretary", "Health Secretary",
            "Economy Secretary", "Defense Secretary", "Energy Secretary", "Education Secretary", "Security Secretary",
            "Welfare Secretary", "Labor Secretary", "Tourism Secretary", "Agriculture Secretary", "Culture Secretary",
            "Navy Secretary", "Attorney General", "King", "Queen", "Pope", "Prince", "Princess", "Judge", "Justice",
            "Commissioner", "Spokesperson", "Spokesman", "Spokeswoman", "Dr.", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.",
            "Gen.", "Amb.", "Lic.", "Mtro.", "Mtra.", "Dra.",
            // Spanish, usually lower case
            "presidente", "presidenta", "expresidente", "expresidenta", "canciller", "secretario", "secretaria",
            "subsecretario", "subsecretaria", "embajador", "embajadora", "cónsul", "cónsul general", "cónsul honoraria",
            "cónsul honorario", "ministro", "ministra", "primer ministro", "primera ministra", "ex primera ministra",
            "ex primer ministro", "senador", "senadora", "diputado", "diputada", "gobernador", "gobernadora",
            "director general", "directora general", "director", "directora", "alcalde", "alcaldesa",
            "jefe de gobierno", "jefa de gobierno", "mandatario", "mandataria", "titular", "vocero", "vocera",
            "activista", "papa", "rey", "reina", "almirante", "fiscal general", "funcionario", "funcionaria");

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}’'.-]*\\p{L}";
    private static final String NAME_PART = "\\s+(?:(?:de|del|la|las|los|y|van|von|der|da|dos)\\s+)*" + NAME_WORD;
    private static final String NAME = NAME_WORD + "(?:" + NAME_PART + "){0,5}";
    /** After a comma a single capitalised word is too weak a sign ("Minister of Immigration, Refugees and …"). */
    private static final String FULL_NAME = NAME_WORD + "(?:" + NAME_PART + "){1,5}";
    /** The titles as alternatives, longest first. */
    static String alternatives(List<String> titles) {
        return titles.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** Up to two adjectives after a title ("la activista sueca", "el mandatario interino"), then the name. */
    private static final String ADJECTIVES_NAME = "(?:\\s+(?!(?:de|del|la|el|que|y|en|a|con|por|para|se|su|al|lo|the|of|and|to|in|with|for|said|dijo)\\b)\\p{Ll}{3,}){0,2}\\s+(?<name>" + NAME + ")";
    /** What completes a title before a comma: "para América Latina y el Caribe". */
    private static final String COMPLEMENT = "(?:\\s+(?:for|of|para|de|del|en|in|at|to)(?:,?\\s+[\\p{L}-]+){1,10}?)?";
    private static final String COMMA_NAME = "\\s*(?:\\([^)]{1,20}\\))?,\\s+(?<name>" + FULL_NAME + ")(?=\\s*[,.;:)]|\\s+\\p{Ll}|\\s*$)";

    /** A title, up to two adjectives ("la activista sueca", "el mandatario interino"), then the name. */
    static Pattern titleName(String titles) {
        return Pattern.compile("(?<![\\p{L}])(?<title>(?i:" + titles + "))" + ADJECTIVES_NAME);
    }

    /** A title and its complement, a comma, then the name: "la subsecretaria para América Latina y el Caribe, Raquel Serur". */
    static Pattern titleCommaName(String titles) {
        return Pattern.compile("(?<![\\p{L}])(?<title>(?:" + titles + ")" + COMPLEMENT + ")" + COMMA_NAME);
    }

    /**
     * A title and a name after it, as a rule reads them at a title start: the title (with its
     * complement, if the rule reads one) ends at {@code titleEnd}, the name is
     * {@code [nameBegin, nameEnd)} and the whole match ends at {@code end}.
     */
    record TitledName(int titleEnd, int nameBegin, int nameEnd, int end) {
    }

    /**
     * Reads what {@link #titleName} (or {@link #titleCommaName}) of the titles that begin with the
     * word at a title start matches there: the titles are compared by hand, longest first, and the
     * pattern of what follows a title is tried after each one that fits, as the alternation would
     * try them. One pattern of what follows serves every title, so a release needs one matcher a
     * rule rather than one for each title word (making those cost more than matching). What follows
     * a title in the rule without a complement ({@link #ADJECTIVES_NAME}) is read by hand
     * ({@link NameAfterTitle}), and the pattern tried only where that scan leaves it undecided.
     *
     * @param afterTitle  what follows the title, with a group "name" (and "complement", for the comma rule)
     * @param ignoresCase whether the title's case is ignored, as {@code (?i:)} ignores it: for A to Z only
     */
    record TitleRule(Pattern afterTitle, boolean ignoresCase, boolean hasComplement) {

        /**
         * What the rule's pattern matches at {@code at} on a region ending at {@code end}, with
         * transparent bounds, or null.
         *
         * @param titles the titles that begin with the word at {@code at}, longest first
         * @param after  a matcher of {@link #afterTitle} on {@code text}, with transparent bounds
         */
        TitledName read(String text, int at, int end, List<String> titles, Matcher after) {
            // The pattern's look-behind: no letter just before the title.
            if (at > 0 && Character.isLetter(text.codePointAt(at - 1))) return null;
            // By index: the profile charged an iterator a title start (over lists of two classes) with much of the rule's time.
            for (int k = 0; k < titles.size(); k++) {
                String title = titles.get(k);
                int titleEnd = at + title.length();
                if (titleEnd > end || !spelt(text, at, title)) continue;
                if (!hasComplement) {
                    long name = NameAfterTitle.read(text, titleEnd, end);
                    if (name >= 0) return new TitledName(titleEnd, (int) (name >>> 32), (int) name, (int) name);
                    if (name == NameAfterTitle.NONE) continue;
                } else if (!mayOpenComplementOrComma(text, titleEnd, end)) {
                    continue;
                }
                after.region(titleEnd, end);
                if (after.lookingAt()) {
                    return new TitledName(hasComplement ? after.end("complement") : titleEnd, after.start("name"),
                            after.end("name"), after.end());
                }
            }
            return null;
        }

        /**
         * Whether {@link PersonExtractor#TITLE_COMMA_NAME} may match at {@code from}, told by the characters it must
         * begin with: a comma or parenthesis, after blanks or none, or blanks and a lower-case word
         * that may open a complement. Most title words ("general", "director") are followed by
         * neither, and turning them away here spares a matcher run.
         */
        private static boolean mayOpenComplementOrComma(String text, int from, int end) {
            int i = from;
            while (i < end && isRegexSpace(text.charAt(i))) i++;
            if (i >= end) return false;
            char c = text.charAt(i);
            return c == ',' || c == '(' || i > from && COMPLEMENT_INITIALS.indexOf(c) >= 0;
        }

        /** The first letters of the words a {@link PersonExtractor#COMPLEMENT} begins with. */
        private static final String COMPLEMENT_INITIALS = "fopdeiat";

        private boolean spelt(String text, int at, String title) {
            if (!ignoresCase) return text.startsWith(title, at);
            for (int i = 0; i < title.length(); i++) {
                if (lowerAscii(text.charAt(at + i)) != lowerAscii(title.charAt(i))) return false;
            }
            return true;
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }

    /**
     * Reads {@link PersonExtractor#ADJECTIVES_NAME} at a place by hand: up to two lower-case words that are no
     * function word, then a name of up to six capitalised words joined by blanks and particles. The
     * pattern has one way to match at a place (its lower-case words, particles and capitalised
     * words cannot stand for each other, and each part must be followed by what the next begins
     * with), so one scan from left to right finds what the pattern finds; a name follows most title
     * starts, and the pattern took several times as long to match one. Where the scan meets a
     * surrogate or a combining mark in a word boundary it leaves the answer to the pattern.
     */
    static final class NameAfterTitle {
        /** Nothing matches. */
        static final long NONE = -1;
        /** Not decided by hand: the pattern must be tried. */
        static final long UNDECIDED = -2;

        private static final String[] NOT_ADJECTIVES = {"de", "del", "la", "el", "que", "y", "en", "a", "con", "por", "para",
            "se", "su", "al", "lo", "the", "of", "and", "to", "in", "with", "for", "said", "dijo"};
        private static final String[] PARTICLES = {"de", "del", "la", "las", "los", "y", "van", "von", "der", "da", "dos"};

        private NameAfterTitle() {
        }

        /**
         * What {@link PersonExtractor#ADJECTIVES_NAME} matches from {@code from} on a region ending at {@code end},
         * with transparent bounds: the name's begin and end as {@code begin << 32 | end} (the match
         * ends with the name), {@link #NONE} or {@link #UNDECIDED}.
         */
        static long read(String text, int from, int end) {
            int i = from;
            for (int adjectives = 0; ; adjectives++) {
                int word = skipBlanks(text, i, end);
                if (word == i || word >= end) return NONE;
                char c = text.charAt(word);
                if (Character.isSurrogate(c)) return UNDECIDED;
                int type = Character.getType(c);
                if (type == Character.UPPERCASE_LETTER) return name(text, word, end);
                if (adjectives == 2 || type != Character.LOWERCASE_LETTER) return NONE;
                long excluded = notAdjectiveAt(text, word);
                if (excluded != 0) return excluded;
                i = word;
                while (i < end && Character.getType(text.charAt(i)) == Character.LOWERCASE_LETTER) i++;
                if (i < end && Character.isSurrogate(text.charAt(i))) return UNDECIDED;
                if (i - word < 3) return NONE;
            }
        }

        /** {@link #NONE} where a function word stands at {@code at} as a whole word ({@code \b}, read as the pattern reads it), else 0. */
        private static long notAdjectiveAt(String text, int at) {
            for (String w : NOT_ADJECTIVES) {
                if (!text.startsWith(w, at)) continue;
                int after = at + w.length();
                if (after == text.length()) return NONE;
                char c = text.charAt(after);
                if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) return UNDECIDED;
                if (c != '_' && !Character.isLetterOrDigit(c)) return NONE;
            }
            return 0;
        }

        /** The name that begins with a capital at {@code begin}: its first word, then up to five more. */
        private static long name(String text, int begin, int end) {
            int nameEnd = nameWordEnd(text, begin, end);
            if (nameEnd < 0) return nameEnd;
            for (int parts = 0; parts < 5; parts++) {
                int word = skipBlanks(text, nameEnd, end);
                if (word == nameEnd) break;
                for (int particleEnd; (particleEnd = particleEnd(text, word, end)) >= 0; ) word = skipBlanks(text, particleEnd, end);
                if (word >= end) break;
                int next = nameWordEnd(text, word, end);
                if (next == UNDECIDED) return UNDECIDED;
                if (next < 0) break;
                nameEnd = next;
            }
            return (long) begin << 32 | nameEnd;
        }

        /** Where a particle at {@code at} that blanks follow ends, or -1. */
        private static int particleEnd(String text, int at, int end) {
            for (String p : PARTICLES) {
                int after = at + p.length();
                if (after < end && text.startsWith(p, at) && isRegexSpace(text.charAt(after))) return after;
            }
            return -1;
        }

        /**
         * Where {@link PersonExtractor#NAME_WORD} at {@code at} ends, or {@link #NONE} or {@link #UNDECIDED}: a capital,
         * then letters, marks, apostrophes, dots and hyphens, up to the last letter.
         */
        private static int nameWordEnd(String text, int at, int end) {
            char c = text.charAt(at);
            if (Character.isSurrogate(c)) return (int) UNDECIDED;
            if (Character.getType(c) != Character.UPPERCASE_LETTER) return (int) NONE;
            int lastLetter = -1;
            for (int i = at + 1; i < end; i++) {
                char d = text.charAt(i);
                if (Character.isSurrogate(d)) return (int) UNDECIDED;
                if (Character.isLetter(d)) lastLetter = i;
                else if (!isMark(d) && d != '’' && d != '\'' && d != '.' && d != '-') break;
            }
            return lastLetter < 0 ? (int) NONE : lastLetter + 1;
        }

        private static boolean isMark(char c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
        }

        private static int skipBlanks(String text, int i, int end) {
            while (i < end && isRegexSpace(text.charAt(i))) i++;
            return i;
        }
    }

    static final TitleRule TITLE_NAME = new TitleRule(Pattern.compile(ADJECTIVES_NAME), true, false);
    static final TitleRule TITLE_COMMA_NAME = new TitleRule(Pattern.compile("(?<complement>" + COMPLEMENT + ")" + COMMA_NAME),
            false, true);

    /** Where a title may start: its first word, lower case and without a final dot. */
    static String firstWord(String title) {
        return title.split(" ")[0].toLowerCase(java.util.Locale.ROOT).replace(".", "");
    }

    /**
     * The titles by their first word ({@link #firstWord}), longest first as in {@link #alternatives}.
     * A title is followed by a space, a comma or a parenthesis, so it matches only where its first
     * word is the whole token there: the others need not be tried, and trying a hundred
     * alternatives one after another at every title start was most of this extractor's time.
     */
    static final Map<String, List<String>> BY_FIRST_WORD = titlesByFirstWord();

    private static Map<String, List<String>> titlesByFirstWord() {
        Map<String, List<String>> titlesByFirstWord = new HashMap<>();
        for (String t : TITLES) titlesByFirstWord.computeIfAbsent(firstWord(t), k -> new ArrayList<>()).add(t);
        Map<String, List<String>> longestFirst = new HashMap<>();
        titlesByFirstWord.forEach((word, titles) -> longestFirst.put(word,
                titles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()));
        return Map.copyOf(longestFirst);
    }

    private static final Lexicon GIVEN_NAMES = Lexicon.of(loadGivenNames());
    private static final Lexicon TITLE_FIRST_WORDS = Lexicon.of(BY_FIRST_WORD.keySet());

    private final Gazetteer people;
    private final Gazetteer otherNames;
    private final Map<String, KnownEntity> knownById = new LinkedHashMap<>();
    /** A known person's name of two words or more, split once; {@code order} is its place among all of them. */
    private record KnownName(int order, KnownEntity person, List<String> words) {
    }

    /**
     * The known names by their first word: a name is in a form only where the form has that word,
     * so a form is compared with the names of its own words rather than with every known name.
     */
    private final Map<String, List<KnownName>> knownNamesByFirstWord = new HashMap<>();

    /**
     * A name's words, the same lower-cased ({@link Person#lower}), and the forms it may be referred
     * to by later in a release: the full name, then its {@link #surnameForms}.
     */
    private record NameWords(List<String> words, List<String> lower, List<String> laterForms) {
        static NameWords of(String name) {
            List<String> words = List.copyOf(spaceSeparated(name));
            return of(words, List.copyOf(Person.lower(words)));
        }

        /** @param lower {@code words} lower-cased */
        static NameWords of(List<String> words, List<String> lower) {
            List<String> laterForms = new ArrayList<>(4);
            laterForms.add(String.join(" ", words));
            laterForms.addAll(surnameForms(words));
            return new NameWords(words, lower, laterForms);
        }
    }

    /**
     * The words and later forms of each known person's first name, worked out once rather than in
     * every release that names them.
     */
    private final Map<KnownEntity, NameWords> firstNameWords;

    public PersonExtractor(Reference reference) {
        this.people = new Gazetteer(reference.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList());
        this.otherNames = new Gazetteer(reference.entities().stream().filter(e -> e.kind() != EntityKind.PERSON).toList());
        reference.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).forEach(e -> knownById.put(e.id(), e));
        // By identity: a record's hash would read all its lists.
        Map<KnownEntity, NameWords> firstNames = new IdentityHashMap<>();
        for (KnownEntity e : reference.entities()) {
            if (e.kind() == EntityKind.PERSON) firstNames.put(e, NameWords.of(e.names().get(0).text()));
        }
        this.firstNameWords = Collections.unmodifiableMap(firstNames);
        int order = 0;
        for (KnownEntity k : knownById.values()) {
            for (LangString n : k.names()) {
                List<String> words = spaceSeparated(n.text());
                if (words.size() < 2) continue;
                knownNamesByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new KnownName(order++, k, words));
            }
        }
    }

    /** @param words the word starts of the block the candidate was found in */
    private record Candidate(Span span, Optional<String> title, Optional<KnownEntity> known, Gazetteer.WordStarts words) {
    }

    /**
     * The longest candidates first, then in text order. A lambda of this class rather than
     * Comparator.comparing, whose shared code calls the key function and compareTo through call
     * sites every sort of the program passes through, which makes them slow calls.
     */
    private static final Comparator<Candidate> FULLEST_FIRST = (x, y) -> {
        int longer = Integer.compare(y.span.length(), x.span.length());
        return longer != 0 ? longer : x.span.compareTo(y.span);
    };

    /**
     * A person named in the release being read. Mutable only within one {@code extract} call: a
     * name first seen in a form the reference lists do not know is re-pointed to the reference
     * entry when a fuller form later matches it, and every mention follows.
     */
    private static final class Person {
        String id;
        Optional<KnownEntity> known;
        final List<String> tokens;
        /** "De la Vega" opening a sentence is "de la Vega": names are compared lower-cased. */
        final List<String> lowerTokens;
        final List<String> laterForms;

        Person(String id, Optional<KnownEntity> known, NameWords name) {
            this.id = id;
            this.known = known;
            this.tokens = name.words();
            this.lowerTokens = name.lower();
            this.laterForms = name.laterForms();
        }

        /** @param otherLower {@code other} lower-cased ({@link #lower}) */
        boolean sameAs(List<String> other, List<String> otherLower) {
            return containsRun(lowerTokens, otherLower) || containsRun(otherLower, lowerTokens)
                    || sameGivenNameAndSurname(tokens, other);
        }

        private static List<String> lower(List<String> words) {
            String[] lower = new String[words.size()];
            for (int i = 0; i < lower.length; i++) lower[i] = words.get(i).toLowerCase(java.util.Locale.ROOT);
            return Arrays.asList(lower);
        }
    }

    /** A field rather than a lambda at the call: the profile charged the lambda's call site with a tenth of the extractor's time. */
    private static final Function<Person, String> PERSON_ID = p -> p.id;

    public EntityFindings extract(Release release, List<Block> blocks, List<Mention> taken) {
        String text = release.text();
        List<Candidate> candidates = new ArrayList<>();
        // A matcher a title rule, reset for each title start.
        Matcher afterTitle = TITLE_NAME.afterTitle().matcher(text).useTransparentBounds(true);
        Matcher afterTitleComma = TITLE_COMMA_NAME.afterTitle().matcher(text).useTransparentBounds(true);
        for (Block block : blocks) {
            for (Gazetteer.Hit hit : people.find(text, block.wordStarts())) {
                candidates.add(new Candidate(hit.span(), Optional.empty(), Optional.of(hit.entity()), block.wordStarts()));
            }
            // In a Title Case headline every word looks like a name: only known names count there.
            if (!block.titleCase()) unknownNamesIn(text, block, afterTitle, afterTitleComma, candidates);
        }
        // The fullest forms first, so that shorter ones resolve to a person already named.
        candidates.sort(FULLEST_FIRST);
        TakenSpans used = TakenSpans.of(taken);
        List<Person> persons = new ArrayList<>();
        record Accepted(Span span, Person person, Optional<String> title) {
        }
        List<Accepted> accepted = new ArrayList<>();
        Map<Span, Accepted> bySpan = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            Accepted same = bySpan.get(c.span);
            if (same != null && same.title.isEmpty() && c.title.isPresent()) {
                // The same name found by the reference list and after a title: keep the title.
                Accepted titled = new Accepted(same.span, same.person, c.title);
                accepted.set(accepted.indexOf(same), titled);
                bySpan.put(c.span, titled);
                continue;
            }
            if (used.overlapsAny(c.span)) continue;
            if (insideOtherName(text, c)) continue;
            Person p = resolve(text, c.span, c.known, persons);
            used.add(c.span);
            Accepted a = new Accepted(c.span, p, c.title);
            accepted.add(a);
            bySpan.put(c.span, a);
        }
        // The full name again, or a surname (or the surnames) alone, once the person has been named.
        Map<String, Person> shortForms = new LinkedHashMap<>();
        for (Person p : persons) {
            for (String form : p.laterForms) shortForms.putIfAbsent(form, p);
        }
        LaterForms<Person> laterForms = new LaterForms<>(shortForms, PERSON_ID);
        for (Block block : blocks) {
            for (LaterForms.Hit<Person> hit : laterForms.find(text, block.wordStarts())) {
                if (used.overlapsAny(hit.span())) continue;
                used.add(hit.span());
                accepted.add(new Accepted(hit.span(), hit.person(), Optional.empty()));
            }
        }
        // In text order. No two accepted spans overlap, so each begins at its own place: they are put in
        // order by where they begin, as numbers, which spares the comparator calls of a sort of records.
        long[] byBegin = new long[accepted.size()];
        for (int i = 0; i < byBegin.length; i++) byBegin[i] = (long) accepted.get(i).span.begin() << 32 | i;
        Arrays.sort(byBegin);
        EntityCollector collector = new EntityCollector(EntityKind.PERSON, release.language(), text);
        for (long key : byBegin) {
            Accepted a = accepted.get((int) key);
            collector.mention(a.span, a.person.id, a.person.known, false);
            if (a.title.isPresent()) collector.title(a.person.id, a.title.get());
        }
        return collector.result();
    }

    /**
     * The forms the persons named in a release may be referred to by later, found as a
     * {@link Gazetteer} finds its forms (leftmost-longest, whole words, case-sensitive, in text
     * order) and giving the same hits: a release has a handful of them, too few to be worth building
     * a gazetteer's tables for each release.
     */
    static final class LaterForms<P> {

        record Hit<P>(Span span, P person) {
        }

        /** @param firstWordHash the {@link String#hashCode} of the run of word characters the form begins with */
        private record Form<P>(String text, P person, String id, int firstWordHash) {
        }

        /**
         * By the hash of their first word, and among the forms of one hash longest first, then by the
         * person's id and the text: the order a gazetteer tries its forms in. A form matches only
         * where the text's word is its first word, so a word is looked up by the hash
         * {@link Gazetteer#wordStarts} gives it.
         */
        private static int inOrder(Form<?> x, Form<?> y) {
            int c = Integer.compare(x.firstWordHash, y.firstWordHash);
            if (c == 0) c = Integer.compare(y.text.length(), x.text.length());
            if (c == 0) c = x.id.compareTo(y.id);
            return c != 0 ? c : x.text.compareTo(y.text);
        }

        private final List<Form<P>> forms;
        /** The forms' first-word hashes, in the order of {@link #forms}. */
        private final int[] hashes;
        /** A bit for each first word's hash: most words of a block are turned away without a search. */
        private final long[] firstWordBits = new long[16];
        /**
         * Whether some form begins in lower case ("de la Fuente"): if none does, only the words that
         * do not are looked at, as a gazetteer looks at them.
         */
        private final boolean anyLowerCase;

        /** @param id a person's id, which orders the forms of one length as a gazetteer orders its entities' */
        LaterForms(Map<String, P> personsByForm, Function<P, String> id) {
            List<Form<P>> found = new ArrayList<>(personsByForm.size());
            for (Map.Entry<String, P> e : personsByForm.entrySet()) {
                String f = e.getKey().strip();
                // A form that does not begin with a word character never begins where a word does.
                if (f.length() >= 2 && Gazetteer.isWordChar(f.charAt(0))) {
                    insertInOrder(found, new Form<>(f, e.getValue(), id.apply(e.getValue()), firstWordHash(f)));
                }
            }
            this.forms = found;
            this.hashes = new int[forms.size()];
            boolean lowerCase = false;
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = forms.get(i).firstWordHash;
                firstWordBits[(hashes[i] >>> 6) & (firstWordBits.length - 1)] |= 1L << hashes[i];
                lowerCase |= Character.isLowerCase(forms.get(i).text.charAt(0));
            }
            this.anyLowerCase = lowerCase;
        }

        /**
         * Adds a form after those that come before it or tie with it, as a stable sort would place it:
         * a release has a handful of forms, and a sort's comparator call site, shared by every sort
         * of the program, would call {@link #inOrder} slowly.
         */
        private static <P> void insertInOrder(List<Form<P>> sorted, Form<P> form) {
            int at = sorted.size();
            while (at > 0 && inOrder(sorted.get(at - 1), form) > 0) at--;
            sorted.add(at, form);
        }

        private static int firstWordHash(String form) {
            int hash = 0;
            for (int i = 0; i < form.length() && Gazetteer.isWordChar(form.charAt(i)); i++) hash = 31 * hash + form.charAt(i);
            return hash;
        }

        /** The non-overlapping hits inside the region of {@code words}, in text order. */
        List<Hit<P>> find(String text, Gazetteer.WordStarts words) {
            // Most blocks hold none of them: the list is made for the first hit.
            List<Hit<P>> hits = List.of();
            int limit = words.region().end();
            int taken = words.region().begin();
            int[] begins = words.begins();
            int[] wordHashes = words.hashes();
            int[] looked = anyLowerCase ? null : words.notLowerCase();
            // The arrays are handed on as they were filled: only their first counts are words.
            int count = looked == null ? words.count() : words.notLowerCount();
            for (int k = 0; k < count; k++) {
                int word = looked == null ? k : looked[k];
                int hash = wordHashes[word];
                if (begins[word] < taken || (firstWordBits[(hash >>> 6) & (firstWordBits.length - 1)] & (1L << hash)) == 0) {
                    continue;
                }
                Form<P> form = longestAt(text, begins[word], limit, hash);
                if (form != null) {
                    if (hits.isEmpty()) hits = new ArrayList<>();
                    taken = begins[word] + form.text.length();
                    hits.add(new Hit<>(new Span(begins[word], taken), form.person));
                }
            }
            return hits;
        }

        /** The first form of the word's hash that stands at {@code at} as whole words, or null. */
        private Form<P> longestAt(String text, int at, int limit, int hash) {
            int i = Arrays.binarySearch(hashes, hash);
            if (i < 0) return null;
            while (i > 0 && hashes[i - 1] == hash) i--;
            for (; i < hashes.length && hashes[i] == hash; i++) {
                String f = forms.get(i).text;
                int end = at + f.length();
                if (end <= limit && text.startsWith(f, at)
                        && (end == text.length() || !Gazetteer.isWordChar(text.charAt(end))
                        || !Gazetteer.isWordChar(text.charAt(end - 1)))) {
                    return forms.get(i);
                }
            }
            return null;
        }
    }

    /**
     * A candidate that is, holds or straddles a known name of another kind: "Vicente y las
     * Granadinas" inside "San Vicente y las Granadinas", "Santiago" of "Santiago de Chile".
     */
    private boolean insideOtherName(String text, Candidate c) {
        if (c.known.isPresent()) return false;
        Span around = new Span(Math.max(0, c.span.begin() - 40), Math.min(text.length(), c.span.end() + 40));
        // Within its block the stretch's words are the block's, found already; past the block they are read anew.
        List<Gazetteer.Hit> hits = c.words.region().contains(around) ? otherNames.find(text, c.words, around) : otherNames.find(text, around);
        for (Gazetteer.Hit h : hits) {
            if (!h.span().overlaps(c.span)) continue;
            boolean within = c.span.contains(h.span());
            if (!within || h.span().length() > 3) return true;
        }
        return false;
    }

    /**
     * The names after titles and the runs that start with a given name, in one pass over the
     * block's tokens for both look-ups: reading the tokens again costs as much as a look-up. A
     * block holds a title or a given name a time in two or three, so the rules run only where it
     * holds one.
     */
    private void unknownNamesIn(String text, Block block, Matcher afterTitle, Matcher afterTitleComma, List<Candidate> out) {
        List<Words.Token> tokens = block.tokens();
        List<Words.Token> titleStarts = List.of();
        int[] givenNames = null;
        int givenCount = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Words.Token t = tokens.get(i);
            if (TITLE_FIRST_WORDS.containsLowerCased(t)) {
                if (titleStarts.isEmpty()) titleStarts = new ArrayList<>();
                titleStarts.add(t);
            }
            // Every given name is capitalised (a test checks the list): the many lower-case words are not looked up.
            if (t.capitalized() && GIVEN_NAMES.contains(t)) {
                if (givenNames == null) givenNames = new int[8];
                else if (givenCount == givenNames.length) givenNames = Arrays.copyOf(givenNames, givenCount * 2);
                givenNames[givenCount++] = i;
            }
        }
        if (!titleStarts.isEmpty()) {
            titled(text, block, beforeLastComma(text, block, titleStarts), TITLE_COMMA_NAME, afterTitleComma, out);
            titled(text, block, titleStarts, TITLE_NAME, afterTitle, out);
        }
        if (givenCount > 0) givenNamed(text, block, givenNames, givenCount, out);
    }

    /** @param after a matcher of the rule's {@link TitleRule#afterTitle} on {@code text} */
    private void titled(String text, Block block, List<Words.Token> titleStarts, TitleRule rule, Matcher after,
                        List<Candidate> out) {
        // Tried only where a title can start: scanning every position with a pattern of a hundred
        // case-insensitive titles was most of the extraction time.
        int matchedTo = block.span().begin();
        for (int k = 0; k < titleStarts.size(); k++) {
            Words.Token t = titleStarts.get(k);
            if (t.begin() < matchedTo) continue;
            TitledName found = rule.read(text, t.begin(), block.span().end(), BY_FIRST_WORD.get(t.lower()), after);
            if (found == null) continue;
            matchedTo = found.end();
            Span name = trimName(text, new Span(found.nameBegin(), found.nameEnd()));
            if (name == null || startsWithTitle(text, name.begin(), name.end())) continue;
            String title = text.substring(t.begin(), found.titleEnd()).strip();
            out.add(new Candidate(name, Optional.of(title), Optional.empty(), block.wordStarts()));
        }
    }

    /**
     * The title starts that a comma in the block follows: a title, its complement and a comma
     * before the name ({@link #titleCommaName}) can start nowhere else.
     */
    private static List<Words.Token> beforeLastComma(String text, Block block, List<Words.Token> titleStarts) {
        // Looked for within the block only: a block without a comma would send lastIndexOf back to the text's start.
        int lastComma = block.span().end() - 1;
        while (lastComma >= block.span().begin() && text.charAt(lastComma) != ',') lastComma--;
        int n = titleStarts.size();
        while (n > 0 && titleStarts.get(n - 1).end() > lastComma) n--;
        return titleStarts.subList(0, n);
    }

    /**
     * "…, Foreign Secretary Alicia Bárcena" is a title and a name: the title-then-name rule reads it.
     * The name {@code [begin, end)} starts with a title that ends where the name ends or at a space;
     * the titles of its first character are compared in place.
     */
    static boolean startsWithTitle(String text, int begin, int end) {
        char initial = text.charAt(begin);
        if (initial >= TITLES_BY_INITIAL.length) return false;
        for (String title : TITLES_BY_INITIAL[initial]) {
            int titleEnd = begin + title.length();
            if (titleEnd <= end && text.startsWith(title, begin) && (titleEnd == end || text.charAt(titleEnd) == ' ')) return true;
        }
        return false;
    }

    /** The titles by their first character, which is ASCII for all of them (a test checks it). */
    private static final String[][] TITLES_BY_INITIAL = titlesByInitial();

    private static String[][] titlesByInitial() {
        String[][] byInitial = new String[128][];
        for (char c = 0; c < byInitial.length; c++) {
            char initial = c;
            byInitial[c] = TITLES.stream().filter(t -> t.charAt(0) == initial).toArray(String[]::new);
        }
        return byInitial;
    }

    /** @param givenNames the indices of the block's {@code tokens} that are given names, the first {@code count} of them, ascending */
    private void givenNamed(String text, Block block, int[] givenNames, int count, List<Candidate> out) {
        List<Words.Token> tokens = block.tokens();
        for (int g = 0; g < count; g++) {
            int i = givenNames[g];
            // Inside a run of given names ("Juan Ramón") the run starts earlier; after a capitalised title
            // complement ("Undersecretary for Latin America and the Caribbean Ernesto …") it starts here.
            if (g > 0 && givenNames[g - 1] == i - 1 && Words.adjacent(text, tokens.get(i - 1), tokens.get(i))) continue;
            int j = i + 1;
            int last = i;
            while (j < tokens.size() && Words.adjacent(text, tokens.get(j - 1), tokens.get(j))) {
                Words.Token t = tokens.get(j);
                if (t.capitalized() && !Heads.kindOf(t).isPresent()) {
                    last = j;
                } else if (!Words.NAME_PARTICLES.contains(t.text())) {
                    break;
                }
                j++;
            }
            if (last > i) {
                Span s = trimName(text, new Span(tokens.get(i).begin(), tokens.get(last).end()));
                if (s != null) out.add(new Candidate(s, Optional.empty(), Optional.empty(), block.wordStarts()));
            }
        }
    }

    /** Drops a possessive and refuses what cannot be a name (all capitals, a lone initial). */
    private static Span trimName(String text, Span s) {
        Span t = Words.withoutPossessive(text, s);
        if (t.length() < 3 || allCapitals(text, t)) return null;
        return t;
    }

    /** Whether the span is its own upper case; a name with a lower-case ASCII letter, as nearly all have, is not, and is not cut out. */
    private static boolean allCapitals(String text, Span s) {
        for (int i = s.begin(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') return false;
        }
        String name = s.of(text);
        return name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The person the name at {@code span} refers to, added to {@code persons} if new. */
    private Person resolve(String text, Span span, Optional<KnownEntity> known, List<Person> persons) {
        if (known.isPresent()) return resolveKnown(text, span, known, persons);
        String form = span.of(text);
        List<String> tokens = spaceSeparated(form);
        List<String> lowerTokens = Person.lower(tokens);
        for (Person p : persons) {
            if (p.sameAs(tokens, lowerTokens)) return p;
        }
        known = firstKnownNameIn(tokens);
        if (known.isPresent()) return resolveKnown(text, span, known, persons);
        Person p = new Person("person/".concat(Slugs.slug(form)), Optional.empty(), NameWords.of(tokens, lowerTokens));
        persons.add(p);
        return p;
    }

    /**
     * The person of a known entry, which the name at {@code span} refers to. The name's words are
     * read only when a person not yet known may be the same: most releases name known persons only.
     */
    private Person resolveKnown(String text, Span span, Optional<KnownEntity> known, List<Person> persons) {
        String id = known.get().id();
        for (Person p : persons) {
            if (p.id.equals(id)) return p;
        }
        List<String> tokens = null;
        List<String> lowerTokens = null;
        for (Person p : persons) {
            if (!p.known.isEmpty()) continue;
            if (tokens == null) {
                tokens = spaceSeparated(span.of(text));
                lowerTokens = Person.lower(tokens);
            }
            if (p.sameAs(tokens, lowerTokens)) {
                p.id = id;
                p.known = known;
                return p;
            }
        }
        KnownEntity entry = known.get();
        NameWords name = firstNameWords.containsKey(entry) ? firstNameWords.get(entry) : NameWords.of(entry.names().get(0).text());
        Person p = new Person(id, known, name);
        persons.add(p);
        return p;
    }

    /** The person of the first known name (in the reference's order) that the form's words hold as a run. */
    private Optional<KnownEntity> firstKnownNameIn(List<String> tokens) {
        KnownName first = null;
        for (int i = 0; i < tokens.size(); i++) {
            for (KnownName k : knownNamesByFirstWord.getOrDefault(tokens.get(i), List.of())) {
                if ((first == null || k.order() < first.order()) && i + k.words().size() <= tokens.size() && runAt(tokens, i, k.words())) {
                    first = k;
                }
            }
        }
        return first == null ? Optional.empty() : Optional.of(first.person());
    }

    /**
     * "Luisa María Alcalde" and "Luisa Alcalde Luján" in one release: the same first name and a
     * shared surname, with middle names or second surnames given only once.
     */
    private static boolean sameGivenNameAndSurname(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2 || !a.get(0).equals(b.get(0))) return false;
        for (String t : a.subList(1, a.size())) {
            if (!GIVEN_NAMES.contains(t) && !Words.NAME_PARTICLES.contains(t) && b.subList(1, b.size()).contains(t)) return true;
        }
        return false;
    }

    private static boolean containsRun(List<String> whole, List<String> part) {
        if (part.isEmpty() || part.size() > whole.size()) return false;
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            if (runAt(whole, i, part)) return true;
        }
        return false;
    }

    private static boolean runAt(List<String> whole, int at, List<String> part) {
        for (int k = 0; k < part.size(); k++) {
            if (!whole.get(at + k).equals(part.get(k))) return false;
        }
        return true;
    }

    /**
     * {@code s} cut at its runs of {@code \\s} as {@code Pattern.compile("\\s+").split(s)} cuts it (an
     * empty first word where it begins with a space, none at the end), without a pattern: every
     * candidate name is split.
     */
    static List<String> spaceSeparated(String s) {
        List<String> words = new ArrayList<>(4);
        int wordStart = 0;
        for (int i = 0; i < s.length(); ) {
            if (!isRegexSpace(s.charAt(i))) {
                i++;
                continue;
            }
            words.add(s.substring(wordStart, i));
            while (i < s.length() && isRegexSpace(s.charAt(i))) i++;
            wordStart = i;
        }
        if (wordStart == 0) return List.of(s);
        words.add(s.substring(wordStart));
        int n = words.size();
        while (n > 0 && words.get(n - 1).isEmpty()) n--;
        return words.subList(0, n);
    }

    /** What {@code \\s} matches: " \t\n\u000B\f\r". */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** "Juan Ramón de la Fuente Ramírez" → "de la Fuente Ramírez", "de la Fuente"; "Alicia Bárcena Ibarra" → "Bárcena Ibarra", "Bárcena". */
    private static List<String> surnameForms(List<String> t) {
        int i = 0;
        while (i < t.size() - 1 && GIVEN_NAMES.contains(t.get(i))) i++;
        if (i == 0) i = Math.min(1, t.size() - 1);
        List<String> surname = t.subList(i, t.size());
        List<String> forms = new ArrayList<>();
        if (surname.isEmpty() || t.size() < 2) return forms;
        forms.add(String.join(" ", surname));
        int words = 0;
        for (String w : surname) if (!Words.NAME_PARTICLES.contains(w)) words++;
        if (words >= 2) forms.add(String.join(" ", surname.subList(0, surname.size() - 1)));
        // A surname that starts with a particle is capitalised at the start of a sentence: "De la Vega".
        int asWritten = forms.size();
        for (int k = 0; k < asWritten; k++) {
            String f = forms.get(k);
            if (Character.isLowerCase(f.charAt(0))) forms.add(Character.toUpperCase(f.charAt(0)) + f.substring(1));
        }
        List<String> out = new ArrayList<>(forms.size());
        for (String f : forms) {
            if ((Character.isUpperCase(f.charAt(0)) || f.contains(" ")) && !out.contains(f)) out.add(f);
        }
        return out;
    }

    /** Whether every given name begins with a capital, as {@link Words.Token#capitalized} sees it. */
    static boolean givenNamesAreCapitalised() {
        return loadGivenNames().stream().allMatch(n -> new Words.Token(new Span(0, n.length()), n).capitalized());
    }

    private static Set<String> loadGivenNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = PersonExtractor.class.getResourceAsStream("/lexicon/given-names.txt")) {
            if (in == null) throw new IllegalStateException("lexicon/given-names.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String n : line.trim().split("\\s+")) if (!n.isEmpty()) names.add(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
