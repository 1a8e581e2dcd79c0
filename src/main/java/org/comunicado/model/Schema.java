package org.comunicado.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms Comunicado uses, in the {@code http://schema.org/} form. */
public final class Schema {
    public static final String NS = "http://schema.org/";

    public static final Node Article = uri("Article");
    public static final Node Person = uri("Person");
    public static final Node Organization = uri("Organization");
    public static final Node Country = uri("Country");
    public static final Node Place = uri("Place");
    public static final Node GovernmentService = uri("GovernmentService");
    public static final Node Quotation = uri("Quotation");
    public static final Node Claim = uri("Claim");
    public static final Node QuantitativeValue = uri("QuantitativeValue");
    public static final Node SoftwareApplication = uri("SoftwareApplication");

    public static final Node name = uri("name");
    public static final Node alternateName = uri("alternateName");
    public static final Node jobTitle = uri("jobTitle");
    public static final Node identifier = uri("identifier");
    public static final Node mentions = uri("mentions");
    public static final Node text = uri("text");
    public static final Node creator = uri("creator");
    public static final Node isPartOf = uri("isPartOf");
    public static final Node appearance = uri("appearance");
    public static final Node author = uri("author");
    public static final Node about = uri("about");
    public static final Node value = uri("value");
    public static final Node unitText = uri("unitText");
    public static final Node description = uri("description");
    public static final Node softwareVersion = uri("softwareVersion");
    /** From a release to its version in another language (both directions). */
    public static final Node workTranslation = uri("workTranslation");
    /** From a translated release to the release it translates. */
    public static final Node translationOfWork = uri("translationOfWork");

    private Schema() {
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
