package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.mentioned;
import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class CountryExtractorTest {

    private static List<String> codes(Findings f) {
        return f.countries().entities().stream().map(Entity::code).map(Optional::orElseThrow).toList();
    }

    @Test
    void englishAndSpanishNamesGiveIsoCodes() {
        Findings f = run("Mexico and Peru signed the agreement with España and Túnez.\n");
        assertEquals(List.of("ESP", "MEX", "PER", "TUN"), codes(f));
    }

    @Test
    void variantsOfTheUnitedStatesAreOneCountry() {
        Findings f = run("Consulates in the U.S. and in the United States of America serve the community. En EE.UU. y Estados Unidos también.\n");
        assertEquals(List.of("USA"), codes(f));
        assertEquals(4, mentioned(f, EntityKind.COUNTRY).size());
    }

    @Test
    void demonymAloneIsNotACountry() {
        Findings f = run("Mexican and Peruvian nationals were assisted by the consulates.\n");
        assertEquals(List.of(), codes(f));
    }

    @Test
    void organizationNamedAsTheCountrysNamesTheCountry() {
        Findings f = run("La Secretaría de Relaciones Exteriores de Panamá publicó su informe.\n");
        assertEquals(List.of("PAN"), codes(f));
    }

    @Test
    void countryWordsInsideOtherNamesAreNotCountryMentions() {
        Findings f = run("The Mexican Model of Human Mobility and the Mexico City Metro were discussed.\n");
        assertEquals(List.of(), codes(f));
    }

    @Test
    void countryCarriesBothLanguagesNames() {
        Entity mex = run("México participó.\n").countries().entities().get(0);
        assertEquals(List.of(new LangString("Mexico", "en"), new LangString("México", "es")), mex.names());
    }

    @Test
    void cityNamedAfterItsCountryIsAPlaceNotTheCountry() {
        Findings f = run("Ciudad de México. El embajador llegó desde Mexico City.\n");
        assertEquals(List.of(), codes(f));
        assertEquals(List.of("Ciudad de México", "Mexico City"), ExtractorFixtures.mentioned(f, EntityKind.PLACE));
    }

    @Test
    void dollarSignAfterACountryCodeIsACurrency() {
        Findings f = run("The fund received US$ 12 million from donors.\n");
        assertEquals(List.of(), codes(f));
    }

    @Test
    void officialSpanishNameOfMexicoIsMexicoButNeverShownAsALabel() {
        Findings f = run("Los Estados Unidos Mexicanos firmaron el acuerdo.\n");
        assertEquals(List.of("MEX"), codes(f));
        assertEquals(List.of(), f.countries().entities().get(0).altLabels());
    }

    @Test
    void countriesAnOrganizationServesAreNamed() {
        Findings f = run("La directora de la Oficina de la OIT para Colombia y Venezuela habló ayer.\n");
        assertEquals(List.of("COL", "VEN"), codes(f));
    }

    /** The rule as first written: every mention walked, the whole text before the country matched. */
    private static final Pattern CONNECTOR = Pattern.compile("\\s(?:of|of the|for|in|to|and|de|del|de la|para|en|y|ante)\\s$");

    private static boolean walkingEveryMention(String text, List<Mention> taken, Span country) {
        for (Mention m : taken) {
            boolean namesItsCountry = m.kind() == EntityKind.ORGANIZATION && country.begin() > m.span().begin()
                    && CONNECTOR.matcher(text.substring(m.span().begin(), country.begin())).find();
            if (m.span().overlaps(country) && !namesItsCountry) return true;
        }
        return false;
    }

    /** The mentions looked up by where they begin give what walking them all gives, for any mentions, overlapping or not. */
    @Test
    void mentionsByBeginAgreeWithWalkingEveryMention() {
        String[] pieces = {"Embassy", "of", "the", "Mexico", "de", "la", "en", "y", "Cuba", "\n", " ", "  ", "Oficina"};
        Random random = new Random(13);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 4 + random.nextInt(20); w++) b.append(pieces[random.nextInt(pieces.length)]).append(' ');
            String text = b.toString();
            List<Mention> taken = new ArrayList<>();
            for (int m = 0; m < random.nextInt(12); m++) {
                int begin = random.nextInt(text.length());
                Span span = new Span(begin, begin + random.nextInt(Math.min(40, text.length() - begin) + 1));
                taken.add(new Mention(span, "x/" + m, random.nextBoolean() ? EntityKind.ORGANIZATION : EntityKind.PERSON));
            }
            CountryExtractor.TakenByBegin byBegin = new CountryExtractor.TakenByBegin(taken);
            for (int c = 0; c < 10; c++) {
                int begin = random.nextInt(text.length());
                Span country = new Span(begin, begin + 1 + random.nextInt(Math.min(8, text.length() - begin)));
                assertEquals(walkingEveryMention(text, taken, country), byBegin.insideAnotherName(text, country),
                        () -> "\"" + text + "\" " + taken + " " + country);
            }
        }
    }
}
