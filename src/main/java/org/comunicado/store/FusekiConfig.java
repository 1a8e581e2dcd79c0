package org.comunicado.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The Fuseki configuration ({@code fuseki.ttl}) of a dataset directory: one read-only service
 * {@value #SERVICE} over the TDB2 database, with queries answered on the union of the named
 * graphs ({@code tdb2:unionDefaultGraph true}).
 * <p>
 * Endpoints: {@code /comunicado/sparql} and {@code /comunicado/query} (SPARQL query),
 * {@code /comunicado/get} (Graph Store Protocol, read) and {@code /comunicado} itself (query).
 * There is no update, upload or read-write graph store endpoint. The database location is the
 * absolute path of the final directory so {@code fuseki-server --config DIR/fuseki.ttl} works
 * from any working directory. Stateless and thread-safe.
 */
public final class FusekiConfig {
    /** The service name: the dataset is served at {@code /comunicado}. */
    public static final String SERVICE = "comunicado";

    private FusekiConfig() {
    }

    /** The configuration text serving {@code tdb2Dir} (made absolute). */
    public static String text(Path tdb2Dir) {
        String location = NodeFmtLib.strNT(
                NodeFactory.createLiteralString(tdb2Dir.toAbsolutePath().normalize().toString()));
        return """
                # Fuseki configuration written by Comunicado: a read-only SPARQL service.
                # Run with: fuseki-server --config <this file>
                PREFIX :       <#>
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

                :service rdf:type fuseki:Service ;
                    fuseki:name "%s" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ] ;
                    fuseki:dataset :dataset .

                :dataset rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location %s ;
                    tdb2:unionDefaultGraph true .
                """.formatted(SERVICE, location);
    }

    /** Writes {@code layout.fusekiConfig()} atomically, serving {@code layout.tdb2()}. */
    public static void write(DatasetLayout layout) {
        write(layout.fusekiConfig(), layout.tdb2());
    }

    /** Writes {@code file} atomically, serving {@code tdb2Dir} (made absolute). */
    public static void write(Path file, Path tdb2Dir) {
        byte[] bytes = text(tdb2Dir).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
