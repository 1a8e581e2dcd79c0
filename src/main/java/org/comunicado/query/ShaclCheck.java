package org.comunicado.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.comunicado.store.DatasetLayout;

/**
 * Validates the union of the named graphs of a dataset directory against SHACL shapes, inside a
 * read transaction. The result carries the Jena {@link ValidationReport}, which can be written as
 * Turtle or as one readable line per result. Stateless and thread-safe.
 */
public final class ShaclCheck {
    /** The classpath resource of the project's shapes. */
    public static final String BUNDLED_SHAPES = "ontology/shapes.ttl";

    private ShaclCheck() {
    }

    /** The outcome of a validation: immutable once built. */
    public record Result(ValidationReport report) {
        public Result {
            Objects.requireNonNull(report, "report");
        }

        /** True if there are no validation results at all. */
        public boolean conforms() {
            return report.conforms();
        }

        /** The number of validation results. */
        public int resultCount() {
            return report.getEntries().size();
        }

        /** The report as a SHACL validation report graph in Turtle; {@code out} is not closed. */
        public void writeTurtle(OutputStream out) {
            RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
        }

        /**
         * One line per result, sorted: {@code Severity: <focus> path: message (value v)}, the value part
         * only when the result has one. Nodes are written
         * with the given prefixes where they apply (may be null).
         */
        public List<String> lines(PrefixMap prefixes) {
            PrefixMap pm = prefixes == null ? PrefixMapFactory.emptyPrefixMap() : prefixes;
            Prologue prologue = new Prologue(PrefixMapping.Factory.create().setNsPrefixes(pm.getMapping()));
            List<String> out = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                String severity = e.severity() == null ? "Violation" : e.severity().level().getLocalName();
                String path = e.resultPath() == null ? "-" : e.resultPath().toString(prologue);
                String value = e.value() == null ? "" : " (value " + str(e.value(), pm) + ")";
                out.add(severity + ": " + str(e.focusNode(), pm) + " " + path + ": " + e.message() + value);
            }
            out.sort(Comparator.naturalOrder());
            return out;
        }

        private static String str(Node n, PrefixMap pm) {
            return n == null ? "-" : NodeFmtLib.str(n, pm);
        }
    }

    /**
     * Validates the union graph of {@code layout} against {@code shapes}.
     *
     * @throws org.apache.jena.shacl.parser.ShaclParseException if the shapes are not valid SHACL
     * @throws IllegalStateException if the dataset does not exist
     */
    public static Result validate(DatasetLayout layout, Graph shapes) {
        Objects.requireNonNull(shapes, "shapes");
        Shapes parsed = Shapes.parse(shapes);
        DatasetGraph dsg = layout.connect();
        return Txn.calculateRead(dsg, () -> new Result(ShaclValidator.get().validate(parsed, dsg.getUnionGraph())));
    }

    /**
     * The project's shapes, the classpath resource {@value #BUNDLED_SHAPES}.
     *
     * @throws IllegalStateException if the resource is not on the classpath
     */
    public static Graph bundledShapes() {
        try (InputStream in = ShaclCheck.class.getClassLoader().getResourceAsStream(BUNDLED_SHAPES)) {
            if (in == null)
                throw new IllegalStateException("Shapes resource " + BUNDLED_SHAPES + " is not on the classpath");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("classpath:" + BUNDLED_SHAPES).parse(g);
            return g;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
