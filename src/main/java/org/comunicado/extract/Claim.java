package org.comunicado.extract;

import java.util.List;
import java.util.Optional;
import org.comunicado.ingest.Span;

/**
 * A statement the release makes, with the quantities it asserts.
 *
 * @param text       the sentence or clause
 * @param authorId   the quoted or reported speaker; empty means the issuing organization
 * @param aboutIds   entities the claim mentions
 * @param quantities the quantities it asserts, in text order
 */
public record Claim(Span text, Optional<String> authorId, List<String> aboutIds, List<Quantity> quantities) {
    public Claim {
        aboutIds = List.copyOf(aboutIds);
        quantities = List.copyOf(quantities);
    }
}
