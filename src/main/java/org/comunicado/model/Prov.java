package org.comunicado.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms of the build graph. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Activity = uri("Activity");
    public static final Node Entity = uri("Entity");
    public static final Node SoftwareAgent = uri("SoftwareAgent");
    public static final Node used = uri("used");
    public static final Node wasGeneratedBy = uri("wasGeneratedBy");
    public static final Node wasDerivedFrom = uri("wasDerivedFrom");
    public static final Node wasAssociatedWith = uri("wasAssociatedWith");
    public static final Node startedAtTime = uri("startedAtTime");
    public static final Node endedAtTime = uri("endedAtTime");

    private Prov() {
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
