package org.comunicado.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.comunicado.ingest.Span;

/**
 * Groups the quantities of a release into claims, one per asserting sentence or clause, and
 * finds who asserts each: the speaker of the quotation it stands in, else the subject of a speech
 * verb in the same sentence ("Secretary Bárcena stated that…", "she noted"), else nobody — the
 * mapper then names the issuing organisation. Pure and thread-safe.
 */
public final class ClaimExtractor {

    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(said|says|added|stated|told|noted|explained|emphasized|emphasised|stressed|underscored|highlighted|"
                    + "affirmed|asserted|declared|remarked|pointed out|warned|insisted|recalled|reported|announced|"
                    + "indicated|assured|reaffirmed|reiterated|mentioned|dijo|afirmó|señaló|subrayó|destacó|expresó|indicó|"
                    + "explicó|reiteró|anunció|recordó|aseguró|enfatizó|informó|precisó|sostuvo|manifestó|declaró|agregó|"
                    + "añadió|detalló|difundió|reveló|advirtió)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(she|he|She|He|ella|él|Ella|Él)\\b");

    public List<Claim> extract(String text, List<Quantity> quantities, List<Quotation> quotations, List<Mention> mentions) {
        Map<Span, List<Quantity>> byClause = new LinkedHashMap<>();
        for (Quantity q : quantities) byClause.computeIfAbsent(q.clause(), k -> new ArrayList<>()).add(q);
        List<Claim> claims = new ArrayList<>();
        byClause.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Span clause = e.getKey();
            Optional<String> author = quotedSpeaker(e.getValue().get(0).span(), quotations)
                    .or(() -> reportedSpeaker(text, clause, mentions));
            List<String> about = mentions.stream().filter(m -> clause.contains(m.span())).map(Mention::entityId)
                    .distinct().sorted().toList();
            claims.add(new Claim(clause, author, about, e.getValue()));
        });
        return claims;
    }

    private static Optional<String> quotedSpeaker(Span quantity, List<Quotation> quotations) {
        return quotations.stream().filter(q -> q.text().contains(quantity)).findFirst().flatMap(Quotation::speakerId);
    }

    private static Optional<String> reportedSpeaker(String text, Span clause, List<Mention> mentions) {
        var verb = SPEECH_VERB.matcher(text).region(clause.begin(), clause.end());
        if (!verb.find()) return Optional.empty();
        int at = verb.start();
        // The subject: the last person or organisation named in the clause before the verb.
        Optional<String> subject = mentions.stream()
                .filter(m -> m.span().begin() >= clause.begin() && m.span().end() <= at)
                .filter(m -> m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION)
                .reduce((a, b) -> b).map(Mention::entityId);
        if (subject.isPresent()) return subject;
        var pronoun = PRONOUN.matcher(text).region(clause.begin(), at);
        if (pronoun.find()) {
            return mentions.stream().filter(m -> m.kind() == EntityKind.PERSON && m.span().end() <= clause.begin())
                    .reduce((a, b) -> b).map(Mention::entityId);
        }
        return Optional.empty();
    }
}
