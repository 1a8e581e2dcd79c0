package org.comunicado.extract;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.comunicado.ingest.Span;

/**
 * A number that measures something, as the text states it.
 *
 * @param span        the number expression, with its unit where adjacent ("77%", "200 million vaccines")
 * @param value       the value, scale words applied (200 million = 200000000)
 * @param unit        what is counted: "percent", "people", "USD", "MXN", or a plural noun ("vaccines")
 * @param description what is measured, in the text's words (may equal the unit)
 * @param qualifier   an approximation or bound marker as written ("about", "more than", "cerca de")
 * @param comparedTo  the baseline the text compares with ("December")
 * @param direction   increase or decrease, when the text says so
 * @param clause      the sentence or clause that asserts the quantity
 */
public record Quantity(
        Span span,
        BigDecimal value,
        String unit,
        String description,
        Optional<String> qualifier,
        Optional<String> comparedTo,
        Optional<Direction> direction,
        Span clause) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(clause, "clause");
    }
}
