package org.comunicado.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.comunicado.ingest.Span;

/**
 * Finds the direct quotations of a release and who said them.
 *
 * <p>Quotations are the text between matching marks ({@code "…"}, {@code “…”}, {@code «…»}, and
 * long {@code ‘…’}), also in titles and bullets and across paragraphs; scare quotes (under four
 * words, no sentence-final punctuation) and quoted names are not quotations. The speaker is read
 * from the frame after the quotation ({@code ," said X}, {@code ", afirmó la dependencia}), else
 * the frame before it ({@code X said: "}, {@code According to X, "}), or a headline byline
 * ({@code “…”: X}); a pronoun or a title stands for the last fitting person or organization
 * mentioned before it (never for a name inside a quotation); a quotation with no frame continues
 * the remarks of whoever spoke just before, in the same or the previous block, unless another
 * person has become the subject since. When none of this names someone the speaker is empty.
 *
 * <p>Pure and thread-safe: every call works on its own state; the patterns are compiled once.
 * Offsets are {@code char} indices into {@code text}.
 */
public final class QuotationExtractor {

    /**
     * The quotations of one release, in text order, each once.
     *
     * @param text     the release text every span refers to
     * @param blocks   its content blocks (title, highlights, paragraphs), in text order
     * @param language {@code "en"} or {@code "es"}: decides whether "a" after a speech verb is a
     *                 preposition ("dijo a la prensa") or an article ("said a spokesperson"); the
     *                 verbs and titles of both languages are read in either, since releases quote across them
     * @param mentions entity mentions found in {@code text}; only persons and organizations can speak
     * @param entities the mentioned entities by id, for their job titles
     * @return quotations whose {@code speakerId} is the id of a PERSON or ORGANIZATION mention, or empty
     */
    public List<Quotation> extract(String text, List<Span> blocks, String language, List<Mention> mentions,
            Map<String, Entity> entities) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(blocks, "blocks");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(entities, "entities");
        List<Span> ordered = inOrder(blocks);
        List<QuoteFinder.Found> found = QuoteFinder.find(text, ordered);
        List<Optional<String>> speakers = new SpeakerResolver(text, language, ordered, mentions, entities, found).resolveAll();
        return unique(text, found, speakers);
    }

    /** The blocks in text order: as given when they already are, as the pipeline gives them. */
    private static List<Span> inOrder(List<Span> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i - 1).compareTo(blocks.get(i)) > 0) {
                List<Span> sorted = new ArrayList<>(blocks);
                sorted.sort(null);
                return sorted;
            }
        }
        return blocks;
    }

    /**
     * A headline is often repeated as the first line of the body; the quotation is one statement,
     * so it is kept once, at its first place, with the first speaker any copy was given.
     */
    private static List<Quotation> unique(String text, List<QuoteFinder.Found> found, List<Optional<String>> speakers) {
        Map<String, Quotation> byText = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Span span = found.get(i).inner();
            Optional<String> speaker = speakers.get(i);
            String quoted = span.of(text);
            Quotation first = byText.get(quoted);
            if (first == null) byText.put(quoted, new Quotation(span, speaker));
            else if (first.speakerId().isEmpty()) byText.put(quoted, new Quotation(first.text(), speaker));
        }
        return new ArrayList<>(byText.values());
    }
}
