package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class EntityCollectorTest {

    private static final String[] NAMES = {"Comisión Nacional", "National Commission", "CN", "CONA", "Comisión", "Commission"};
    private static final String[] LANGUAGES = {"es", "en", "fr"};

    /** A known entity with a few of the names above, in random languages, some of them as acronyms or translations. */
    private static KnownEntity randomEntity(Random random, int n) {
        List<LangString> names = new ArrayList<>();
        List<LangString> translations = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) names.add(new LangString(pick(random, NAMES), pick(random, LANGUAGES)));
        for (int i = 0; i < random.nextInt(2); i++) translations.add(new LangString(pick(random, NAMES), pick(random, LANGUAGES)));
        for (int i = 0; i < random.nextInt(3); i++) acronyms.add(pick(random, NAMES));
        return new KnownEntity(EntityKind.ORGANIZATION, "org/e" + n, names, translations, acronyms, List.of(), List.of(), List.of(),
                Optional.empty());
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The lists made once for the known entities give the entities that gathering them for the release gives. */
    @Test
    void knownListsGiveTheEntitiesGatheredForTheRelease() {
        String text = String.join(" ", NAMES);
        Random random = new Random(5);
        for (int round = 0; round < 2000; round++) {
            List<KnownEntity> entities = List.of(randomEntity(random, 0), randomEntity(random, 1));
            String language = pick(random, LANGUAGES);
            EntityCollector gathered = new EntityCollector(EntityKind.ORGANIZATION, language, text);
            EntityCollector fromLists = new EntityCollector(EntityKind.ORGANIZATION, language, text, new EntityCollector.KnownLists(entities));
            for (int m = 0; m < 1 + random.nextInt(4); m++) {
                KnownEntity k = entities.get(random.nextInt(entities.size()));
                String form = pick(random, NAMES);
                Span span = new Span(text.indexOf(form), text.indexOf(form) + form.length());
                EntityCollector.Form sort = EntityCollector.Form.values()[random.nextInt(EntityCollector.Form.values().length)];
                gathered.mention(span, k.id(), Optional.of(k), sort);
                fromLists.mention(span, k.id(), Optional.of(k), sort);
            }
            assertEquals(gathered.result(), fromLists.result());
        }
    }
}
