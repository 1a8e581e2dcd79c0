package org.comunicado.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comunicado.ingest.Span;

/**
 * Attributes the quotations of one release to speakers. Built for one call of
 * {@link QuotationExtractor#extract} and thrown away: it records the speakers it has settled on,
 * in text order, so that "she added" can lean on the quotation before. Not thread-safe; never shared.
 */
final class SpeakerResolver {

    /** What stands for the speaker in a frame. */
    private enum Form { MENTION, PRONOUN, PERSON_TITLE, ORG_TITLE }

    private record Candidate(int begin, int end, Form form, Mention mention, String title, boolean generic) {
    }

    /** A lambda of this class: Comparator.comparingInt's shared code calls the key function through a slow call site. */
    private static final Comparator<Candidate> IN_TEXT_ORDER = (x, y) -> Integer.compare(x.begin(), y.begin());
    /**
     * A lambda of this class, kept in a field: a natural-order sort calls compareTo from code every
     * sort in the program shares, and a lambda made at its call in a large method was slow to call.
     */
    private static final Comparator<Mention> MENTION_ORDER = (x, y) -> x.compareTo(y);

    /** A speaker settled on, at the position of the frame that named them. */
    private record Attribution(int at, String id, EntityKind kind) {
    }

    /** A frame tells who spoke, or that someone the text does not resolve did. */
    private record Frame(Optional<String> speaker) {
    }

    private static final int MAX_AFTER_FRAME_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private final String text;
    private final FoldedWords frameTail;
    private final List<Span> blocks;
    /** Each block's sentences, split when first needed: most blocks hold no quotation. */
    private final List<List<Span>> sentences;
    private final List<Mention> speakers;
    private final Map<String, Entity> entities;
    private final List<QuoteFinder.Found> quotes;
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Optional<String>> results = new ArrayList<>();
    /** Reset for each stretch it searches: the title phrases are looked for in many stretches of one text. */
    private final Matcher titlePhrase;

    SpeakerResolver(String text, String language, List<Span> blocks, List<Mention> mentions, Map<String, Entity> entities,
            List<QuoteFinder.Found> quotes) {
        this.text = text;
        this.titlePhrase = SpeechLexicon.TITLE_PHRASE.matcher(text);
        this.frameTail = SpeechLexicon.frameTail(language);
        this.blocks = blocks;
        this.entities = entities;
        this.quotes = quotes;
        this.sentences = new ArrayList<>(Collections.nCopies(blocks.size(), null));
        // Names inside a quotation are the speaker's words, not the narrator's: they are never the subject.
        List<Mention> outside = new ArrayList<>();
        for (Mention m : mentions) {
            if ((m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION) && !insideQuote(m.span().begin())) outside.add(m);
        }
        outside.sort(MENTION_ORDER);
        this.speakers = outside;
    }

    /** The speaker of each quotation, in the order of {@code quotes}. */
    List<Optional<String>> resolveAll() {
        for (QuoteFinder.Found q : quotes) {
            Optional<Frame> frame = afterFrame(q);
            if (frame.isEmpty()) frame = beforeFrame(q);
            Optional<String> speaker = frame.isPresent() ? frame.get().speaker() : continuation(q);
            results.add(speaker);
            if (speaker.isPresent()) attributions.add(new Attribution(q.open(), speaker.get(), kindOf(speaker.get())));
        }
        return results;
    }

    // ---- frames -------------------------------------------------------------------------------

    /** {@code ," said X.} / {@code ," X told ...} / {@code ", indicó.}: the clause right after the closing mark. */
    private Optional<Frame> afterFrame(QuoteFinder.Found q) {
        Span block = blocks.get(q.lastBlock());
        int start = q.close() + 1;
        if (start >= block.end()) return Optional.empty();
        Span sentence = Sentences.first(text, start, block.end());
        if (sentence == null) return Optional.empty();
        int end = sentence.end();
        int nextQuote = nextQuoteOpen(start);
        boolean nextQuoteInside = nextQuote >= 0 && nextQuote < end;
        if (nextQuoteInside) end = nextQuote;
        // The clause's first character after blanks, read in place: Character.isWhitespace as String.stripLeading reads it.
        int leadAt = start;
        while (leadAt < end && Character.isWhitespace(text.charAt(leadAt))) leadAt++;
        if (leadAt == end) return Optional.empty();
        char lead = text.charAt(leadAt);
        boolean continues = ",;—–-".indexOf(lead) >= 0 || Character.isLowerCase(lead)
                || !QuoteFinder.endsSentence(text, q.inner().begin(), q.inner().end());
        // After a full stop inside the marks a new sentence starts; it is a frame only if short.
        if (!continues && (nextQuoteInside || QuoteFinder.words(text, start, end) > 12)) return Optional.empty();
        Matcher verb = SpeechLexicon.findSpeechVerb(text, start, end);
        if (verb != null && QuoteFinder.words(text, start, verb.start()) <= MAX_AFTER_FRAME_WORDS) {
            return Optional.of(new Frame(subjectOfVerb(start, verb.start(), verb.end(), end)));
        }
        return headlineByline(start, end, lead);
    }

    /** The headline style with no verb: {@code “No vamos a ceder”: Ebrard} or {@code "..." — Ebrard}. */
    private Optional<Frame> headlineByline(int start, int end, char lead) {
        if (":—–-".indexOf(lead) < 0) return Optional.empty();
        List<Candidate> after = candidates(start, end);
        if (after.isEmpty() || after.get(0).form() != Form.MENTION) return Optional.empty();
        Candidate first = after.get(0);
        boolean adjacent = QuoteFinder.words(text, start, first.begin()) <= 3;
        return adjacent ? Optional.of(new Frame(resolve(first))) : Optional.empty();
    }

    /** {@code X said: "} / {@code She added, "} / {@code According to X, "}: the sentence up to the opening mark. */
    private Optional<Frame> beforeFrame(QuoteFinder.Found q) {
        Span sentence = sentenceAt(q.block(), q.open());
        int start = sentence.begin();
        for (QuoteFinder.Found other : quotes) {
            if (other.close() < q.open() && other.close() >= start) start = other.close() + 1;
        }
        if (start >= q.open()) return Optional.empty();
        Matcher verb = SpeechLexicon.findSpeechVerb(text, start, q.open());
        int vs = -1;
        int ve = -1;
        for (boolean found = verb != null; found; found = verb.find()) {
            vs = verb.start();
            ve = verb.end();
        }
        if (vs >= 0) return Optional.of(new Frame(subjectOfVerb(start, vs, ve, q.open())));
        Matcher according = SpeechLexicon.ACCORDING_TO.matcher(text).region(start, q.open());
        if (according.find()) {
            List<Candidate> after = candidates(according.end(), q.open());
            if (!after.isEmpty()) return Optional.of(new Frame(resolve(after.get(0))));
        }
        return Optional.empty();
    }

    /**
     * The speaker of a speech verb at {@code [vs, ve)} in a clause {@code [from, to)}: the subject
     * nearest before the verb, else the one right after it ("said Secretary X", "afirmó la
     * dependencia"), else, when the verb stands alone ("indicó."), the current subject of the text.
     */
    private Optional<String> subjectOfVerb(int from, int vs, int ve, int to) {
        List<Candidate> before = candidates(from, vs);
        for (int i = before.size() - 1; i >= 0; i--) {
            Candidate c = before.get(i);
            if (c.form() == Form.PRONOUN || isSubjectAt(c.begin())) return resolve(c);
        }
        int tail = tailOf(ve, to);
        // A person named after the verb is its subject, whatever else stands there ("dijo el subsecretario
        // Roberto Velasco"): looked for among the mentions before pronouns and title phrases are.
        Mention named = firstPersonIn(ve, tail);
        if (named != null) return Optional.of(named.entityId());
        Candidate pick = subjectAfterVerb(candidates(ve, tail));
        if (pick != null) {
            Optional<String> speaker = resolve(pick);
            if (speaker.isPresent()) return speaker;
        }
        // "said Consul General in Chicago X": a title and its place, then the holder's name.
        for (Candidate c : candidates(ve, to)) {
            if (isPersonMention(c) && QuoteFinder.words(text, ve, c.begin()) <= MAX_AFTER_FRAME_WORDS) {
                return Optional.of(c.mention().entityId());
            }
        }
        if (pick != null) return Optional.empty();
        // Only a verb with no subject of its own ("», advirtió", "También explicó") continues the
        // current subject; "A union leader noted" names someone this text cannot resolve.
        boolean bareVerb = !anyLetter(ve, tail) && onlyLinkWords(from, vs);
        return bareVerb ? currentSubject(vs, null) : Optional.empty();
    }

    /**
     * Who a frame names right after its verb: the first person named, else the first pronoun or
     * personal title, else the first organisation named, else whatever comes first; null if nothing.
     */
    private static Candidate subjectAfterVerb(List<Candidate> after) {
        Candidate pronounOrTitle = null;
        Candidate mention = null;
        for (Candidate c : after) {
            if (isPersonMention(c)) return c;
            if (pronounOrTitle == null && (c.form() == Form.PRONOUN || c.form() == Form.PERSON_TITLE)) pronounOrTitle = c;
            if (mention == null && c.form() == Form.MENTION) mention = c;
        }
        if (pronounOrTitle != null) return pronounOrTitle;
        if (mention != null) return mention;
        return after.isEmpty() ? null : after.get(0);
    }

    /** The first person mention that begins at or after {@code from} and ends by {@code to}, the first {@link #candidates} would list, or null. */
    private Mention firstPersonIn(int from, int to) {
        for (int i = firstSpeakerFrom(from); i < speakers.size(); i++) {
            Mention m = speakers.get(i);
            if (m.span().begin() > to) break;
            if (m.span().end() <= to && m.kind() == EntityKind.PERSON) return m;
        }
        return null;
    }

    private static boolean isPersonMention(Candidate c) {
        return c.form() == Form.MENTION && c.mention().kind() == EntityKind.PERSON;
    }

    /** Whether a char of {@code [from, to)} is a letter, each char read on its own as {@code chars()} gives them. */
    private boolean anyLetter(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter((int) text.charAt(i))) return true;
        }
        return false;
    }

    private boolean onlyLinkWords(int from, int to) {
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            if (!SpeechLexicon.LINK_WORDS.contains(SpeechLexicon.lower(w.group()))) return false;
        }
        return true;
    }

    /** Where the subject part after a verb ends: at an audience, place or occasion, or a clause. */
    private int tailOf(int from, int to) {
        int word = SpeechLexicon.firstWord(text, from, to, frameTail);
        int tail = word >= 0 ? word : to;
        for (int i = from; i < tail; i++) {
            // ", who..." or ", durante..." ends the subject; ", Roberto Velasco" is an apposition.
            if (text.charAt(i) == ',') {
                int n = Sentences.skipSpace(text, i + 1, tail);
                if (n < tail && Character.isLowerCase(text.charAt(n))) return i;
            }
        }
        return tail;
    }

    // ---- continuation -------------------------------------------------------------------------

    /**
     * A quotation with no frame continues the remarks of whoever spoke last, when that was in
     * this paragraph or the one before and no other person has become the subject since.
     */
    private Optional<String> continuation(QuoteFinder.Found q) {
        for (int b = q.block(); b >= Math.max(0, q.block() - 1); b--) {
            List<Span> ss = sentencesOf(b);
            for (int i = ss.size() - 1; i >= 0; i--) {
                Span s = ss.get(i);
                if (s.begin() >= q.open()) continue;
                int limit = Math.min(s.end(), q.open());
                Optional<Optional<String>> earlier = earlierQuoteIn(s.begin(), limit);
                if (earlier.isPresent()) return earlier.get();
                Optional<Frame> reported = reportedSpeech(s.begin(), limit);
                if (reported.isPresent()) return reported.get().speaker();
                Optional<String> titled = titleSubject(s.begin(), limit);
                if (titled.isPresent()) return titled;
                if (hasPersonSubject(s.begin(), limit)) return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The speaker given to the last quotation opening in {@code [from, to)}, if one opened there. */
    private Optional<Optional<String>> earlierQuoteIn(int from, int to) {
        for (int i = results.size() - 1; i >= 0; i--) {
            int open = quotes.get(i).open();
            if (open >= from && open < to) return Optional.of(results.get(i));
        }
        return Optional.empty();
    }

    /** The first speech verb of a sentence outside quotations, with its speaker if it has a clear one. */
    private Optional<Frame> reportedSpeech(int from, int to) {
        Matcher verb = SpeechLexicon.findSpeechVerb(text, from, to);
        for (boolean found = verb != null; found; found = verb.find()) {
            if (insideQuote(verb.start())) continue;
            return Optional.of(new Frame(subjectOfVerb(from, verb.start(), verb.end(), to)));
        }
        return Optional.empty();
    }

    /** The holder of a title standing as a subject in {@code [from, to)}: "the Foreign Secretary spoke …". */
    private Optional<String> titleSubject(int from, int to) {
        for (Candidate c : candidates(from, to)) {
            Optional<String> holder = titleHolder(c);
            if (holder.isPresent()) return holder;
        }
        return Optional.empty();
    }

    /**
     * The holder of the title a candidate is, when it stands as a subject: what
     * {@link #titleSubject} finds in the candidate's own stretch, where no other title phrase fits
     * and a mention or pronoun holds none.
     */
    private Optional<String> titleHolder(Candidate c) {
        if (c.form() != Form.PERSON_TITLE || c.generic() || !isSubjectAt(c.begin())) return Optional.empty();
        return personWithTitle(c.title(), c.begin());
    }

    private boolean hasPersonSubject(int from, int to) {
        for (int i = firstSpeakerFrom(from); i < speakers.size() && speakers.get(i).span().begin() < to; i++) {
            if (speakers.get(i).kind() == EntityKind.PERSON && isSubject(speakers.get(i))) return true;
        }
        return false;
    }

    // ---- candidates and their resolution ------------------------------------------------------

    /** Mentions, pronouns and title phrases in {@code [from, to)} outside quotations, in text order. */
    private List<Candidate> candidates(int from, int to) {
        List<Candidate> out = new ArrayList<>();
        for (int i = firstSpeakerFrom(from); i < speakers.size(); i++) {
            Mention m = speakers.get(i);
            if (m.span().begin() > to) break;
            if (m.span().end() <= to) out.add(new Candidate(m.span().begin(), m.span().end(), Form.MENTION, m, null, false));
        }
        for (int p = SpeechLexicon.firstWord(text, from, to, SpeechLexicon.PRONOUNS); p >= 0; ) {
            int end = SpeechLexicon.wordEnd(text, p, to);
            if (!insideQuote(p)) out.add(new Candidate(p, end, Form.PRONOUN, null, null, false));
            p = SpeechLexicon.firstWord(text, end, to, SpeechLexicon.PRONOUNS);
        }
        Matcher t = titlePhrase;
        for (int next = from; SpeechLexicon.findTitlePhrase(t, text, next, to); next = t.end()) {
            int b = t.start();
            int e = t.end();
            if (insideQuote(b) || overlapsMention(out, b, e)) continue;
            String title = SpeechLexicon.singleSpaced(SpeechLexicon.lower(t.group(1)));
            boolean person = t.group(2) != null;
            boolean generic = person && SpeechLexicon.GENERIC_PERSON_HEADS.contains(SpeechLexicon.lower(t.group(2)));
            out.add(new Candidate(b, e, person ? Form.PERSON_TITLE : Form.ORG_TITLE, null, title, generic));
        }
        out.sort(IN_TEXT_ORDER);
        return out;
    }

    /** Whether a mention among {@code found} overlaps {@code [begin, end)}. */
    private static boolean overlapsMention(List<Candidate> found, int begin, int end) {
        for (Candidate c : found) {
            if (c.form() == Form.MENTION && c.begin() < end && begin < c.end()) return true;
        }
        return false;
    }

    private Optional<String> resolve(Candidate c) {
        return switch (c.form()) {
            case MENTION -> Optional.of(c.mention().entityId());
            case PRONOUN -> currentSubject(c.begin(), EntityKind.PERSON);
            case PERSON_TITLE -> c.generic() ? currentSubject(c.begin(), EntityKind.PERSON) : personWithTitle(c.title(), c.begin());
            case ORG_TITLE -> organizationAt(c.begin());
        };
    }

    /** What "the ministry" stands for: the organisation that is the subject, else the last one named. */
    private Optional<String> organizationAt(int at) {
        Optional<String> subject = currentSubject(at, EntityKind.ORGANIZATION);
        return subject.isPresent() ? subject : lastOfKind(at, EntityKind.ORGANIZATION);
    }

    /**
     * The entity the text is about at {@code at}: the latest subject-position mention, or speaker
     * settled on, of the given kind (any speaker kind when null). For a person, falls back to the
     * last person mentioned at all.
     */
    private Optional<String> currentSubject(int at, EntityKind kind) {
        int bestAt = -1;
        String best = null;
        // The latest fitting mention, read backwards; of several that begin there, the first in order.
        for (int i = firstSpeakerFrom(at) - 1; i >= 0; i--) {
            Mention m = speakers.get(i);
            if (best != null && m.span().begin() < bestAt) break;
            if ((kind == null || m.kind() == kind) && isSubject(m)) {
                bestAt = m.span().begin();
                best = m.entityId();
            }
        }
        for (Attribution a : attributions) {
            if (a.at() < at && (kind == null || a.kind() == kind) && a.at() > bestAt) {
                bestAt = a.at();
                best = a.id();
            }
        }
        if (kind != EntityKind.ORGANIZATION) {
            // "The Foreign Secretary spoke about …", "El canciller mexicano explicó …": a title as the
            // subject names the person who holds it, and makes them the subject from there on.
            int from = Math.max(0, at - 1500);
            for (Candidate c : candidates(from, at)) {
                if (c.begin() <= bestAt) continue;
                Optional<String> holder = titleHolder(c);
                if (holder.isPresent()) {
                    bestAt = c.begin();
                    best = holder.get();
                }
            }
        }
        if (best == null && kind == EntityKind.PERSON) return lastOfKind(at, EntityKind.PERSON);
        return Optional.ofNullable(best);
    }

    private Optional<String> lastOfKind(int at, EntityKind kind) {
        for (int i = firstSpeakerFrom(at) - 1; i >= 0; i--) {
            if (speakers.get(i).kind() == kind) return Optional.of(speakers.get(i).entityId());
        }
        return Optional.empty();
    }

    /** The last person before {@code at} who holds {@code title} (or a synonym) or was named with it. */
    private Optional<String> personWithTitle(String title, int at) {
        // The title as written first, its synonyms only when nobody holds it: "the Foreign Secretary"
        // is the one introduced so, not the Guatemalan Foreign Minister named since.
        int before = firstSpeakerFrom(at);
        // A title of no gender fits everyone: their titles need not be read.
        boolean gendered = SpeechLexicon.isGendered(title);
        for (String form : SpeechLexicon.titleForms(title)) {
            for (int i = before - 1; i >= 0; i--) {
                Mention m = speakers.get(i);
                if (m.kind() != EntityKind.PERSON || gendered && !SpeechLexicon.sameGender(title, titlesOf(m.entityId()))) continue;
                if (holdsTitle(m.entityId(), form) || namedWithTitle(m, form)) return Optional.of(m.entityId());
            }
        }
        return Optional.empty();
    }

    private List<String> titlesOf(String id) {
        Entity e = entities.get(id);
        if (e == null) return List.of();
        List<String> titles = new ArrayList<>(e.jobTitles().size());
        for (LangString t : e.jobTitles()) titles.add(SpeechLexicon.lower(t.text()).strip());
        return titles;
    }

    private boolean holdsTitle(String id, String title) {
        Entity e = entities.get(id);
        if (e == null) return false;
        for (LangString jt : e.jobTitles()) {
            String t = SpeechLexicon.singleSpaced(SpeechLexicon.lower(jt.text()).strip());
            if (t.equals(title) || endsWithWords(t, title) || startsWithWords(t, title)) return true;
        }
        return false;
    }

    /** Whether {@code s} ends with a space and {@code words}: {@code s.endsWith(" " + words)}, without building the string. */
    private static boolean endsWithWords(String s, String words) {
        int space = s.length() - words.length() - 1;
        return space >= 0 && s.charAt(space) == ' ' && s.endsWith(words);
    }

    /** Whether {@code s} starts with {@code words} and a space: {@code s.startsWith(words + " ")}, without building the string. */
    private static boolean startsWithWords(String s, String words) {
        return s.length() > words.length() && s.charAt(words.length()) == ' ' && s.startsWith(words);
    }

    private boolean namedWithTitle(Mention m, String title) {
        int from = Math.max(0, m.span().begin() - title.length() - 2);
        String before = SpeechLexicon.lower(text.substring(from, m.span().begin())).strip();
        if (!before.endsWith(title)) return false;
        int at = before.length() - title.length();
        return at == 0 || !Character.isLetter(before.charAt(at - 1));
    }

    /**
     * Whether a mention stands where a subject stands: at a clause start, after only titles and
     * articles ("Foreign Secretary X", "la subsecretaria ..., X"), or right after a speech verb
     * ("said X"); not after a preposition ("under President X", "del canciller X").
     */
    private boolean isSubject(Mention m) {
        return isSubjectAt(m.span().begin());
    }

    private boolean isSubjectAt(int begin) {
        int floor = blockOf(begin).begin();
        int i = begin;
        for (int steps = 0; steps < 12; steps++) {
            while (i > floor && Character.isWhitespace(text.charAt(i - 1))) i--;
            if (i <= floor) return true;
            char c = text.charAt(i - 1);
            if (c == '(') return false;
            if (",;:—–\"“”«»•".indexOf(c) >= 0) return true;
            if (c == '.') {
                int w = i - 1;
                while (w > floor && Character.isLetter(text.charAt(w - 1))) w--;
                String word = SpeechLexicon.lower(text.substring(w, i - 1));
                if (!TITLE_ABBREVIATIONS.contains(word)) return true;
                i = w;
                continue;
            }
            if (!Character.isLetter(c)) return false;
            if (isPossessive(i, floor)) {
                // "Mexico's Foreign Secretary X": the owner is part of the title, not a verb or object.
                i -= 2;
                while (i > floor && Character.isLetter(text.charAt(i - 1))) i--;
                continue;
            }
            int w = i;
            while (w > floor && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) w--;
            String word = text.substring(w, i);
            String lower = SpeechLexicon.lower(word);
            if (SpeechLexicon.PREPOSITIONS.contains(lower)) return false;
            if (SpeechLexicon.isSpeechVerb(word) || SpeechLexicon.CLAUSE_OPENERS.contains(lower)) return true;
            if (!Character.isUpperCase(word.charAt(0)) && !SpeechLexicon.TITLE_WORDS.contains(lower)) return false;
            i = w;
        }
        return false;
    }

    /** Abbreviated titles, whose dot ends no clause: "Dr. X". */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sr", "sra", "lic", "mtro", "mtra",
            "amb", "gen");

    private boolean isPossessive(int end, int floor) {
        return end - 2 > floor && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’');
    }

    // ---- text geometry ------------------------------------------------------------------------

    /** The index of the first speaker that begins at or after {@code from}: the speakers are in text order. */
    private int firstSpeakerFrom(int from) {
        int low = 0;
        int high = speakers.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (speakers.get(mid).span().begin() < from) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private boolean insideQuote(int index) {
        for (QuoteFinder.Found q : quotes) {
            if (q.open() <= index && index <= q.close()) return true;
        }
        return false;
    }

    private int nextQuoteOpen(int from) {
        for (QuoteFinder.Found q : quotes) {
            if (q.open() >= from) return q.open();
        }
        return -1;
    }

    private Span blockOf(int index) {
        for (Span b : blocks) {
            if (b.contains(index)) return b;
        }
        return new Span(0, text.length());
    }

    private List<Span> sentencesOf(int block) {
        List<Span> split = sentences.get(block);
        if (split == null) {
            split = Sentences.split(text, blocks.get(block));
            sentences.set(block, split);
        }
        return split;
    }

    private Span sentenceAt(int block, int index) {
        for (Span s : sentencesOf(block)) {
            if (s.begin() <= index && index < s.end()) return s;
        }
        return new Span(index, index);
    }

    private EntityKind kindOf(String id) {
        Entity e = entities.get(id);
        if (e != null) return e.kind();
        for (Mention m : speakers) {
            if (m.entityId().equals(id)) return m.kind();
        }
        return EntityKind.PERSON;
    }
}
