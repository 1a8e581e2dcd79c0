package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.comunicado.extract.Claim;
import org.comunicado.extract.Findings;
import org.comunicado.extract.Mention;
import org.comunicado.extract.Pipeline;
import org.comunicado.extract.Quantity;
import org.comunicado.extract.Quotation;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;
import org.comunicado.model.Iris;
import org.comunicado.model.Namespaces;
import org.comunicado.model.Nif;
import org.comunicado.rdf.ReferenceData;
import org.comunicado.rdf.ReleaseMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds {@link FuzzCases}' generated bad and mutated inputs (truncated, byte-flipped, huge lines,
 * deep HTML and JSON, mixed encodings…) through the whole per-input path a build takes:
 * {@link ReleaseSources#read}, then {@link Pipeline#run} and {@link ReleaseMapper#map} for every
 * release read. Each input must end, within {@value #LIMIT_SECONDS} s, in releases whose spans lie
 * in their text and whose graphs are well formed, or in one-line failures naming the input;
 * nothing may throw. A failure names the case's index, which {@link FuzzCases#build} rebuilds alone.
 */
class InputFuzzTest {

    private static final int LIGHT_CASES = 1_200;
    private static final long LIMIT_SECONDS = 10;
    /** After this many hung inputs the rest are not tried: their threads still hold the CPU. */
    private static final int MAX_HANGS = 3;
    private static final Pattern CHAR_SPAN = Pattern.compile("#char=(\\d+),(\\d+)$");

    private static Pipeline pipeline;
    private static ReleaseMapper mapper;
    /** The thread running the current input, to say where it hangs. */
    private static volatile Thread running;

    @BeforeAll
    static void loadReference() throws Exception {
        pipeline = new Pipeline(ReferenceData.load(Namespaces.DEFAULT_BASE, List.of()).reference());
        mapper = new ReleaseMapper(new Iris(Namespaces.DEFAULT_BASE));
    }

    @Test
    void generatorIsDeterministicAndCoversEveryKindWithOverAThousandInputs() {
        FuzzCases cases = new FuzzCases(LIGHT_CASES);
        assertTrue(cases.size() >= 1_000, "only " + cases.size() + " inputs");
        Set<Input.Kind> kinds = EnumSet.noneOf(Input.Kind.class);
        for (int i = 0; i < cases.size(); i += 7) {
            kinds.add(cases.build(i).kind());
        }
        assertEquals(EnumSet.allOf(Input.Kind.class), kinds);
        for (int i : new int[] {0, 3, 79, 80, 500, cases.size() - 1}) {
            assertArrayEquals(cases.build(i).bytes(), cases.build(i).bytes(), "case " + i);
            assertEquals(cases.build(i).mutation(), cases.build(i).mutation());
        }
    }

    @Test
    void everyMutatedInputEndsInReleasesOrOneLineFailuresWithinTheTimeLimit() throws Exception {
        FuzzCases cases = new FuzzCases(LIGHT_CASES);
        Map<String, Integer> counts = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowestNanos = -1;
        String slowest = "";
        int hangs = 0;
        long start = System.nanoTime();
        ExecutorService executor = newExecutor();
        try {
            for (int i = 0; i < cases.size() && hangs < MAX_HANGS; i++) {
                FuzzCases.Case c = cases.build(i);
                boolean sample = i % 10 == 0;
                long t0 = System.nanoTime();
                Future<List<String>> run = executor.submit(() -> {
                    running = Thread.currentThread();
                    return check(c, sample);
                });
                try {
                    List<String> outcomes = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                    for (String o : outcomes) {
                        if (o.startsWith("!")) {
                            problems.add(c.label() + ": " + o.substring(1));
                        } else {
                            counts.merge(c.kind() + " " + o, 1, Integer::sum);
                        }
                    }
                } catch (TimeoutException e) {
                    hangs++;
                    problems.add(c.label() + ": still running after " + LIMIT_SECONDS + " s" + where(running));
                    run.cancel(true);
                    executor.shutdownNow();
                    executor = newExecutor();
                } catch (ExecutionException e) {
                    problems.add(c.label() + ": threw " + describe(e.getCause()));
                }
                long took = System.nanoTime() - t0;
                if (took > slowestNanos) {
                    slowestNanos = took;
                    slowest = c.label();
                }
            }
        } finally {
            executor.shutdownNow();
        }
        StringBuilder summary = new StringBuilder("fuzz: " + cases.size() + " inputs in "
                + String.format("%.1f s", (System.nanoTime() - start) / 1e9) + "; slowest "
                + String.format("%.2f s", slowestNanos / 1e9) + " " + slowest + "; outcomes:");
        counts.forEach((k, v) -> summary.append(" [").append(k).append("]=").append(v));
        summary.append("; problems: ").append(problems.size());
        System.out.println(summary);
        if (!problems.isEmpty()) {
            fail(problems.size() + " inputs misbehaved:\n  " + String.join("\n  ", problems.subList(0, Math.min(40, problems.size()))));
        }
    }

    /**
     * Runs one input through reading, extraction and mapping; returns one label per outcome
     * ({@code read}, or {@code failed: reason}), or a problem prefixed with {@code !}.
     */
    private static List<String> check(FuzzCases.Case c, boolean sample) {
        List<String> out = new ArrayList<>();
        Input input = c.input();
        List<ReleaseSources.Outcome> outcomes = ReleaseSources.read(input);
        if (outcomes.isEmpty()) {
            out.add("!no outcome at all");
        }
        for (ReleaseSources.Outcome o : outcomes) {
            if (o instanceof ReleaseSources.Failed f) {
                String m = f.message();
                if (m.isBlank() || m.contains("\n") || m.contains("\r") || !m.startsWith(input.name()) || m.length() > 2_000) {
                    out.add("!failure message is not one clear line naming the input: " + abbreviate(m));
                } else {
                    out.add("failed: " + reason(m, input.name()));
                }
            } else {
                Release r = ((ReleaseSources.Read) o).release();
                Findings findings = pipeline.run(r);
                String slug = Iris.releaseSlug(r.issued(), r.number(), r.titleText(), r.language());
                ReleaseMapper.ReleaseGraph graph = mapper.map(findings, slug);
                String problem = spansOutside(r, findings);
                if (problem == null) problem = blankNode(graph);
                if (problem == null && sample) problem = anchorMismatch(graph);
                out.add(problem == null ? "read" : "!" + problem);
            }
        }
        return out;
    }

    private static String spansOutside(Release r, Findings f) {
        List<Span> spans = new ArrayList<>();
        spans.add(r.title());
        spans.addAll(r.issuers());
        spans.addAll(r.highlights());
        spans.addAll(r.paragraphs());
        f.mentions().stream().map(Mention::span).forEach(spans::add);
        f.quotations().stream().map(Quotation::text).forEach(spans::add);
        for (Claim claim : f.claims()) {
            spans.add(claim.text());
            for (Quantity q : claim.quantities()) {
                spans.add(q.span());
                spans.add(q.clause());
            }
        }
        int n = r.text().length();
        for (Span s : spans) {
            if (s.begin() < 0 || s.end() > n || s.begin() > s.end()) {
                return "span " + s + " outside a text of " + n + " chars";
            }
        }
        return null;
    }

    private static String blankNode(ReleaseMapper.ReleaseGraph graph) {
        for (Triple t : graph.triples()) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                return "blank node in " + abbreviate(t.toString());
            }
        }
        return null;
    }

    /** Every {@code nif:anchorOf} is the code-point substring of {@code nif:isString} its IRI and indexes name. */
    private static String anchorMismatch(ReleaseMapper.ReleaseGraph graph) {
        String text = null;
        Map<Node, String> begins = new HashMap<>();
        Map<Node, String> ends = new HashMap<>();
        for (Triple t : graph.triples()) {
            if (t.getPredicate().equals(Nif.isString)) {
                text = t.getObject().getLiteralLexicalForm();
            } else if (t.getPredicate().equals(Nif.beginIndex)) {
                begins.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
            } else if (t.getPredicate().equals(Nif.endIndex)) {
                ends.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
            }
        }
        if (text == null) {
            return "no nif:isString";
        }
        int[] cps = text.codePoints().toArray();
        for (Triple t : graph.triples()) {
            if (!t.getPredicate().equals(Nif.anchorOf)) {
                continue;
            }
            Node phrase = t.getSubject();
            Matcher m = CHAR_SPAN.matcher(phrase.getURI());
            if (!m.find()) {
                return "phrase IRI without #char=: " + phrase;
            }
            int b = Integer.parseInt(m.group(1));
            int e = Integer.parseInt(m.group(2));
            if (b > e || e > cps.length) {
                return "phrase " + phrase + " outside a text of " + cps.length + " code points";
            }
            String expected = new String(cps, b, e - b);
            if (!expected.equals(t.getObject().getLiteralLexicalForm())) {
                return "nif:anchorOf of " + phrase + " is " + abbreviate(t.getObject().getLiteralLexicalForm())
                        + ", not " + abbreviate(expected);
            }
            if (!Integer.toString(b).equals(begins.get(phrase)) || !Integer.toString(e).equals(ends.get(phrase))) {
                return "nif indexes of " + phrase + " disagree with its IRI";
            }
        }
        return null;
    }

    /**
     * The reason of a failure without where and the details, to count by:
     * "name:3:5: not valid JSON" → "not valid JSON", "name: too large (5242876 …)" → "too large".
     */
    private static String reason(String message, String name) {
        String rest = message.substring(name.length()).replaceFirst("^(?::\\d+)*(?:\\[\\d+\\])?: ", "");
        return rest.replaceFirst("(: | \\().*", "");
    }

    private static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.toString().lines().findFirst().orElse(t.getClass().getName()));
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            b.append(" at ").append(trace[i]);
        }
        Throwable cause = t.getCause();
        if (cause != null && cause != t) {
            b.append(" caused by ").append(cause);
        }
        return abbreviate(b.toString());
    }

    /** Where a hung task's thread is, for the report. */
    private static String where(Thread thread) {
        StringBuilder b = new StringBuilder(" in");
        StackTraceElement[] trace = thread == null ? new StackTraceElement[0] : thread.getStackTrace();
        for (int i = 0; i < Math.min(10, trace.length); i++) {
            b.append(' ').append(trace[i]);
        }
        return trace.length == 0 ? "" : b.toString();
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-" + System.nanoTime());
            t.setDaemon(true);
            return t;
        });
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n").replace("\r", "\\r");
        return one.length() <= 300 ? one : one.substring(0, 300) + "…(" + one.length() + " chars)";
    }
}
