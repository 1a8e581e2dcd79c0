package org.comunicado.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.comunicado.ingest.Span;

/**
 * Groups the quantities of a release into claims, one per asserting sentence or clause, and
 * finds who asserts each: the speaker of the quotation it stands in, else the subject of a speech
 * verb in the same sentence ("Secretary Bárcena stated that…", "she noted"), else nobody — the
 * mapper then names the issuing organisation. Pure and thread-safe.
 */
public final class ClaimExtractor {

    private static final String SPEECH_VERBS = "said|says|added|stated|told|noted|explained|emphasized|emphasised|stressed|underscored|highlighted|"
            + "affirmed|asserted|declared|remarked|pointed out|warned|insisted|recalled|reported|announced|"
            + "indicated|assured|reaffirmed|reiterated|mentioned|dijo|afirmó|señaló|subrayó|destacó|expresó|indicó|"
            + "explicó|reiteró|anunció|recordó|aseguró|enfatizó|informó|precisó|sostuvo|manifestó|declaró|agregó|"
            + "añadió|detalló|difundió|reveló|advirtió";
    private static final WordMatches SPEECH_VERB = WordMatches.of(Pattern.compile("(?<![\\p{L}])(" + SPEECH_VERBS + ")\\b"));
    /**
     * The first word of each speech verb. A verb ends where a word does ({@code \b}), so it can only
     * begin a whole run of letters that is one of these: a clause without one is not searched.
     */
    private static final Set<String> SPEECH_VERB_FIRST_WORDS = Arrays.stream(SPEECH_VERBS.split("\\|"))
            .map(verb -> verb.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
    /** The same words case-folded: most words of a clause are turned away by it without being copied. */
    private static final FoldedWords SPEECH_VERB_FIRST_WORDS_FOLDED = FoldedWords.of(SPEECH_VERB_FIRST_WORDS);
    /** Words without which {@link #ACCORDING_TO} cannot match, compared ignoring case. */
    private static final List<String> ACCORDING_TO_WORD_LIST = List.of("according", "según", "acuerdo");
    private static final FoldedWords ACCORDING_TO_WORDS = FoldedWords.of(ACCORDING_TO_WORD_LIST);
    /** Both sets of words, so that most words of a clause are turned away by one look-up. */
    private static final FoldedWords ATTRIBUTION_WORDS = FoldedWords.of(
            Stream.concat(ACCORDING_TO_WORD_LIST.stream(), SPEECH_VERB_FIRST_WORDS.stream()).toList());
    private static final WordMatches PRONOUN = WordMatches.of(Pattern.compile("(?<![\\p{L}])(she|he|She|He|ella|él|Ella|Él)\\b"));
    static final WordMatches ACCORDING_TO = WordMatches.of(Pattern.compile("(?i)(?<![\\p{L}])(?:according to|según|de acuerdo con)\\s+"));
    /** "the Foreign Secretary", "la canciller": a title standing for a person named earlier. */
    private static final Pattern TITLE_REFERENCE = Pattern.compile("(?i)^(?:the|el|la)\\s+((?:\\p{L}+\\s+){0,3}?\\p{L}+)(?=\\s*(?:,|\\s+(?:said|says|stated|noted|explained|added|told|dijo|afirmó|señaló|explicó|destacó|subrayó|indicó)\\b))");

    /**
     * @param entities the release's entities by id, for titles standing in for people ("the
     *                 Foreign Secretary noted…")
     */
    public List<Claim> extract(String text, List<Quantity> quantities, List<Quotation> quotations, List<Mention> mentions,
                               Map<String, Entity> entities) {
        if (quantities.isEmpty()) return List.of();
        MentionsByBegin byBegin = new MentionsByBegin(mentions);
        List<Claim> claims = new ArrayList<>();
        for (List<Quantity> group : byClause(quantities)) {
            Span clause = group.get(0).clause();
            Optional<String> author = quotedSpeaker(group.get(0).span(), quotations);
            if (author.isEmpty()) author = attributed(text, clause, mentions, byBegin, entities);
            claims.add(new Claim(clause, author, about(clause, byBegin), group));
        }
        return claims;
    }

    /**
     * The quantities grouped by clause, in the order of the clauses. Quantities come in text order,
     * so nearly always each clause's quantities stand together and the clauses come in order: then
     * the groups are runs of the list, and no map is made.
     */
    private static List<List<Quantity>> byClause(List<Quantity> quantities) {
        List<List<Quantity>> groups = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= quantities.size(); i++) {
            if (i < quantities.size() && quantities.get(i).clause().equals(quantities.get(runStart).clause())) continue;
            if (i < quantities.size() && quantities.get(i).clause().compareTo(quantities.get(runStart).clause()) < 0) {
                return byClauseSorted(quantities);
            }
            groups.add(quantities.subList(runStart, i));
            runStart = i;
        }
        return groups;
    }

    /** {@link #byClause} for quantities whose clauses are out of order or apart. */
    private static List<List<Quantity>> byClauseSorted(List<Quantity> quantities) {
        Map<Span, List<Quantity>> byClause = new TreeMap<>();
        for (Quantity q : quantities) byClause.computeIfAbsent(q.clause(), k -> new ArrayList<>()).add(q);
        return new ArrayList<>(byClause.values());
    }

    /** The ids of the entities mentioned within {@code clause}, sorted, each once. */
    private static List<String> about(Span clause, MentionsByBegin byBegin) {
        List<String> ids = null;
        for (int i = byBegin.firstFrom(clause.begin()); i < byBegin.size() && byBegin.begin(i) <= clause.end(); i++) {
            if (!clause.contains(byBegin.mention(i).span())) continue;
            if (ids == null) ids = new ArrayList<>();
            ids.add(byBegin.mention(i).entityId());
        }
        if (ids == null) return List.of();
        ids.sort(null);
        int kept = 0;
        for (String id : ids) {
            if (kept == 0 || !ids.get(kept - 1).equals(id)) ids.set(kept++, id);
        }
        return List.copyOf(ids.subList(0, kept));
    }

    private static Optional<String> quotedSpeaker(Span quantity, List<Quotation> quotations) {
        for (Quotation q : quotations) {
            if (q.text().contains(quantity)) return q.speakerId();
        }
        return Optional.empty();
    }

    /** The author the clause names in its own words: "according to …", else the subject of a speech verb. */
    private static Optional<String> attributed(String text, Span clause, List<Mention> mentions, MentionsByBegin byBegin,
                                               Map<String, Entity> entities) {
        // The attribution may open the sentence before the clause that holds the figure.
        int from = Math.min(attributionStart(text, clause.begin()), clause.begin());
        FirstWords first = FirstWords.find(text, from, clause);
        return accordingTo(text, clause, from, first.accordingTo(), mentions, byBegin, entities)
                .or(() -> reportedSpeaker(text, clause, first.speechVerb(), mentions, byBegin, entities));
    }

    /**
     * "According to the IOM, …", "Según la canciller, …".
     *
     * @param word where the first word of {@link #ACCORDING_TO_WORDS} in {@code [from, clause end)} begins, or -1
     */
    private static Optional<String> accordingTo(String text, Span clause, int from, int word, List<Mention> mentions,
                                                MentionsByBegin byBegin, Map<String, Entity> entities) {
        if (word < 0) return Optional.empty();
        // A match starts at that word, or at "de " before "acuerdo": searched from one character before
        // that, so the look-behind still sees the text it saw from the start of the stretch.
        var m = accordingToMatch(text, Math.max(from, word - 4), clause.end());
        if (m == null) return Optional.empty();
        int after = m.end();
        // The first person or organisation (in the order given) named right after it.
        int named = Integer.MAX_VALUE;
        for (int i = byBegin.firstFrom(after); i < byBegin.size() && byBegin.begin(i) <= after + 4; i++) {
            if (isPersonOrOrganization(byBegin.mention(i))) named = Math.min(named, byBegin.position(i));
        }
        if (named != Integer.MAX_VALUE) return Optional.of(mentions.get(named).entityId());
        return titled(text, after, clause.end(), m.start(), mentions, entities);
    }

    /**
     * {@code ACCORDING_TO.first(text, from, to)}, tried only where a match can begin: at a word of
     * {@link #ACCORDING_TO_WORDS} ("according", "según"), or at "de " before one ("de acuerdo
     * con"). The word "acuerdo" ("agreement") is common without the phrase, and the search for it
     * went on to try every later word of the clause.
     */
    static Matcher accordingToMatch(String text, int from, int to) {
        Matcher m = null;
        for (int i = LetterRuns.start(text, from, to); i < to; ) {
            int end = LetterRuns.end(text, i, to);
            if (ACCORDING_TO_WORDS.contains(text, i, end)) {
                for (int at = i - 3; at <= i; at += 3) {
                    // Where the search tries a match: at its start, or where no letter comes before.
                    if (at < from || at > from && Words.isLetter(text.charAt(at - 1))) continue;
                    if (m == null) m = ACCORDING_TO.pattern().matcher(text);
                    if (m.region(at, to).lookingAt()) return m;
                }
            }
            i = LetterRuns.start(text, end, to);
        }
        return null;
    }

    /**
     * Past the last line break or ". " that begins at or before {@code at} (1 when there is
     * neither): {@code max(lastIndexOf('\n', at) + 1, lastIndexOf(". ", at) + 2)}, found by one
     * scan that stops at the nearer of the two instead of two searches of which one may run back
     * to the start of the paragraph.
     */
    private static int attributionStart(String text, int at) {
        for (int i = Math.min(at, text.length() - 1); i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return i + 1;
            if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') return i + 2;
        }
        return 1;
    }

    /** The person named earlier who holds the title that opens {@code [from, to)} ("the Foreign Secretary, …"). */
    private static Optional<String> titled(String text, int from, int to, int before, List<Mention> mentions,
                                           Map<String, Entity> entities) {
        var t = TITLE_REFERENCE.matcher(text).region(from, to);
        if (!t.lookingAt()) return Optional.empty();
        String title = t.group(1).toLowerCase(java.util.Locale.ROOT);
        return mentions.stream().filter(x -> x.kind() == EntityKind.PERSON && x.span().end() <= before)
                .filter(x -> entities.containsKey(x.entityId()) && entities.get(x.entityId()).jobTitles().stream()
                        .anyMatch(j -> j.text().toLowerCase(java.util.Locale.ROOT).equals(title)))
                .reduce((a, b) -> b).map(Mention::entityId);
    }

    /** @param candidate where the first run of letters of the clause that begins a speech verb begins, or -1 */
    private static Optional<String> reportedSpeaker(String text, Span clause, int candidate, List<Mention> mentions,
                                                    MentionsByBegin byBegin, Map<String, Entity> entities) {
        var verb = candidate < 0 ? null : SPEECH_VERB.first(text, candidate, clause.end());
        if (verb == null) return Optional.empty();
        int at = verb.start();
        // The subject: the last person or organisation (in the order given) named in the clause before the verb.
        int subject = -1;
        for (int i = byBegin.firstFrom(clause.begin()); i < byBegin.size() && byBegin.begin(i) <= at; i++) {
            Mention m = byBegin.mention(i);
            if (m.span().end() <= at && isPersonOrOrganization(m)) {
                subject = Math.max(subject, byBegin.position(i));
            }
        }
        if (subject >= 0) return Optional.of(mentions.get(subject).entityId());
        Optional<String> title = titled(text, clause.begin(), verb.end(), clause.begin(), mentions, entities);
        if (title.isPresent()) return title;
        if (PRONOUN.first(text, clause.begin(), at) != null) {
            Mention person = null;
            for (Mention m : mentions) {
                if (m.kind() == EntityKind.PERSON && m.span().end() <= clause.begin()) person = m;
            }
            return Optional.ofNullable(person).map(Mention::entityId);
        }
        return Optional.empty();
    }

    private static boolean isPersonOrOrganization(Mention m) {
        return m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION;
    }

    /**
     * Where the words that the attribution patterns need first begin in a clause, -1 for none: the
     * first run of letters in {@code [from, clause end)} that is one of {@link #ACCORDING_TO_WORDS}
     * (a match of {@link #ACCORDING_TO} needs one, a whole word ended by a space), and the first run
     * of letters of the clause itself that is the first word of a speech verb (at the clause start,
     * or after a character other than a letter, as {@link WordMatches} tries them). Found in one
     * scan of the words, since most clauses have neither.
     */
    private record FirstWords(int accordingTo, int speechVerb) {

        static FirstWords find(String text, int from, Span clause) {
            int accordingTo = -1;
            int speechVerb = -1;
            // Runs are cut at the end of the clause, where the verb's \b finds a boundary.
            int to = clause.end();
            for (int i = LetterRuns.start(text, from, to); i < to && (accordingTo < 0 || speechVerb < 0); ) {
                int end = LetterRuns.end(text, i, to);
                // A run across the clause start is cut there, as a scan from the clause start sees it.
                boolean acrossClauseStart = i < clause.begin() && end > clause.begin();
                if (acrossClauseStart || ATTRIBUTION_WORDS.contains(text, i, end)) {
                    if (accordingTo < 0 && ACCORDING_TO_WORDS.contains(text, i, end)) accordingTo = i;
                    int inClause = Math.max(i, clause.begin());
                    if (speechVerb < 0 && inClause < end && isSpeechVerbFirstWord(text, inClause, end)) speechVerb = inClause;
                }
                i = LetterRuns.start(text, end, to);
            }
            return new FirstWords(accordingTo, speechVerb);
        }

        private static boolean isSpeechVerbFirstWord(String text, int begin, int end) {
            return SPEECH_VERB_FIRST_WORDS_FOLDED.contains(text, begin, end)
                    && SPEECH_VERB_FIRST_WORDS.contains(text.substring(begin, end));
        }
    }

    /**
     * The mentions of a release sorted by where they begin, each with its position in the list as
     * given: the mentions of a clause are found by a binary search, and "the last one" still means
     * the last in the order given. Made per call.
     */
    private static final class MentionsByBegin {
        private final Mention[] sorted;
        private final int[] positions;

        MentionsByBegin(List<Mention> mentions) {
            // Each key is a begin with the position below it: sorted, ties stay in the order given.
            long[] keys = new long[mentions.size()];
            for (int i = 0; i < keys.length; i++) keys[i] = (long) mentions.get(i).span().begin() << 32 | i;
            Arrays.sort(keys);
            sorted = new Mention[keys.length];
            positions = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                positions[i] = (int) keys[i];
                sorted[i] = mentions.get(positions[i]);
            }
        }

        int size() {
            return sorted.length;
        }

        Mention mention(int i) {
            return sorted[i];
        }

        int begin(int i) {
            return sorted[i].span().begin();
        }

        /** The position in the list as given of the {@code i}th mention by begin. */
        int position(int i) {
            return positions[i];
        }

        /** The index of the first mention that begins at or after {@code offset}, or {@link #size()}. */
        int firstFrom(int offset) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (begin(mid) < offset) low = mid + 1;
                else high = mid;
            }
            return low;
        }
    }
}
