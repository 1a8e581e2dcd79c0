package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** English and Spanish versions are paired by number and date. */
class TranslationLinksTest {

    private static TranslationLinks.Member member(String iri, String lang, String number, LocalDate date) {
        return new TranslationLinks.Member(iri, lang, Optional.ofNullable(number), Optional.ofNullable(date));
    }

    private static final LocalDate AUG_20 = LocalDate.of(2024, 8, 20);

    @Test
    void sameNumberAndDateInTwoLanguagesArePaired() {
        var en = member("r/2024-08-20-315-en", "en", "315", AUG_20);
        var es = member("r/2024-08-20-315-es", "es", "315", AUG_20);
        assertEquals(List.of(new TranslationLinks.Pair(en, es)), TranslationLinks.pairs(List.of(es, en)));
    }

    @Test
    void differentDateOrNumberIsNoPair() {
        var en = member("en", "en", "315", AUG_20);
        var otherDay = member("es1", "es", "315", AUG_20.plusDays(1));
        var otherNumber = member("es2", "es", "316", AUG_20);
        assertEquals(List.of(), TranslationLinks.pairs(List.of(en, otherDay, otherNumber)));
    }

    @Test
    void releasesWithoutNumberOrDateAreNeverPaired() {
        assertEquals(List.of(), TranslationLinks.pairs(List.of(member("en", "en", null, AUG_20), member("es", "es", null, AUG_20),
                member("en2", "en", "7", null), member("es2", "es", "7", null))));
    }

    @Test
    void sameLanguageIsNoPair() {
        assertEquals(List.of(), TranslationLinks.pairs(List.of(member("a", "es", "315", AUG_20), member("b", "es", "315", AUG_20))));
    }

    @Test
    void leadingZerosDoNotMatter() {
        var en = member("en", "en", "01", AUG_20);
        var es = member("es", "es", "1", AUG_20);
        assertEquals(List.of(new TranslationLinks.Pair(en, es)), TranslationLinks.pairs(List.of(en, es)));
    }
}
