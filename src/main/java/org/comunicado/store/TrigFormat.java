package org.comunicado.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.comunicado.model.Namespaces;

/**
 * The text of Comunicado's TriG file, written here rather than by Jena's TriG writer so that it
 * is fast and its shape is known exactly: an update patches the file block by block
 * ({@link TrigFile}) and the result must be byte-identical to a file written whole.
 * <p>
 * The file is the {@linkplain #header() header} (a comment line naming the format, then one
 * {@code PREFIX} line per prefix of {@link Namespaces#prefixes(String)}, then a blank line)
 * followed by one {@linkplain #block block} per non-empty graph:
 * <pre>
 * &lt;graph IRI&gt; {
 *     subject
 *         predicate object ;
 *         predicate object .
 * }
 * (blank line)
 * </pre>
 * Triples are sorted by the text of their subject, predicate and object as written (compared as
 * UTF-8 bytes, that is by code points) and de-duplicated. Graph names are always written as
 * full IRIs; other IRIs as prefixed names when the local part is plainly valid. Every character
 * that could end a line ({@code \n}, {@code \r}) or confuse a reader is escaped, so a block's
 * first line is the only line of the file starting with {@code <} and its last line the only one
 * that is {@code }}: the file can be split into blocks by looking at line starts alone.
 * <p>
 * Immutable and thread-safe.
 */
public final class TrigFormat {
    /** The first line of every file in this format; a file that starts otherwise is not patched. */
    static final String FORMAT_LINE = "# Comunicado dataset, TriG: one block per graph, triples sorted (format 2)";

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final List<Map.Entry<String, String>> prefixes;
    private final byte[] header;

    private TrigFormat(Map<String, String> prefixes) {
        this.prefixes = List.copyOf(prefixes.entrySet());
        StringBuilder sb = new StringBuilder(FORMAT_LINE).append('\n');
        prefixes.forEach((p, ns) -> {
            sb.append("PREFIX ").append(p).append(": ");
            appendIri(sb, ns);
            sb.append('\n');
        });
        this.header = sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The format of the TriG file of a dataset whose data base IRI is {@code base}. */
    public static TrigFormat of(String base) {
        return new TrigFormat(Namespaces.prefixes(Objects.requireNonNull(base, "base")));
    }

    /** The bytes every file starts with. */
    public byte[] header() {
        return header.clone();
    }

    int headerLength() {
        return header.length;
    }

    boolean startsWithHeader(byte[] bytes) {
        if (bytes.length < header.length)
            return false;
        for (int i = 0; i < header.length; i++)
            if (bytes[i] != header[i])
                return false;
        return true;
    }

    /** The first line of graph {@code g}'s block, without its line end. */
    public String blockStart(Node g) {
        if (!g.isURI())
            throw new IllegalArgumentException("A graph name must be an IRI: " + g);
        StringBuilder sb = new StringBuilder(g.getURI().length() + 4);
        appendIri(sb, g.getURI());
        return sb.append(" {").toString();
    }

    /**
     * The block of graph {@code g} holding {@code triples} (sorted and de-duplicated here); an
     * empty graph has an empty block, which a file leaves out.
     */
    public TrigBlock block(Node g, Collection<Triple> triples) {
        // Each distinct node is formatted and encoded once; the rows are sorted by those bytes and
        // the block is their concatenation, so no text is built twice.
        Map<Node, byte[]> terms = new HashMap<>();
        List<Row> rows = new ArrayList<>(triples.size());
        for (Triple t : triples)
            rows.add(new Row(utf8(terms, t.getSubject()), utf8(terms, t.getPredicate()), utf8(terms, t.getObject()), t));
        rows.sort(null);
        List<Triple> sorted = new ArrayList<>(rows.size());
        Bytes out = new Bytes(rows.size() * 96);
        Row previous = null;
        for (Row r : rows) {
            if (previous != null && r.compareTo(previous) == 0)
                continue;
            if (previous == null) {
                out.append(blockStart(g).getBytes(StandardCharsets.UTF_8)).append(NEWLINE);
                out.append(INDENT_SUBJECT).append(r.s).append(NEWLINE);
            } else if (Arrays.equals(r.s, previous.s)) {
                out.append(NEXT_PREDICATE);
            } else {
                out.append(END_SUBJECT).append(INDENT_SUBJECT).append(r.s).append(NEWLINE);
            }
            out.append(INDENT_PREDICATE).append(r.p).append(SPACE).append(r.o);
            sorted.add(r.triple);
            previous = r;
        }
        if (previous != null)
            out.append(END_BLOCK);
        return new TrigBlock(this, g, sorted, out.toArray());
    }

    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] SPACE = {' '};
    private static final byte[] INDENT_SUBJECT = "    ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDENT_PREDICATE = "        ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT_PREDICATE = " ;\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_SUBJECT = " .\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_BLOCK = " .\n}\n\n".getBytes(StandardCharsets.US_ASCII);

    private byte[] utf8(Map<Node, byte[]> terms, Node n) {
        byte[] b = terms.get(n);
        if (b == null) {
            b = term(n).getBytes(StandardCharsets.UTF_8);
            terms.put(n, b);
        }
        return b;
    }

    /**
     * A triple and the UTF-8 text of its terms, ordered by subject, predicate, object text as
     * unsigned bytes (that is, by code points). Distinct terms have distinct texts, so equal rows
     * are the same triple.
     */
    private record Row(byte[] s, byte[] p, byte[] o, Triple triple) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            int c = Arrays.compareUnsigned(s, other.s);
            if (c == 0)
                c = Arrays.compareUnsigned(p, other.p);
            if (c == 0)
                c = Arrays.compareUnsigned(o, other.o);
            return c;
        }
    }

    /** A growable byte array. */
    private static final class Bytes {
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[Math.max(64, capacity)];
        }

        Bytes append(byte[] b) {
            if (size + b.length > buf.length)
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + b.length));
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
            return this;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Formats are equal when they write the same prefixes: their blocks are interchangeable. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TrigFormat other && other.prefixes.equals(prefixes);
    }

    @Override
    public int hashCode() {
        return prefixes.hashCode();
    }

    /** The Turtle text of one term. */
    String term(Node n) {
        StringBuilder sb = new StringBuilder();
        if (n.isURI()) {
            appendIriOrPrefixed(sb, n.getURI());
        } else if (n.isLiteral()) {
            appendLiteral(sb, n);
        } else if (n.isBlank()) {
            appendBlank(sb, n);
        } else {
            throw new IllegalArgumentException("Cannot write " + n + " in the TriG file");
        }
        return sb.toString();
    }

    private void appendIriOrPrefixed(StringBuilder sb, String iri) {
        Map.Entry<String, String> best = null;
        for (Map.Entry<String, String> p : prefixes) {
            String ns = p.getValue();
            if (iri.startsWith(ns) && (best == null || ns.length() > best.getValue().length())
                    && plainLocalName(iri, ns.length()))
                best = p;
        }
        if (best == null)
            appendIri(sb, iri);
        else
            sb.append(best.getKey()).append(':').append(iri, best.getValue().length(), iri.length());
    }

    /** Letters, digits, {@code _} and {@code -} (not first): always a valid Turtle local name. */
    private static boolean plainLocalName(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '-' && i > from;
            if (!ok)
                return false;
        }
        return true;
    }

    /** Appends a literal, its datatype (unless {@code xsd:string}) as a prefixed name where possible. */
    private void appendLiteral(StringBuilder sb, Node n) {
        sb.append('"');
        appendEscaped(sb, n.getLiteralLexicalForm());
        sb.append('"');
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            sb.append('@').append(lang);
            if (n.getLiteralBaseDirection() != null)
                sb.append("--").append(n.getLiteralBaseDirection().direction());
        } else if (!XSD_STRING.equals(n.getLiteralDatatypeURI())) {
            sb.append("^^");
            appendIriOrPrefixed(sb, n.getLiteralDatatypeURI());
        }
    }

    /** Appends {@code <iri>}, with the characters an IRI may not hold written as {@code \}{@code uXXXX}. */
    static void appendIri(StringBuilder sb, String iri) {
        sb.append('<');
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                    || c == '`' || c == '\\')
                appendUnicodeEscape(sb, c);
            else
                sb.append(c);
        }
        sb.append('>');
    }

    static void appendBlank(StringBuilder sb, Node n) {
        // Labels are written in hexadecimal so that any label is a valid one and two stay distinct.
        sb.append("_:b");
        String label = n.getBlankNodeLabel();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            sb.append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
        }
    }

    /** Appends the body of a quoted string: quotes, backslashes and every control character escaped. */
    static void appendEscaped(StringBuilder sb, String s) {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && c != 0x7F)
                continue;
            sb.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> appendUnicodeEscape(sb, c);
            }
        }
        sb.append(s, start, s.length());
    }

    private static void appendUnicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }

    /** The N-Triples text of a term: what {@link TripleOrder} compares. */
    static String nt(Node n) {
        if (n.isURI()) {
            StringBuilder sb = new StringBuilder(n.getURI().length() + 2);
            appendIri(sb, n.getURI());
            return sb.toString();
        }
        return N_TRIPLES.term(n);
    }

    /** A format without prefixes: its terms are N-Triples text. */
    private static final TrigFormat N_TRIPLES = new TrigFormat(Map.of());
}
