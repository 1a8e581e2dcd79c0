package org.comunicado.extract;

import java.util.Optional;
import org.comunicado.ingest.Span;

/**
 * A direct quotation.
 *
 * @param text       the quoted words, without the quote marks
 * @param speakerId  the entity id of whoever said it; empty when the text does not make it clear
 *                   (better no speaker than a wrong one)
 */
public record Quotation(Span text, Optional<String> speakerId) {
}
