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

    private static final WordMatches SPEECH_VERB = WordMatches.of(Pattern.compile(
            "(?<![\\p{L}])(said|says|added|stated|told|noted|explained|emphasized|emphasised|stressed|underscored|highlighted|"
                    + "affirmed|asserted|declared|remarked|pointed out|warned|insisted|recalled|reported|announced|"
                    + "indicated|assured|reaffirmed|reiterated|mentioned|dijo|afirmó|señaló|subrayó|destacó|expresó|indicó|"
                    + "explicó|reiteró|anunció|recordó|aseguró|enfatizó|informó|precisó|sostuvo|manifestó|declaró|agregó|"
                    + "añadió|detalló|difundió|reveló|advirtió)\\b"));
    private static final WordMatches PRONOUN = WordMatches.of(Pattern.compile("(?<![\\p{L}])(she|he|She|He|ella|él|Ella|Él)\\b"));
    private static final WordMatches ACCORDING_TO = WordMatches.of(Pattern.compile("(?i)(?<![\\p{L}])(?:according to|según|de acuerdo con)\\s+"));
    /** "the Foreign Secretary", "la canciller": a title standing for a person named earlier. */
    private static final Pattern TITLE_REFERENCE = Pattern.compile("(?i)^(?:the|el|la)\\s+((?:\\p{L}+\\s+){0,3}?\\p{L}+)(?=\\s*(?:,|\\s+(?:said|says|stated|noted|explained|added|told|dijo|afirmó|señaló|explicó|destacó|subrayó|indicó)\\b))");

    /**
     * @param entities the release's entities by id, for titles standing in for people ("the
     *                 Foreign Secretary noted…")
     */
    public List<Claim> extract(String text, List<Quantity> quantities, List<Quotation> quotations, List<Mention> mentions,
                               Map<String, Entity> entities) {
        Map<Span, List<Quantity>> byClause = new LinkedHashMap<>();
        for (Quantity q : quantities) byClause.computeIfAbsent(q.clause(), k -> new ArrayList<>()).add(q);
        List<Claim> claims = new ArrayList<>();
        byClause.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Span clause = e.getKey();
            Optional<String> author = quotedSpeaker(e.getValue().get(0).span(), quotations)
                    .or(() -> accordingTo(text, clause, mentions, entities))
                    .or(() -> reportedSpeaker(text, clause, mentions, entities));
            List<String> about = mentions.stream().filter(m -> clause.contains(m.span())).map(Mention::entityId)
                    .distinct().sorted().toList();
            claims.add(new Claim(clause, author, about, e.getValue()));
        });
        return claims;
    }

    private static Optional<String> quotedSpeaker(Span quantity, List<Quotation> quotations) {
        return quotations.stream().filter(q -> q.text().contains(quantity)).findFirst().flatMap(Quotation::speakerId);
    }

    /** "According to the IOM, …", "Según la canciller, …". */
    private static Optional<String> accordingTo(String text, Span clause, List<Mention> mentions, Map<String, Entity> entities) {
        // The attribution may open the sentence before the clause that holds the figure.
        int from = Math.max(text.lastIndexOf('\n', clause.begin()) + 1, text.lastIndexOf(". ", clause.begin()) + 2);
        var m = ACCORDING_TO.first(text, Math.min(from, clause.begin()), clause.end());
        if (m == null) return Optional.empty();
        int after = m.end();
        Optional<String> named = mentions.stream()
                .filter(x -> x.span().begin() >= after && x.span().begin() <= after + 4)
                .filter(x -> x.kind() == EntityKind.PERSON || x.kind() == EntityKind.ORGANIZATION)
                .findFirst().map(Mention::entityId);
        return named.or(() -> titled(text.substring(after, clause.end()), m.start(), mentions, entities));
    }

    private static Optional<String> titled(String phrase, int before, List<Mention> mentions, Map<String, Entity> entities) {
        var t = TITLE_REFERENCE.matcher(phrase);
        if (!t.find()) return Optional.empty();
        String title = t.group(1).toLowerCase(java.util.Locale.ROOT);
        return mentions.stream().filter(x -> x.kind() == EntityKind.PERSON && x.span().end() <= before)
                .filter(x -> entities.containsKey(x.entityId()) && entities.get(x.entityId()).jobTitles().stream()
                        .anyMatch(j -> j.text().toLowerCase(java.util.Locale.ROOT).equals(title)))
                .reduce((a, b) -> b).map(Mention::entityId);
    }

    private static Optional<String> reportedSpeaker(String text, Span clause, List<Mention> mentions, Map<String, Entity> entities) {
        var verb = SPEECH_VERB.first(text, clause.begin(), clause.end());
        if (verb == null) return Optional.empty();
        int at = verb.start();
        // The subject: the last person or organisation named in the clause before the verb.
        Optional<String> subject = mentions.stream()
                .filter(m -> m.span().begin() >= clause.begin() && m.span().end() <= at)
                .filter(m -> m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION)
                .reduce((a, b) -> b).map(Mention::entityId);
        if (subject.isPresent()) return subject;
        Optional<String> title = titled(text.substring(clause.begin(), verb.end()), clause.begin(), mentions, entities);
        if (title.isPresent()) return title;
        if (PRONOUN.first(text, clause.begin(), at) != null) {
            return mentions.stream().filter(m -> m.kind() == EntityKind.PERSON && m.span().end() <= clause.begin())
                    .reduce((a, b) -> b).map(Mention::entityId);
        }
        return Optional.empty();
    }
}
