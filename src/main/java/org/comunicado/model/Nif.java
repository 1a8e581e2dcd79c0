package org.comunicado.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** NIF 2.0 core terms (text, offsets and the phrases anchored in it) and ITS 2.0 entity links. */
public final class Nif {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF_NS = "http://www.w3.org/2005/11/its/rdf#";

    public static final Node Context = uri("Context");
    public static final Node Phrase = uri("Phrase");
    public static final Node isString = uri("isString");
    public static final Node beginIndex = uri("beginIndex");
    public static final Node endIndex = uri("endIndex");
    public static final Node anchorOf = uri("anchorOf");
    public static final Node referenceContext = uri("referenceContext");
    public static final Node sourceUrl = uri("sourceUrl");

    public static final Node taIdentRef = NodeFactory.createURI(ITSRDF_NS + "taIdentRef");
    public static final Node taClassRef = NodeFactory.createURI(ITSRDF_NS + "taClassRef");

    private Nif() {
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
