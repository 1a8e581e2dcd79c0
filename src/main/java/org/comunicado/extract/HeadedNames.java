package org.comunicado.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comunicado.ingest.Span;
import org.comunicado.model.Slugs;

/**
 * The rules organisations and programmes share: known names from the reference lists,
 * definitions ("Long Name (ACRONYM)", "Name (Translation)"), capitalised phrases with a head noun
 * of the kind, and short forms seen alone after their definition. Immutable and thread-safe;
 * {@link OrganizationExtractor} and {@link ProgramExtractor} each hold one, configured for their kind.
 */
final class HeadedNames {

    /** @param id null for a name known neither from the reference nor from a definition ({@link #idOf}) */
    private record Candidate(Span span, String id, Optional<KnownEntity> known, EntityCollector.Form form, int priority) {
    }

    private final EntityKind kind;
    private final Gazetteer gazetteer;
    /** The lists of the known entities of the kind, the only known ones its names are resolved to. */
    private final EntityCollector.KnownLists knownLists;
    /** Every known name, of any kind: a definition may define a known body of another kind. */
    private final Gazetteer allNames;

    HeadedNames(EntityKind kind, Reference reference) {
        this.kind = kind;
        List<KnownEntity> ofKind = reference.entities().stream().filter(e -> e.kind() == kind).toList();
        this.gazetteer = new Gazetteer(ofKind);
        this.knownLists = new EntityCollector.KnownLists(ofKind);
        this.allNames = new Gazetteer(reference.entities());
    }

    /**
     * A definition as {@link #resolve} reads it, with the kind of what it defines (null for neither
     * kind), and the text of its long name and short form, cut out once for both kinds' rules.
     */
    private record Classified(Resolved resolved, EntityKind kind, String longName, String shortForm) {
    }

    /** A capitalised phrase, or the part of one, that a head noun makes an organisation's or a programme's name. */
    private record Headed(Span span, EntityKind kind) {
    }

    /** A token that spells a form some definition of the release defines. */
    private record Defined(Span span, String form) {
    }

    /**
     * What the organisation and the programme rules both read in one release, worked out once for
     * both: the definitions, resolved and classified; each block's headed phrases; and each block's
     * tokens that spell a defined form.
     */
    record Analysis(List<Classified> definitions, List<List<Headed>> headedByBlock, List<List<Defined>> definedByBlock) {
    }

    /** The release's definitions and phrases, analysed the same way whichever kind of name is wanted. */
    Analysis analyse(String text, List<Block> blocks, List<Definitions.Definition> definitions) {
        List<Classified> classified = new ArrayList<>(definitions.size());
        for (Definitions.Definition given : definitions) {
            Resolved resolved = resolve(text, blocks, given);
            Optional<KnownEntity> known = resolved.known();
            Definitions.Definition d = resolved.definition();
            classified.add(new Classified(resolved, known.isPresent() ? known.get().kind() : classify(text, given),
                    d.longName().of(text), d.shortForm().of(text)));
        }
        List<List<Headed>> headedByBlock = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Headed> headed = List.of();
            if (!block.titleCase()) {
                List<List<Words.Token>> phrases = block.phrases();
                for (int i = 0; i < phrases.size(); i++) {
                    List<Words.Token> phrase = phrases.get(i);
                    // Most phrases hold no head noun: they name no body or programme, nor begin a list that does.
                    if (!Heads.hasHead(phrase)) continue;
                    List<Words.Token> joined = i + 1 < phrases.size() ? joinedWithList(text, phrase, phrases.get(i + 1)) : null;
                    if (joined != null) i++;
                    headed = addHeaded(text, joined != null ? joined : phrase, headed);
                }
            }
            headedByBlock.add(headed);
        }
        return new Analysis(classified, headedByBlock, definedTokens(text, blocks, classified));
    }

    /**
     * {@code out} with the parts of a capitalised phrase (one that holds a head noun) that a head
     * noun makes names added: the empty list is replaced by one that grows, as most blocks have none.
     */
    private static List<Headed> addHeaded(String text, List<Words.Token> phrase, List<Headed> out) {
        List<List<Words.Token>> parts = splitAtConjunction(Phrases.trimLeading(phrase));
        for (int i = 0; i < parts.size(); i++) {
            List<Words.Token> part = afterTitle(parts.get(i));
            if (part.isEmpty()) continue;
            if (!hasTwoCapitals(part)) continue;
            Optional<EntityKind> k = Heads.kindUnlessInstrument(part);
            if (k.isEmpty()) continue;
            if (out.isEmpty()) out = new ArrayList<>();
            out.add(new Headed(withoutPossessive(text, Phrases.span(part)), k.get()));
        }
        return out;
    }

    /** {@link Words#withoutPossessive}, which cuts the span's text out, asked only of a span that ends as a possessive may. */
    private static Span withoutPossessive(String text, Span span) {
        char last = text.charAt(span.end() - 1);
        return last == 's' || last == '\'' || last == '’' ? Words.withoutPossessive(text, span) : span;
    }

    /** Short forms and names defined somewhere in the release, seen again on their own. */
    private static List<List<Defined>> definedTokens(String text, List<Block> blocks, List<Classified> definitions) {
        // A release that defines nothing has no defined form to find: its tokens need not be read.
        if (definitions.isEmpty()) return java.util.Collections.nCopies(blocks.size(), List.of());
        // A token spells one form at most, the same wherever it stands in the array: a form given twice needs no set.
        String[] defined = new String[2 * definitions.size()];
        for (int i = 0; i < definitions.size(); i++) {
            defined[2 * i] = definitions.get(i).longName();
            defined[2 * i + 1] = definitions.get(i).shortForm();
        }
        // A bit for each form's hash (modulo 64): most tokens are turned away by the hash they carry, their text unread.
        long hashBits = 0;
        boolean capitalised = true;
        for (String form : defined) {
            hashBits |= 1L << form.hashCode();
            capitalised &= !form.isEmpty() && Character.isUpperCase(form.charAt(0));
        }
        List<List<Defined>> definedByBlock = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Defined> seen = List.of();
            // Forms that all begin with a capital, as nearly all do, are spelt only by capitalised
            // tokens, which all stand in the block's phrases: the other tokens need not be read.
            List<List<Words.Token>> runs = capitalised ? block.phrases() : List.of(block.tokens());
            for (int r = 0; r < runs.size(); r++) {
                List<Words.Token> run = runs.get(r);
                for (int i = 0; i < run.size(); i++) {
                    Words.Token t = run.get(i);
                    if ((hashBits & 1L << t.textHash()) == 0) continue;
                    for (String form : defined) {
                        if (form.hashCode() == t.textHash() && t.spells(form)) {
                            if (seen.isEmpty()) seen = new ArrayList<>();
                            seen.add(new Defined(t.span(), form));
                            break;
                        }
                    }
                }
            }
            definedByBlock.add(seen);
        }
        return definedByBlock;
    }

    EntityFindings extract(String text, String language, List<Block> blocks, List<Definitions.Definition> definitions,
                           List<Mention> taken) {
        return extract(text, language, blocks, analyse(text, blocks, definitions), taken);
    }

    /** @param analysis of these blocks and this release's definitions, by this or the other kind's {@code HeadedNames} */
    EntityFindings extract(String text, String language, List<Block> blocks, Analysis analysis, List<Mention> taken) {
        List<Candidate> candidates = new ArrayList<>();
        ByText<Candidate> learnt = new ByText<>();
        // A name the reference does not know is often named (and defined) again: its slug is made once.
        ByText<String> unknownIds = new ByText<>();
        for (int i = 0; i < analysis.definitions().size(); i++) {
            Classified c = analysis.definitions().get(i);
            if (c.kind() != kind) continue;
            Definitions.Definition d = c.resolved().definition();
            Optional<KnownEntity> known = c.resolved().known();
            String id = known.isPresent() ? known.get().id() : unknownId(c.longName(), unknownIds);
            Candidate longForm = new Candidate(d.longName(), id, known, EntityCollector.Form.NAME, 0);
            Candidate shortForm = new Candidate(d.shortForm(), id, known,
                    d.acronym() ? EntityCollector.Form.ACRONYM : EntityCollector.Form.TRANSLATION, 0);
            candidates.add(longForm);
            candidates.add(shortForm);
            learnt.put(c.longName(), longForm);
            learnt.put(c.shortForm(), shortForm);
        }
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Gazetteer.Hit> hits = gazetteer.find(text, block.wordStarts());
            for (int i = 0; i < hits.size(); i++) {
                Gazetteer.Hit hit = hits.get(i);
                boolean acronym = hit.entity().acronyms().contains(hit.form());
                candidates.add(new Candidate(hit.span(), hit.entity().id(), Optional.of(hit.entity()),
                        acronym ? EntityCollector.Form.ACRONYM : EntityCollector.Form.NAME, 1));
            }
            List<Headed> headedPhrases = analysis.headedByBlock().get(b);
            for (int i = 0; i < headedPhrases.size(); i++) {
                Headed headed = headedPhrases.get(i);
                if (headed.kind() != kind) continue;
                Span span = headed.span();
                // A phrase that is exactly a known name ends in no other known name: the search for one is spared.
                Gazetteer.Hit exact = gazetteer.exactly(text, span);
                if (exact == null && endsInKnownName(text, block, span)) continue;
                Candidate defined = learnt.at(text, span);
                if (defined != null) {
                    // Named in the headline before the body defines it with its acronym.
                    candidates.add(new Candidate(span, defined.id, defined.known, defined.form, 1));
                    continue;
                }
                Optional<KnownEntity> known = exact == null ? Optional.empty() : Optional.of(exact.entity());
                candidates.add(new Candidate(span, known.map(KnownEntity::id).orElse(null), known, EntityCollector.Form.NAME, 1));
            }
            List<Defined> definedTokens = analysis.definedByBlock().get(b);
            for (int i = 0; i < definedTokens.size(); i++) {
                Defined t = definedTokens.get(i);
                Candidate c = learnt.get(t.form());
                if (c != null) candidates.add(new Candidate(t.span(), c.id, c.known, c.form, 1));
            }
        }
        return resolve(text, language, candidates, taken, unknownIds);
    }

    /**
     * Values by the text they were given for, the last given for a text winning: the candidates of
     * a release's definitions by their long names and short forms, the ids of its unknown names. A
     * release has a handful of each: they are walked rather than hashed, and a span of the text is
     * compared with them in place rather than cut out.
     */
    private static final class ByText<V> {
        private final List<String> texts = new ArrayList<>();
        private final List<V> values = new ArrayList<>();

        void put(String text, V value) {
            texts.add(text);
            values.add(value);
        }

        V get(String text) {
            for (int i = texts.size() - 1; i >= 0; i--) {
                if (texts.get(i).equals(text)) return values.get(i);
            }
            return null;
        }

        /** {@link #get} of the text at {@code span} of {@code text}, compared in place. */
        V at(String text, Span span) {
            for (int i = texts.size() - 1; i >= 0; i--) {
                String key = texts.get(i);
                if (key.length() == span.length() && text.startsWith(key, span.begin())) return values.get(i);
            }
            return null;
        }
    }

    /** The id of the unknown name, made the first time it is asked for. */
    private String unknownId(String name, ByText<String> unknownIds) {
        String id = unknownIds.get(name);
        if (id == null) unknownIds.put(name, id = idOf(name));
        return id;
    }

    /** The id of an unknown name: made only for the candidates accepted, not for every headed phrase. */
    private String idOf(String name) {
        return kind.path() + "/" + Slugs.slug(name);
    }

    /** Definitions first, then the longest, then in text order: compared field by field, as every release sorts many. */
    private static int bestFirst(Candidate a, Candidate b) {
        if (a.priority != b.priority) return Integer.compare(a.priority, b.priority);
        if (a.span.length() != b.span.length()) return Integer.compare(b.span.length(), a.span.length());
        return a.span.compareTo(b.span);
    }

    /** @param unknownIds the ids of unknown names made so far, by name */
    private EntityFindings resolve(String text, String language, List<Candidate> candidates, List<Mention> taken,
                                   ByText<String> unknownIds) {
        candidates.sort(HeadedNames::bestFirst);
        TakenSpans used = TakenSpans.of(taken);
        EntityCollector collector = new EntityCollector(kind, language, text, knownLists);
        List<Candidate> accepted = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (used.overlapsAny(c.span)) continue;
            used.add(c.span);
            accepted.add(c);
        }
        accepted.sort((x, y) -> x.span.compareTo(y.span));
        for (int i = 0; i < accepted.size(); i++) {
            Candidate c = accepted.get(i);
            String id = c.id;
            if (id == null) {
                id = unknownIds.at(text, c.span);
                if (id == null) id = unknownId(c.span.of(text), unknownIds);
            }
            collector.mention(c.span, id, c.known, c.form);
        }
        return collector.result();
    }

    /**
     * "According to the International Organization for Migration": the phrase ends in a known name
     * and what comes before it names nothing of its own (no head noun), so the known name alone is
     * the mention. "Permanent Mission of Mexico to the United Nations" keeps its own head noun.
     */
    private boolean endsInKnownName(String text, Block block, Span span) {
        List<Gazetteer.Hit> hits = gazetteer.find(text, block.wordStarts(), span);
        for (int i = 0; i < hits.size(); i++) {
            Gazetteer.Hit hit = hits.get(i);
            if (hit.span().end() == span.end() && hit.span().begin() > span.begin()) {
                return Heads.kindOf(Words.tokens(text, new Span(span.begin(), hit.span().begin()))).isEmpty();
            }
        }
        return false;
    }

    /**
     * "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "Ministry of Economy, Trade
     * and Industry": a body whose name lists its portfolios, commas included. A phrase with a head
     * noun joins the next one when only ", " separates them and that one ends the list with "y"/"and".
     *
     * @return the two phrases joined, or null when {@code next} does not end {@code phrase}'s list
     */
    private List<Words.Token> joinedWithList(String text, List<Words.Token> phrase, List<Words.Token> next) {
        int end = phrase.get(phrase.size() - 1).end();
        boolean onlyComma = next.get(0).begin() == end + 2 && text.startsWith(", ", end);
        if (!onlyComma || !endsList(next) || startsWithCountry(text, next)) return null;
        List<Words.Token> joined = new ArrayList<>(phrase);
        joined.addAll(next);
        return joined;
    }

    private static boolean endsList(List<Words.Token> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (isConjunction(phrase.get(i))) return true;
        }
        return false;
    }

    /** "and" or "y", read in place: asked of the words of every headed phrase. */
    private static boolean isConjunction(Words.Token t) {
        return t.spells("and") || t.spells("y");
    }

    private static boolean hasTwoCapitals(List<Words.Token> phrase) {
        int capitals = 0;
        for (int i = 0; i < phrase.size(); i++) {
            if (phrase.get(i).capitalized() && ++capitals == 2) return true;
        }
        return false;
    }

    /** "…, Mexico and Canada agreed": a list of countries after a body's name is not part of it. */
    private boolean startsWithCountry(String text, List<Words.Token> phrase) {
        int begin = phrase.get(0).begin();
        return allNames.find(text, Phrases.span(phrase)).stream()
                .anyMatch(h -> h.span().begin() == begin && h.entity().kind() == EntityKind.COUNTRY);
    }

    /**
     * "Mexico's Permanent Representative to the United Nations Office": a person's title before the
     * head noun is not part of the body's name, which starts after it.
     */
    private static List<Words.Token> afterTitle(List<Words.Token> phrase) {
        int head = -1;
        for (int i = 0; i < phrase.size(); i++) {
            if (Heads.kindOf(phrase.get(i)).isPresent()) {
                head = i;
                break;
            }
        }
        for (int i = head - 1; i >= 0; i--) {
            if (Heads.isPersonTitle(phrase.get(i))) {
                return Phrases.trimLeading(phrase.subList(i + 1, phrase.size()));
            }
        }
        return phrase;
    }

    private record Resolved(Definitions.Definition definition, Optional<KnownEntity> known) {
    }

    /** Which known entity, of any kind, a definition defines, if any; and its name's true extent. */
    private Resolved resolve(String text, List<Block> blocks, Definitions.Definition d) {
        Optional<KnownEntity> byLongName = knownExactly(allNames, text, d.longName());
        // A long name that is exactly a known name ends in no other: the search for a known tail is spared.
        if (byLongName.isPresent()) return new Resolved(d, byLongName);
        Optional<KnownEntity> known = knownExactly(allNames, text, d.shortForm());
        Optional<Gazetteer.Hit> tail = knownTail(text, blocks, d.longName());
        // "Executive Director of UN Women (ONU Mujeres)": the name defined is the known one the phrase ends with.
        if (tail.isPresent() && (known.isEmpty() || tail.get().entity().id().equals(known.get().id()))) {
            return new Resolved(new Definitions.Definition(tail.get().span(), d.shortForm(), d.acronym()), Optional.of(tail.get().entity()));
        }
        return new Resolved(d, known);
    }

    /** The known name a phrase ends with, when the words before it name nothing themselves. */
    private Optional<Gazetteer.Hit> knownTail(String text, List<Block> blocks, Span span) {
        for (Gazetteer.Hit hit : findIn(allNames, text, blocks, span)) {
            if (hit.span().end() == span.end() && hit.span().begin() > span.begin()
                    && Heads.kindOf(Words.tokens(text, new Span(span.begin(), hit.span().begin()))).isEmpty()) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    /** The hits of {@code gazetteer} in {@code span}, found from the words of the block it lies in rather than by reading it again. */
    private static List<Gazetteer.Hit> findIn(Gazetteer gazetteer, String text, List<Block> blocks, Span span) {
        for (Block block : blocks) {
            if (block.span().contains(span)) return gazetteer.find(text, block.wordStarts(), span);
        }
        return gazetteer.find(text, span);
    }

    /** A reference entry whose surface form is exactly this span. */
    private static Optional<KnownEntity> knownExactly(Gazetteer gazetteer, String text, Span span) {
        Gazetteer.Hit hit = gazetteer.exactly(text, span);
        return hit == null ? Optional.empty() : Optional.of(hit.entity());
    }

    /** What an unknown definition names: the head noun decides; a bare acronym is an organisation, a bare translation a programme. */
    static EntityKind classify(String text, Definitions.Definition d) {
        List<Words.Token> longName = Words.tokens(text, d.longName());
        if (Heads.isInstrument(longName)) return null;
        Optional<EntityKind> byHead = Heads.kindOf(longName);
        if (byHead.isEmpty() && !d.acronym()) byHead = Heads.kindOf(Words.tokens(text, d.shortForm()));
        return byHead.orElse(d.acronym() ? EntityKind.ORGANIZATION : EntityKind.PROGRAM);
    }

    private static final Lexicon DETERMINERS = Lexicon.of(Set.of("the", "la", "el", "los", "las"));

    /**
     * "Senate Political Coordination Board and Senate Foreign Relations Committees" names two bodies,
     * and so does "X and the Y"; "Latin American and Caribbean Space Agency" names one.
     */
    private static List<List<Words.Token>> splitAtConjunction(List<Words.Token> phrase) {
        for (int i = 1; i < phrase.size() - 1; i++) {
            if (isConjunction(phrase.get(i))) {
                List<Words.Token> left = phrase.subList(0, i);
                List<Words.Token> right = phrase.subList(i + 1, phrase.size());
                boolean newPhrase = DETERMINERS.contains(right.get(0));
                if (newPhrase) right = Phrases.trimLeading(right);
                if (right.isEmpty()) break;
                if (newPhrase || Heads.kindOf(left).isPresent() && Heads.kindOf(right).isPresent() && left.size() >= 2) {
                    List<List<Words.Token>> out = new ArrayList<>(List.of(left));
                    out.addAll(splitAtConjunction(right));
                    return out;
                }
            }
        }
        return List.of(phrase);
    }
}
