package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

/** The title patterns of one first word find what the patterns of all titles find, where that word starts. */
class PersonTitlePatternsTest {

    private static final String ALL = PersonExtractor.alternatives(PersonExtractor.TITLES);

    private static final String[] AFTER = {
        " Alicia Bárcena", " interino Juan Pérez", " of Foreign Affairs, Roberto Velasco", ", Raquel Serur Smeke.",
        " (SRE), Ana López", " para América Latina, Maximiliano Reyes", "-elect Lula", "s Ana", " general Ana Díaz y",
        " de Gobernación, Rosa Icela Rodríguez", " said", "a Claudia", ". Ana", " y el rey Felipe",
        // What a title may be followed by, read by hand before the pattern is tried.
        " sueca interina Greta", "\t\nAna", " 2024", " ab Ana", " mexicano", ",Ana", " Ñúñez", " 𝐀na", " mexicano 𝐀na",
        " tres cuatro cinco Ana", " of", " (", " por la", " mexicanoAna"};

    /** The title as listed, in lower case, capitalised, or (with four ways) in capitals. */
    private static String cased(Random random, String title, int ways) {
        return switch (random.nextInt(ways)) {
            case 0 -> title;
            case 1 -> title.toLowerCase(Locale.ROOT);
            case 3 -> title.toUpperCase(Locale.ROOT);
            default -> Character.toUpperCase(title.charAt(0)) + title.substring(1);
        };
    }

    @Test
    void restrictedPatternsAgreeWithTheFullOnes() {
        Pattern fullName = PersonExtractor.titleName(ALL);
        Pattern fullComma = PersonExtractor.titleCommaName(ALL);
        Random random = new Random(5);
        for (int round = 0; round < 3000; round++) {
            String title = PersonExtractor.TITLES.get(random.nextInt(PersonExtractor.TITLES.size()));
            String cased = cased(random, title, 3);
            String text = "la " + cased + AFTER[random.nextInt(AFTER.length)] + AFTER[random.nextInt(AFTER.length)];
            // The extractor picks the patterns by the token where the title would start.
            String first = Words.tokens(text, new Span(3, text.length())).get(0).lower();
            List<String> sameFirst = PersonExtractor.TITLES.stream().filter(t -> PersonExtractor.firstWord(t).equals(first)).toList();
            if (sameFirst.isEmpty()) {
                assertFalse(fullName.matcher(text).region(3, text.length()).lookingAt(), text);
                assertFalse(fullComma.matcher(text).region(3, text.length()).lookingAt(), text);
                continue;
            }
            String some = PersonExtractor.alternatives(sameFirst);
            assertSame(fullName, PersonExtractor.titleName(some), text);
            assertSame(fullComma, PersonExtractor.titleCommaName(some), text);
        }
    }

    private static void assertSame(Pattern full, Pattern restricted, String text) {
        Matcher a = full.matcher(text).useTransparentBounds(true).region(3, text.length());
        Matcher b = restricted.matcher(text).useTransparentBounds(true).region(3, text.length());
        boolean matched = a.lookingAt();
        assertEquals(matched, b.lookingAt(), text);
        if (matched) {
            assertEquals(a.end(), b.end(), text);
            assertEquals(a.group("title"), b.group("title"), text);
            assertEquals(a.group("name"), b.group("name"), text);
        }
    }

    private static final String[] AFTER_TITLE_PIECES = {" ", "  ", "\t", "\n", " Ana", " María", " de", " del", " la", " las",
        " y", " van", " dos", " delegado", " sueca", " interina", " said", " the", " ab", " O'Neill", " Jr.", "-", ".", ",", "’s",
        " É", "é", " 𝐀", "x\u0301", "\u0301", "_", "1", " Ñúñez", " López-Obrador", " MC", " señor", " dea", "Ana", "de"};

    @Test
    void nameAfterTitleReadByHandAgreesWithThePattern() {
        Matcher pattern = PersonExtractor.TITLE_NAME.afterTitle().matcher("").useTransparentBounds(true);
        Random random = new Random(13);
        int decided = 0;
        int matched = 0;
        for (int round = 0; round < 50_000; round++) {
            String text = RandomTexts.of(random, AFTER_TITLE_PIECES, 12);
            // Mostly from the start, where a title would end.
            int from = random.nextBoolean() ? 0 : random.nextInt(text.length());
            int end = from + random.nextInt(text.length() - from + 1);
            long read = PersonExtractor.NameAfterTitle.read(text, from, end);
            if (read == PersonExtractor.NameAfterTitle.UNDECIDED) continue;
            decided++;
            Matcher m = pattern.reset(text).region(from, end);
            String where = "[" + text + "] " + from + ".." + end;
            assertEquals(m.lookingAt(), read >= 0, where);
            if (read >= 0) {
                matched++;
                assertEquals(m.start("name"), (int) (read >>> 32), where);
                assertEquals(m.end("name"), (int) read, where);
                assertEquals(m.end(), (int) read, where);
            }
        }
        assertTrue(decided > 40_000 && matched > 2_000, "decided " + decided + ", matched " + matched);
    }

    @Test
    void everyTitleBeginsWithAnAsciiCharacter() {
        // PersonExtractor.startsWithTitle looks titles up by their first character in an ASCII table.
        for (String title : PersonExtractor.TITLES) assertTrue(title.charAt(0) < 128, title);
    }

    @Test
    void aNameStartsWithATitleThatEndsAtASpaceOrWithTheName() {
        String text = "Foreign Secretary Alicia Bárcena, Foreign Secretaryship, Secretary, Mr.Smith";
        assertTrue(PersonExtractor.startsWithTitle(text, 0, 32));
        assertFalse(PersonExtractor.startsWithTitle(text, 34, 55));
        assertTrue(PersonExtractor.startsWithTitle(text, 57, 66));
        assertFalse(PersonExtractor.startsWithTitle(text, 68, text.length()));
        assertFalse(PersonExtractor.startsWithTitle("Álvaro Obregón", 0, 14));
    }

    private static final String[] BEFORE = {"la ", "", "x", "𝐀", "é", "(", " "};

    @Test
    void titlesReadByHandAgreeWithTheWholePatterns() {
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            String title = PersonExtractor.TITLES.get(random.nextInt(PersonExtractor.TITLES.size()));
            String cased = cased(random, title, 4);
            String before = BEFORE[random.nextInt(BEFORE.length)];
            String text = before + cased + AFTER[random.nextInt(AFTER.length)] + AFTER[random.nextInt(AFTER.length)];
            int at = before.length();
            int end = at + random.nextInt(text.length() - at + 1);
            List<String> titles = PersonExtractor.BY_FIRST_WORD.get(PersonExtractor.firstWord(title));
            String some = PersonExtractor.alternatives(titles);
            for (PersonExtractor.TitleRule rule : List.of(PersonExtractor.TITLE_NAME, PersonExtractor.TITLE_COMMA_NAME)) {
                Pattern whole = rule == PersonExtractor.TITLE_NAME ? PersonExtractor.titleName(some) : PersonExtractor.titleCommaName(some);
                Matcher m = whole.matcher(text).useTransparentBounds(true).region(at, end);
                Matcher afterTitle = rule.afterTitle().matcher(text).useTransparentBounds(true);
                PersonExtractor.TitledName read = rule.read(text, at, end, titles, afterTitle);
                String where = text + " " + at + ".." + end;
                assertEquals(m.lookingAt(), read != null, where);
                if (read != null) {
                    assertEquals(m.end("title"), read.titleEnd(), where);
                    assertEquals(m.start("name"), read.nameBegin(), where);
                    assertEquals(m.end("name"), read.nameEnd(), where);
                    assertEquals(m.end(), read.end(), where);
                }
            }
        }
    }
}
