package org.comunicado.ingest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A press release as read from its input: the whole text (NFC, line ends normalised to
 * {@code \n}) and the structure found in it. Every {@link Span} refers to {@link #text()}.
 * Immutable, and so safe to share between the extractors running on it.
 *
 * @param source     where the release came from: its URL, or a {@code file:} IRI of the input
 * @param text       the full text as decoded and normalised
 * @param language   {@code "en"} or {@code "es"}
 * @param title      the title, as it stands in the text
 * @param issued     the publication date, when the text gives one
 * @param number     the release number as printed ("315", "01"), when the text gives one
 * @param issuers    every naming of the issuing body in the header lines, in text order (empty when
 *                   the text has no header)
 * @param highlights the bullet points, in order
 * @param paragraphs the body paragraphs (title, header lines and highlights excluded), in order;
 *                   a text without a header whose first line is body content has that line as
 *                   both title and first highlight or paragraph
 */
public record Release(
        String source,
        String text,
        String language,
        Span title,
        Optional<LocalDate> issued,
        Optional<String> number,
        List<Span> issuers,
        List<Span> highlights,
        List<Span> paragraphs) {

    public Release {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(number, "number");
        issuers = List.copyOf(issuers);
        highlights = List.copyOf(highlights);
        paragraphs = List.copyOf(paragraphs);
        for (Span s : issuers) Span.of(s.begin(), s.end(), text);
        for (Span s : highlights) Span.of(s.begin(), s.end(), text);
        for (Span s : paragraphs) Span.of(s.begin(), s.end(), text);
        Span.of(title.begin(), title.end(), text);
    }

    public String titleText() {
        return title.of(text);
    }

    /** The spans that carry content: highlights, then body paragraphs, in text order. */
    public List<Span> contentBlocks() {
        List<Span> blocks = new java.util.ArrayList<>(highlights.size() + paragraphs.size());
        blocks.addAll(highlights);
        blocks.addAll(paragraphs);
        blocks.sort(null);
        return Collections.unmodifiableList(blocks);
    }
}
