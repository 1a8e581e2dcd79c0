package org.comunicado.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes every Comunicado output declares, in one place. */
public final class Namespaces {
    public static final String DEFAULT_BASE = "https://w3id.org/comunicado/id/";

    private Namespaces() {
    }

    public static Map<String, String> prefixes(String base) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cmo", Cmo.NS);
        m.put("schema", Schema.NS);
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("prov", Prov.NS);
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("nif", Nif.NS);
        m.put("itsrdf", Nif.ITSRDF_NS);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("id", base);
        return m;
    }

    public static PrefixMap prefixMap(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        prefixes(base).forEach(pm::add);
        return pm;
    }
}
