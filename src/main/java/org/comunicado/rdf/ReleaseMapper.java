package org.comunicado.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.langtagx.LangTagX;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.comunicado.extract.Claim;
import org.comunicado.extract.Entity;
import org.comunicado.extract.EntityKind;
import org.comunicado.extract.Findings;
import org.comunicado.extract.LangString;
import org.comunicado.extract.Mention;
import org.comunicado.extract.Pipeline;
import org.comunicado.extract.Quantity;
import org.comunicado.extract.Quotation;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;
import org.comunicado.model.Cmo;
import org.comunicado.model.Iris;
import org.comunicado.model.Nif;
import org.comunicado.model.Schema;

/**
 * The one place that knows the RDF shape of a release (see the README's "RDF model"): turns the
 * findings of one release into the triples of its named graph. No blank nodes; every IRI is
 * minted from content, so the same findings always give the same triples. Thread-safe.
 */
public final class ReleaseMapper {

    /**
     * A release's named graph: its name, the release IRI, and its triples, each once, in the order
     * the mapper emits them (the same for the same findings; the stores sort them when they write).
     */
    public record ReleaseGraph(String slug, Node graphName, Node release, List<Triple> triples) {
    }

    private final Iris iris;

    public ReleaseMapper(Iris iris) {
        this.iris = iris;
    }

    public ReleaseGraph map(Findings f, String slug) {
        Node release = iris.release(slug);
        Mapping m = new Mapping(f, release);
        m.release();
        m.highlights();
        m.entities();
        m.mentions();
        m.quotations();
        m.claims();
        // The list is this call's own: wrapped, not copied.
        return new ReleaseGraph(slug, iris.releaseGraph(slug), release, Collections.unmodifiableList(m.out));
    }

    /**
     * The triples of one release, section by section: each section is its own method, which
     * also keeps each small enough for the JIT to compile quickly.
     */
    private final class Mapping {
        private final Findings f;
        private final Release r;
        private final String text;
        private final String lang;
        private final Node release;
        private final Offsets offsets;
        private final Node context;
        /** The code-point length of the text: the end of the context, and of a phrase spanning all of it. */
        private final int textEnd;
        private final Node publisher;
        private final List<Triple> out;
        private final Emitter e;
        private final Map<String, Node> entityNodes;
        private final PhraseNodes phrases;
        private final Map<String, Node> plainLiterals;

        Mapping(Findings f, Node release) {
            this.f = f;
            this.r = f.release();
            this.text = r.text();
            this.lang = r.language();
            this.release = release;
            this.offsets = new Offsets(text);
            this.textEnd = offsets.cp(text.length());
            this.context = Iris.charSpan(release, 0, textEnd);
            int phrases = phrasesAskedFor(f);
            this.out = new ArrayList<>(expectedTriples(f, phrases));
            this.e = new Emitter(out, Emitter.expectedChecks(f, offsets.bmp));
            this.entityNodes = new HashMap<>(2 * f.entities().size());
            this.phrases = new PhraseNodes(phrases);
            this.plainLiterals = new HashMap<>(2 * phrases);
            this.publisher = iris.entity(f.publisherId().orElse(Pipeline.DEFAULT_PUBLISHER));
        }

        /**
         * The release and its context. Their triples are new: no two have the same predicate and
         * object, and the later sections give the release other predicates; only a phrase
         * spanning the whole text has the context as subject, and {@link #phrase} leaves out the
         * offsets the context has.
         */
        void release() {
            e.addNew(release, RDF.type.asNode(), Cmo.PressRelease);
            e.addNew(release, RDF.type.asNode(), Schema.Article);
            e.addNew(release, DCTerms.title.asNode(), langLiteral(r.titleText(), lang));
            r.issued().ifPresent(d -> e.addNew(release, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            r.number().ifPresent(n -> e.addNew(release, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(n)));
            e.addNew(release, DCTerms.language.asNode(), NodeFactory.createLiteralString(lang));
            e.addNew(release, DCTerms.publisher.asNode(), publisher);
            e.addNew(release, DCTerms.source.asNode(), NodeFactory.createURI(r.source()));
            e.addNew(release, Cmo.context, context);

            e.addNew(context, RDF.type.asNode(), Nif.Context);
            e.addNew(context, Nif.isString, NodeFactory.createLiteralString(text));
            e.addNew(context, Nif.beginIndex, index(0));
            e.addNew(context, Nif.endIndex, index(textEnd));
            e.addNew(context, Nif.sourceUrl, NodeFactory.createURI(r.source()));
        }

        void highlights() {
            int position = 0;
            for (Span h : r.highlights()) {
                Node item = Iris.child(release, "highlight", ++position);
                String words = h.of(text);
                Node wordsLiteral = langLiteral(words, lang);
                e.add(release, Cmo.highlight, wordsLiteral);
                e.addNew(release, Cmo.hasHighlight, item);
                e.addNew(item, RDF.type.asNode(), Cmo.Highlight);
                e.addNew(item, Cmo.position, number(BigDecimal.valueOf(position)));
                e.addNew(item, Schema.text, wordsLiteral);
                e.addNew(item, Schema.isPartOf, release);
                e.addNew(item, Cmo.evidence, phrase(h, words));
            }
        }

        void entities() {
            for (Entity entity : f.entities()) {
                Node node = entityNode(entity.id());
                e.add(release, Schema.mentions, node);
                entity(node, entity);
            }
        }

        /**
         * Links each mention's phrase to its entity and type. Those triples repeat only between
         * mentions of one phrase, which in text order come one after the other, so each mention
         * is compared with those of its phrase before it instead of every link being hashed.
         * Where two spans may share a phrase without being next to each other (a text with
         * surrogate pairs, whose spans could split one) the links are checked in the set.
         */
        void mentions() {
            List<Mention> mentions = inTextOrder(f.mentions());
            int run = 0;
            Node runPhrase = null;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                Node phrase = phrase(m.span(), null);
                if (phrase != runPhrase) {
                    run = i;
                    runPhrase = phrase;
                }
                Node entity = entityNode(m.entityId());
                Node type = typeOf(m.kind());
                if (!offsets.bmp) {
                    e.add(phrase, Nif.taIdentRef, entity);
                    e.add(phrase, Nif.taClassRef, type);
                    continue;
                }
                if (!namedBefore(mentions, run, i)) e.addNew(phrase, Nif.taIdentRef, entity);
                if (!typedBefore(mentions, run, i)) e.addNew(phrase, Nif.taClassRef, type);
            }
        }

        // Quotations, claims and their quantities have IRIs of their own, numbered here, so their
        // triples are new; only the list-valued "about" of a claim can repeat.

        void quotations() {
            int n = 0;
            for (Quotation q : f.quotations()) {
                Node quote = statement("quote", ++n, Schema.Quotation, q.text(), Schema.isPartOf);
                q.speakerId().ifPresent(s -> e.addNew(quote, Schema.creator, entityNode(s)));
            }
        }

        void claims() {
            int n = 0;
            for (Claim c : f.claims()) {
                Node claim = statement("claim", ++n, Schema.Claim, c.text(), Schema.appearance);
                e.addNew(claim, Schema.author, c.authorId().map(this::entityNode).orElse(publisher));
                // A claim's IRI is its own, so only its own list can repeat an entity.
                List<String> about = c.aboutIds();
                for (int i = 0; i < about.size(); i++)
                    if (about.indexOf(about.get(i)) == i) e.addNew(claim, Schema.about, entityNode(about.get(i)));
                int k = 0;
                for (Quantity q : c.quantities())
                    quantity(claim, Iris.child(claim, "quantity", ++k), q);
            }
        }

        /** The {@code n}th quotation or claim: its type, its words, the release it is in, and its evidence. */
        private Node statement(String kind, int n, Node type, Span words, Node inRelease) {
            Node node = Iris.child(release, kind, n);
            e.addNew(node, RDF.type.asNode(), type);
            String wordsText = words.of(text);
            e.addNew(node, Schema.text, langLiteral(wordsText, lang));
            e.addNew(node, inRelease, release);
            e.addNew(node, Cmo.evidence, phrase(words, wordsText));
            return node;
        }

        private void quantity(Node claim, Node value, Quantity q) {
            e.addNew(claim, Cmo.quantity, value);
            e.addNew(value, RDF.type.asNode(), Schema.QuantitativeValue);
            e.addNew(value, Schema.value, number(q.value()));
            e.addNew(value, Schema.unitText, plain(q.unit()));
            e.addNew(value, Schema.description, plain(q.description()));
            e.addNew(value, Cmo.evidence, phrase(q.span(), q.span().of(text)));
            q.qualifier().ifPresent(x -> e.addNew(value, Cmo.qualifier, plain(x)));
            q.comparedTo().ifPresent(x -> e.addNew(value, Cmo.comparedTo, plain(x)));
            q.direction().ifPresent(x -> e.addNew(value, Cmo.direction, plain(x.label())));
        }

        private void entity(Node node, Entity entity) {
            e.add(node, RDF.type.asNode(), typeOf(entity.kind()));
            switch (entity.kind()) {
                case PERSON -> {
                    named(node, plain(entity.name()));
                    for (LangString t : entity.jobTitles())
                        e.add(node, Schema.jobTitle, literal(t));
                }
                case COUNTRY -> {
                    for (LangString nm : entity.names())
                        named(node, literal(nm));
                    entity.code().ifPresent(c -> e.add(node, Schema.identifier, plain(c)));
                }
                default -> {
                    LangString primary = primaryName(entity);
                    named(node, literal(primary));
                    for (LangString nm : entity.names())
                        if (!nm.equals(primary)) e.add(node, Schema.alternateName, literal(nm));
                    for (String a : entity.acronyms())
                        e.add(node, Schema.alternateName, plain(a));
                }
            }
            for (String a : entity.altLabels())
                e.add(node, SKOS.altLabel.asNode(), plain(a));
        }

        /** An entity's name, given as both its schema:name and its label. */
        private void named(Node node, Node name) {
            e.add(node, Schema.name, name);
            e.add(node, RDFS.label.asNode(), name);
        }

        /** The entity's name among its names, with that name's language, else in the release's language. */
        private LangString primaryName(Entity entity) {
            for (LangString nm : entity.names())
                if (nm.text().equals(entity.name())) return nm;
            return new LangString(entity.name(), lang);
        }

        /**
         * An entity's IRI, made once per release: an entity is named by many mentions and claims,
         * and one node hashes its IRI once for the duplicate check, not once a triple.
         */
        private Node entityNode(String id) {
            Node node = entityNodes.get(id);
            if (node == null) {
                node = iris.entity(id);
                entityNodes.put(id, node);
            }
            return node;
        }

        /**
         * The plain literal of {@code s}, made once per release: a release repeats the words of
         * its names, and the units and descriptions of its figures, and a literal checks its
         * text against the datatype when it is made.
         */
        private Node plain(String s) {
            return plainLiterals.computeIfAbsent(s, NodeFactory::createLiteralString);
        }

        /**
         * The phrase of {@code span}, described the first time it is asked for (a span that is
         * the evidence of several findings, a mention and a figure say, is described once), the
         * same node after.
         *
         * @param words the span's text when the caller has it, which the anchor then shares with
         *              the caller's literal: one string, hashed once for both; else null, and the
         *              text is cut only for a new phrase
         */
        private Node phrase(Span span, String words) {
            int b = offsets.cp(span.begin());
            int end = offsets.cp(span.end());
            Node known = phrases.get(b, end);
            if (known != null) return known;
            Node phrase = Iris.charSpan(release, b, end);
            phrases.put(b, end, phrase);
            // Only this method describes a phrase, once per span, so its triples are new; except
            // the offsets of a phrase that spans the whole text, which is the context described before.
            e.addNew(phrase, RDF.type.asNode(), Nif.Phrase);
            e.addNew(phrase, Nif.referenceContext, context);
            if (b != 0 || end != textEnd) {
                e.addNew(phrase, Nif.beginIndex, index(b));
                e.addNew(phrase, Nif.endIndex, index(end));
            }
            e.addNew(phrase, Nif.anchorOf, plain(words != null ? words : span.of(text)));
            return phrase;
        }
    }

    /** How many phrases mapping {@code f} asks for at most: one for each finding with evidence. */
    private static int phrasesAskedFor(Findings f) {
        int phrases = f.mentions().size() + f.release().highlights().size() + f.quotations().size();
        for (Claim c : f.claims())
            phrases += 1 + c.quantities().size();
        return phrases;
    }

    /**
     * About how many triples mapping {@code f} makes, a few more rather than fewer, so that their
     * list seldom grows: five for each phrase and a few for each finding (on the synthetic
     * corpus the count is within a few percent of this).
     */
    private static int expectedTriples(Findings f, int phrases) {
        int quantities = 0;
        for (Claim c : f.claims())
            quantities += c.quantities().size();
        int statements = f.quotations().size() + f.claims().size();
        int estimate = 14 + 5 * phrases + 2 * f.mentions().size() + 8 * f.entities().size()
                + 2 * f.release().highlights().size() + 4 * statements + 6 * quantities;
        return estimate + estimate / 16;
    }

    /** {@code mentions} if they are in text order, as the findings give them, else a sorted copy. */
    private static List<Mention> inTextOrder(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i - 1).compareTo(mentions.get(i)) > 0) {
                List<Mention> sorted = new ArrayList<>(mentions);
                sorted.sort(null);
                return sorted;
            }
        }
        return mentions;
    }

    /** Whether a mention of the run from {@code run} to {@code i} names the entity mention {@code i} names. */
    private static boolean namedBefore(List<Mention> mentions, int run, int i) {
        String id = mentions.get(i).entityId();
        for (int j = run; j < i; j++)
            if (mentions.get(j).entityId().equals(id)) return true;
        return false;
    }

    /** Whether a mention of the run from {@code run} to {@code i} is of the kind of mention {@code i}. */
    private static boolean typedBefore(List<Mention> mentions, int run, int i) {
        EntityKind kind = mentions.get(i).kind();
        for (int j = run; j < i; j++)
            if (mentions.get(j).kind() == kind) return true;
        return false;
    }

    static Node typeOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> Schema.Person;
            case ORGANIZATION -> Schema.Organization;
            case COUNTRY -> Schema.Country;
            case PROGRAM -> Cmo.Program;
            case PLACE -> Schema.Place;
        };
    }

    /** A whole number as xsd:integer, any other as xsd:decimal, without trailing zeros either way. */
    static Node number(BigDecimal v) {
        // Most figures are whole numbers of scale 0, which have no trailing zeros to strip.
        BigDecimal s = v.scale() == 0 ? v : v.stripTrailingZeros();
        // With a scale of 0 or below, the plain string is the integer's digits, as many as the
        // precision less the scale.
        if (s.scale() <= 0 && s.signum() >= 0 && s.precision() - s.scale() <= SMALL_INTEGER_DIGITS)
            return SMALL_INTEGERS[s.intValue()];
        return NodeFactory.createLiteralDT(s.toPlainString(), s.scale() <= 0 ? XSDDatatype.XSDinteger : XSDDatatype.XSDdecimal);
    }

    /** Figures and positions below 1000 are two in five: their xsd:integer literals are made once. */
    private static final int SMALL_INTEGER_DIGITS = 3;
    private static final Node[] SMALL_INTEGERS = new Node[1000];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++)
            SMALL_INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node index(int i) {
        return i < SMALL_INDEXES.length ? SMALL_INDEXES[i] : indexLiteral(i);
    }

    /** Offsets and positions are mostly small: their literals are made once (nodes are immutable). */
    private static final Node[] SMALL_INDEXES = java.util.stream.IntStream.range(0, 8192)
            .mapToObj(ReleaseMapper::indexLiteral).toArray(Node[]::new);

    private static Node indexLiteral(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    /**
     * The language tags of the corpus, as Jena formats them. {@link NodeFactory#createLiteralLang}
     * parses and formats the tag of every literal it makes, a tenth of this mapper's time; a tag
     * formatted here once is passed to the factory that takes it as it is.
     */
    private static final Map<String, String> FORMATTED_TAGS = Map.of(
            "en", LangTagX.formatLanguageTag("en"),
            "es", LangTagX.formatLanguageTag("es"));

    static Node langLiteral(String s, String lang) {
        String tag = FORMATTED_TAGS.get(lang);
        return tag != null
                ? NodeFactory.createLiteralDirLang(s, tag, Node.noTextDirection)
                : NodeFactory.createLiteralLang(s, lang);
    }

    private static Node literal(LangString s) {
        return s.lang().isEmpty() ? NodeFactory.createLiteralString(s.text()) : langLiteral(s.text(), s.lang());
    }

    /** Collects triples once each, in the order they are emitted. */
    private static final class Emitter {
        private final List<Triple> out;
        private final TripleSet seen;

        /** @param expectedChecks about how many triples {@link #add} will be given */
        Emitter(List<Triple> out, int expectedChecks) {
            this.out = out;
            this.seen = new TripleSet(expectedChecks);
        }

        /**
         * About how many triples of a release can repeat, and so are checked: a highlight's words,
         * a few for each entity, and the links of mentions in a text whose offsets
         * {@link Mapping#mentions} cannot compare. An estimate that sizes the set so that it
         * seldom grows.
         *
         * @param bmp whether the text has no surrogate pairs
         */
        static int expectedChecks(Findings f, boolean bmp) {
            int links = bmp ? 0 : 2 * f.mentions().size();
            return f.release().highlights().size() + 6 * f.entities().size() + links;
        }

        /** Adds a triple unless it was added before; answers whether it did. */
        boolean add(Node s, Node p, Node o) {
            Triple t = Triple.create(s, p, o);
            if (!seen.add(t)) return false;
            out.add(t);
            return true;
        }

        /** Adds a triple that cannot have been added before. */
        void addNew(Node s, Node p, Node o) {
            out.add(Triple.create(s, p, o));
        }
    }

    /** Java char index → code point offset; the identity when the text has no surrogate pairs. */
    private static final class Offsets {
        private final String text;
        private final boolean bmp;

        Offsets(String text) {
            this.text = text;
            this.bmp = hasNoSurrogates(text);
        }

        private static boolean hasNoSurrogates(String text) {
            for (int i = 0; i < text.length(); i++)
                if (Character.isSurrogate(text.charAt(i))) return false;
            return true;
        }

        int cp(int charIndex) {
            return bmp ? charIndex : text.codePointCount(0, charIndex);
        }
    }
}
