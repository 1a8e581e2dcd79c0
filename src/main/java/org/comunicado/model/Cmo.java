package org.comunicado.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Comunicado's own ontology, {@value #NS}; its definitions are in {@code ontology/comunicado.ttl}. */
public final class Cmo {
    public static final String NS = "https://w3id.org/comunicado/ontology#";

    public static final Node PressRelease = uri("PressRelease");
    public static final Node Program = uri("Program");
    public static final Node Highlight = uri("Highlight");

    public static final Node highlight = uri("highlight");
    public static final Node hasHighlight = uri("hasHighlight");
    public static final Node position = uri("position");
    public static final Node context = uri("context");
    public static final Node evidence = uri("evidence");
    public static final Node quantity = uri("quantity");
    public static final Node comparedTo = uri("comparedTo");
    public static final Node direction = uri("direction");
    public static final Node qualifier = uri("qualifier");
    public static final Node sha256 = uri("sha256");
    public static final Node releaseCount = uri("releaseCount");
    public static final Node graph = uri("graph");
    public static final Node failedInput = uri("failedInput");

    private Cmo() {
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
