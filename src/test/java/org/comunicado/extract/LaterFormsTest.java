package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

/** {@link PersonExtractor.LaterForms} finds a release's short forms without a {@link Gazetteer}: both must find the same. */
class LaterFormsTest {

    private static final String[] PIECES = {"Vega", "De", "de", "la", "Ana", "Anabel", "Bárcena", "O'Neill", "Ebrard",
            "Vega's", " ", " ", ", ", ".", "-", "1"};

    @Test
    void findsWhatAGazetteerOfTheSameFormsFinds() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            Map<String, String> idsByForm = new LinkedHashMap<>();
            for (int f = random.nextInt(6); f >= 0; f--) {
                idsByForm.putIfAbsent(RandomTexts.of(random, PIECES, 3).strip(), "person/" + random.nextInt(3));
            }
            idsByForm.remove("");
            List<KnownEntity> entries = new ArrayList<>();
            idsByForm.forEach((form, id) -> entries.add(new KnownEntity(EntityKind.PERSON, id, List.of(new LangString(form, "")),
                    List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty())));
            Gazetteer gazetteer = new Gazetteer(entries);
            PersonExtractor.LaterForms<String> laterForms = new PersonExtractor.LaterForms<>(idsByForm, id -> id);
            String text = RandomTexts.of(random, PIECES, 20);
            int from = random.nextInt(text.length());
            Span region = new Span(from, from + random.nextInt(text.length() - from + 1));
            Gazetteer.WordStarts words = Gazetteer.wordStarts(text, region);
            List<String> expected = gazetteer.find(text, words).stream().map(h -> h.span() + " " + h.entity().id()).toList();
            List<String> found = laterForms.find(text, words).stream().map(h -> h.span() + " " + h.person()).toList();
            assertEquals(expected, found, idsByForm + " [" + text + "] " + region);
        }
    }
}
