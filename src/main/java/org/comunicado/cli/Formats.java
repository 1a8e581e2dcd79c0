package org.comunicado.cli;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.ParameterException;

/** The RDF formats the commands accept by name. */
final class Formats {
    static final String NAMES = "turtle, trig, nquads, ntriples, jsonld";

    private Formats() {
    }

    static RDFFormat rdf(String name, picocli.CommandLine cl) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> RDFFormat.TURTLE_PRETTY;
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "nquads", "nq" -> RDFFormat.NQUADS;
            case "ntriples", "nt" -> RDFFormat.NTRIPLES;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD;
            default -> throw new ParameterException(cl, "unknown format '" + name + "'; use one of " + NAMES);
        };
    }
}
