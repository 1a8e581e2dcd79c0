package org.comunicado.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
        private final List<Triple> out = new ArrayList<>();
        private final Emitter e;
        private final java.util.Map<String, Node> entityNodes = new java.util.HashMap<>();

        Mapping(Findings f, Node release) {
            this.f = f;
            this.r = f.release();
            this.text = r.text();
            this.lang = r.language();
            this.release = release;
            this.offsets = new Offsets(text);
            this.textEnd = offsets.cp(text.length());
            this.context = Iris.charSpan(release, 0, textEnd);
            this.e = new Emitter(out, Emitter.expectedChecks(f));
            this.publisher = iris.entity(f.publisherId().orElse(Pipeline.DEFAULT_PUBLISHER));
        }

        void release() {
            e.add(release, RDF.type.asNode(), Cmo.PressRelease);
            e.add(release, RDF.type.asNode(), Schema.Article);
            e.add(release, DCTerms.title.asNode(), langLiteral(r.titleText(), lang));
            r.issued().ifPresent(d -> e.add(release, DCTerms.issued.asNode(), NodeFactory.createLiteral(d.toString(), XSDDatatype.XSDdate)));
            r.number().ifPresent(n -> e.add(release, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(n)));
            e.add(release, DCTerms.language.asNode(), NodeFactory.createLiteralString(lang));
            e.add(release, DCTerms.publisher.asNode(), publisher);
            e.add(release, DCTerms.source.asNode(), NodeFactory.createURI(r.source()));
            e.add(release, Cmo.context, context);

            e.add(context, RDF.type.asNode(), Nif.Context);
            e.add(context, Nif.isString, NodeFactory.createLiteralString(text));
            e.add(context, Nif.beginIndex, index(0));
            e.add(context, Nif.endIndex, index(textEnd));
            e.add(context, Nif.sourceUrl, NodeFactory.createURI(r.source()));
        }

        void highlights() {
            int position = 0;
            for (Span h : r.highlights()) {
                Node item = Iris.child(release, "highlight/" + (++position));
                String words = h.of(text);
                Node wordsLiteral = langLiteral(words, lang);
                e.add(release, Cmo.highlight, wordsLiteral);
                e.addNew(release, Cmo.hasHighlight, item);
                e.addNew(item, RDF.type.asNode(), Cmo.Highlight);
                e.addNew(item, Cmo.position, NodeFactory.createLiteralDT(Integer.toString(position), XSDDatatype.XSDinteger));
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

        void mentions() {
            for (Mention m : f.mentions()) {
                Node phrase = phrase(m.span(), m.span().of(text));
                e.add(phrase, Nif.taIdentRef, entityNode(m.entityId()));
                e.add(phrase, Nif.taClassRef, typeOf(m.kind()));
            }
        }

        // Quotations, claims and their quantities have IRIs of their own, numbered here, so their
        // triples are new; only the list-valued "about" of a claim can repeat.

        void quotations() {
            int n = 0;
            for (Quotation q : f.quotations()) {
                Node quote = statement("quote/" + (++n), Schema.Quotation, q.text(), Schema.isPartOf);
                q.speakerId().ifPresent(s -> e.addNew(quote, Schema.creator, entityNode(s)));
            }
        }

        void claims() {
            int n = 0;
            for (Claim c : f.claims()) {
                Node claim = statement("claim/" + (++n), Schema.Claim, c.text(), Schema.appearance);
                e.addNew(claim, Schema.author, c.authorId().map(this::entityNode).orElse(publisher));
                c.aboutIds().forEach(a -> e.add(claim, Schema.about, entityNode(a)));
                int k = 0;
                for (Quantity q : c.quantities())
                    quantity(claim, Iris.child(claim, "quantity/" + (++k)), q);
            }
        }

        /** A quotation or claim: its type, its words, the release it is in, and its evidence. */
        private Node statement(String path, Node type, Span words, Node inRelease) {
            Node node = Iris.child(release, path);
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
            e.addNew(value, Schema.unitText, NodeFactory.createLiteralString(q.unit()));
            e.addNew(value, Schema.description, NodeFactory.createLiteralString(q.description()));
            e.addNew(value, Cmo.evidence, phrase(q.span(), q.span().of(text)));
            q.qualifier().ifPresent(x -> e.addNew(value, Cmo.qualifier, NodeFactory.createLiteralString(x)));
            q.comparedTo().ifPresent(x -> e.addNew(value, Cmo.comparedTo, NodeFactory.createLiteralString(x)));
            q.direction().ifPresent(x -> e.addNew(value, Cmo.direction, NodeFactory.createLiteralString(x.label())));
        }

        private void entity(Node node, Entity entity) {
            e.add(node, RDF.type.asNode(), typeOf(entity.kind()));
            switch (entity.kind()) {
                case PERSON -> {
                    named(node, NodeFactory.createLiteralString(entity.name()));
                    for (LangString t : entity.jobTitles())
                        e.add(node, Schema.jobTitle, literal(t));
                }
                case COUNTRY -> {
                    for (LangString nm : entity.names())
                        named(node, literal(nm));
                    entity.code().ifPresent(c -> e.add(node, Schema.identifier, NodeFactory.createLiteralString(c)));
                }
                default -> {
                    LangString primary = primaryName(entity);
                    named(node, literal(primary));
                    for (LangString nm : entity.names())
                        if (!nm.equals(primary)) e.add(node, Schema.alternateName, literal(nm));
                    for (String a : entity.acronyms())
                        e.add(node, Schema.alternateName, NodeFactory.createLiteralString(a));
                }
            }
            for (String a : entity.altLabels())
                e.add(node, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(a));
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
            return entityNodes.computeIfAbsent(id, iris::entity);
        }

        /**
         * The phrase of {@code span}, described the first time it is asked for.
         *
         * @param words the span's text, which its anchor shares with the caller's literal: one
         *              string, hashed once for both
         */
        private Node phrase(Span span, String words) {
            int b = offsets.cp(span.begin());
            int end = offsets.cp(span.end());
            Node phrase = Iris.charSpan(release, b, end);
            // A span that is the evidence of several findings (a mention, a figure) is described
            // once: when its type is there already, so is the rest. Few spans are.
            if (!e.add(phrase, RDF.type.asNode(), Nif.Phrase)) return phrase;
            // Only this method describes a phrase, once per span, so its other triples need no
            // de-duplication; except a phrase that spans the whole text, which is the context
            // described before.
            Emitter.Adder add = b == 0 && end == textEnd ? e::add : e::addNew;
            add.add(phrase, Nif.referenceContext, context);
            add.add(phrase, Nif.beginIndex, index(b));
            add.add(phrase, Nif.endIndex, index(end));
            add.add(phrase, Nif.anchorOf, NodeFactory.createLiteralString(words));
            return phrase;
        }
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
        // With a scale of 0 or below, the plain string is the integer's digits.
        return NodeFactory.createLiteralDT(s.toPlainString(), s.scale() <= 0 ? XSDDatatype.XSDinteger : XSDDatatype.XSDdecimal);
    }

    private static Node index(int i) {
        return i < SMALL_INDEXES.length ? SMALL_INDEXES[i] : indexLiteral(i);
    }

    /** Offsets and positions are mostly small: their literals are made once (nodes are immutable). */
    private static final Node[] SMALL_INDEXES = java.util.stream.IntStream.range(0, 8192)
            .mapToObj(ReleaseMapper::indexLiteral).toArray(Node[]::new);

    private static Node indexLiteral(int i) {
        return NodeFactory.createLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
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
         * About how many triples of a release can repeat, and so are checked: the release's own,
         * a few for each entity, two for each mention, and the type of each phrase. An estimate
         * that sizes the set so that it seldom grows.
         */
        static int expectedChecks(Findings f) {
            int phrases = f.mentions().size() + f.release().highlights().size() + f.quotations().size();
            for (Claim c : f.claims())
                phrases += 1 + c.quantities().size();
            return 16 + 6 * f.entities().size() + 2 * f.mentions().size() + phrases;
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

        @FunctionalInterface
        interface Adder {
            void add(Node s, Node p, Node o);
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
