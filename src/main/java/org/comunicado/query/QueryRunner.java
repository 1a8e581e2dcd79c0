package org.comunicado.query;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.comunicado.store.DatasetLayout;

/**
 * Runs one SPARQL query against a dataset directory, inside a read transaction, on the union of
 * its named graphs, and writes the result to an output stream. SELECT and ASK results are written
 * as {@link Format#TABLE} (aligned text), {@link Format#CSV}, {@link Format#TSV} or
 * {@link Format#JSON} (SPARQL 1.1 JSON results); CONSTRUCT and DESCRIBE results as Turtle.
 * <p>
 * The output stream is flushed, never closed: the caller owns it. Immutable and thread-safe
 * (each run has its own transaction).
 */
public final class QueryRunner {
    /** Output formats. */
    public enum Format {
        TABLE, CSV, TSV, JSON, TURTLE;

        /** The format named {@code name} (case-insensitive; {@code text} = table, {@code ttl} = turtle). */
        public static Format parse(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return switch (n) {
                case "table", "text" -> TABLE;
                case "csv" -> CSV;
                case "tsv" -> TSV;
                case "json" -> JSON;
                case "turtle", "ttl" -> TURTLE;
                default -> throw new IllegalArgumentException(
                        "Unknown result format '" + name + "' (use table, csv, tsv, json or turtle)");
            };
        }
    }

    private final DatasetLayout layout;

    public QueryRunner(DatasetLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Parses SPARQL 1.1 query text.
     *
     * @throws InvalidQueryException with the line and column of the syntax error
     */
    public static Query parse(String queryText) {
        try {
            return QueryFactory.create(queryText, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException ex) {
            String detail = ex.getMessage() == null ? "syntax error" : ex.getMessage();
            // Jena prefixes its message with its own position; ours is in front already.
            detail = detail.replaceFirst("^Line \\d+, column \\d+: ", "").strip();
            throw new InvalidQueryException(detail, ex.getLine(), ex.getColumn(), ex);
        }
    }

    /** Parses and runs {@code queryText}; see {@link #run(Query, Format, OutputStream)}. */
    public void run(String queryText, Format format, OutputStream out) {
        run(parse(queryText), format, out);
    }

    /**
     * Runs {@code query} and writes its result to {@code out} in {@code format}. For CONSTRUCT and
     * DESCRIBE, {@link Format#TABLE} (the default) and {@link Format#TURTLE} both mean Turtle.
     *
     * @throws IllegalArgumentException if the format does not fit the query form
     * @throws IllegalStateException if the dataset does not exist
     */
    public void run(Query query, Format format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        checkFormat(query, format);
        DatasetGraph dsg = layout.connect();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qexec = QueryExecution.create()
                    .query(query)
                    .dataset(DatasetFactory.wrap(dsg))
                    .set(TDB2.symUnionDefaultGraph, true)
                    .build()) {
                if (query.isSelectType())
                    writeSelect(query, qexec.execSelect(), format, out);
                else if (query.isAskType())
                    writeAsk(qexec.execAsk(), format, out);
                else {
                    Model m = query.isConstructType() ? qexec.execConstruct() : qexec.execDescribe();
                    m.setNsPrefixes(query.getPrefixMapping());
                    RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
                }
            }
        });
        try {
            out.flush();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static void checkFormat(Query query, Format format) {
        boolean graphForm = query.isConstructType() || query.isDescribeType();
        if (graphForm && format != Format.TABLE && format != Format.TURTLE)
            throw new IllegalArgumentException(
                    "A CONSTRUCT or DESCRIBE result is a graph: it can be written as turtle only, not " + name(format));
        if (!graphForm && format == Format.TURTLE)
            throw new IllegalArgumentException(
                    "A SELECT or ASK result is a table: use table, csv, tsv or json, not turtle");
        if (!graphForm && !query.isSelectType() && !query.isAskType())
            throw new IllegalArgumentException("Unsupported query form: " + query.queryType());
    }

    private static void writeSelect(Query query, ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, query);
            case CSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
            default -> throw new IllegalArgumentException(name(format));
        }
    }

    private static void writeAsk(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
            default -> throw new IllegalArgumentException(name(format));
        }
    }

    private static String name(Format f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}
