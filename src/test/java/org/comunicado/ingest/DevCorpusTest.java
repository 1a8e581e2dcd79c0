package org.comunicado.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every release of the shared dev corpus and checks it against the header facts of its
 * gold file. The corpus lives outside the project ({@code comunicado.shared}); without it the
 * test is skipped.
 */
class DevCorpusTest {

    private final TextReleaseReader reader = new TextReleaseReader();

    static Stream<Path> releases() throws IOException {
        String shared = System.getProperty("comunicado.shared");
        Path dev = shared == null ? null : Path.of(shared, "corpus", "dev");
        if (dev == null || !Files.isDirectory(dev)) {
            return Stream.of((Path) null);
        }
        try (Stream<Path> files = Files.list(dev)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            return texts.isEmpty() ? Stream.of((Path) null) : texts.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void releaseMatchesItsGoldHeader(Path file) throws Exception {
        assumeTrue(file != null, "no shared dev corpus");
        Release release = reader.read(file.toUri().toString(), Files.readAllBytes(file));

        for (Span span : spans(release)) {
            assertTrue(span.end() <= release.text().length(), file + ": span " + span + " runs past the text");
        }

        String name = file.getFileName().toString().replaceFirst("\\.txt$", ".gold.json");
        Path gold = file.resolveSibling(name);
        assumeTrue(Files.exists(gold), "no gold file for " + file);
        String json = Files.readString(gold, StandardCharsets.UTF_8);
        String releaseObject = object(json, "release");

        field(json, "language").ifPresent(lang -> assertEquals(lang, release.language(), file + ": language"));
        field(releaseObject, "title").ifPresent(title -> assertEquals(title, release.titleText(), file + ": title"));
        field(releaseObject, "date").ifPresent(date ->
                assertEquals(date, release.issued().map(Object::toString).orElse(null), file + ": date"));
        field(releaseObject, "number").ifPresent(number ->
                assertEquals(number, release.number().orElse(null), file + ": number"));
    }

    private static List<Span> spans(Release release) {
        return Stream.of(List.of(release.title()), release.issuers(), release.highlights(), release.paragraphs())
                .flatMap(List::stream).toList();
    }

    /** The text of the JSON object under {@code key}; gold headers are flat, so no nesting to follow. */
    private static String object(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    /** The string value of the first {@code key} in {@code json}; empty when absent or null. */
    private static Optional<String> field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? Optional.of(unescape(m.group(1))) : Optional.empty();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
