package org.comunicado.model;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every IRI of the data, deterministically, from a base ({@value Namespaces#DEFAULT_BASE}
 * unless {@code --base} says otherwise). Immutable.
 */
public final class Iris {
    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI must end with / or #: " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** "2024-08-20-315-en" when the release has a date and number, else "{date|undated}-{title words}-{lang}". */
    public static String releaseSlug(Optional<LocalDate> issued, Optional<String> number, String title, String language) {
        String date = issued.map(LocalDate::toString).orElse("undated");
        String middle = number.map(Slugs::slug).orElseGet(() -> Slugs.slug(title, 8));
        return date + "-" + middle + "-" + language;
    }

    public Node release(String slug) {
        return uri("release/" + slug);
    }

    public Node releaseGraph(String slug) {
        return uri("graph/release/" + slug);
    }

    public Node entity(String id) {
        return uri(id);
    }

    public Node referenceGraph() {
        return uri("graph/reference");
    }

    public Node ontologyGraph() {
        return uri("graph/ontology");
    }

    /** The links between the English and Spanish versions of the same release. */
    public Node translationsGraph() {
        return uri("graph/translations");
    }

    public Node buildGraph() {
        return uri("graph/build");
    }

    public Node agent() {
        return uri("agent/comunicado");
    }

    public Node build(String id) {
        return uri("build/" + id);
    }

    /** {@code <release>#char=b,e}: offsets in code points, as NIF 2.0 and RFC 5147 count them. */
    public static Node charSpan(Node release, int begin, int end) {
        return NodeFactory.createURI(release.getURI() + "#char=" + begin + "," + end);
    }

    /** {@code <parent>/kind/n}: the {@code n}th child of its kind (a release's quotations, a claim's figures). */
    public static Node child(Node parent, String kind, int n) {
        return NodeFactory.createURI(parent.getURI() + "/" + kind + "/" + n);
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
