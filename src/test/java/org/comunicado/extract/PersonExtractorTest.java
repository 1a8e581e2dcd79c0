package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.mentioned;
import static org.comunicado.extract.ExtractorFixtures.names;
import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {

    private static Entity person(Findings f, String name) {
        return f.entities().stream().filter(e -> e.kind() == EntityKind.PERSON && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + names(f, EntityKind.PERSON)));
    }

    @Test
    void titleThenUnknownNameIsAPerson() {
        Findings f = run("Ambassador Teodora Quintanilla Reyes met the press in Lima.\n");
        assertEquals(List.of("Teodora Quintanilla Reyes"), names(f, EntityKind.PERSON));
        assertTrue(person(f, "Teodora Quintanilla Reyes").jobTitles().contains(new LangString("Ambassador", "en")));
    }

    @Test
    void spanishTitleComplementAndCommaBeforeName() {
        Findings f = run("El subsecretario para Asuntos Multilaterales y Derechos Humanos, Genaro Olvera Pastrana, explicó la postura de México.\n");
        Entity p = person(f, "Genaro Olvera Pastrana");
        assertEquals("subsecretario para Asuntos Multilaterales y Derechos Humanos", p.jobTitles().get(0).text());
    }

    @Test
    void surnameAloneRefersToEarlierFullName() {
        Findings f = run("Foreign Secretary Tomasa Irigoyen Basave opened the meeting. Later, Irigoyen thanked the delegations.\n");
        assertEquals(List.of("Tomasa Irigoyen Basave"), names(f, EntityKind.PERSON));
        assertEquals(List.of("Tomasa Irigoyen Basave", "Irigoyen"), mentioned(f, EntityKind.PERSON));
    }

    @Test
    void titleWithSurnameResolvesToKnownPerson() {
        Findings f = run("At the press conference led by President López Obrador, the government reviewed its agenda.\n");
        assertEquals(List.of("Andrés Manuel López Obrador"), names(f, EntityKind.PERSON));
        assertEquals(List.of("López Obrador"), mentioned(f, EntityKind.PERSON));
    }

    @Test
    void particlesStayInsideTheName() {
        Findings f = run("Foreign Secretary Juan Ramón de la Fuente Ramírez presented the priorities. De la Fuente then left.\n");
        assertTrue(mentioned(f, EntityKind.PERSON).contains("Juan Ramón de la Fuente Ramírez"), mentioned(f, EntityKind.PERSON).toString());
    }

    @Test
    void givenNameStartsAPersonWithoutTitle() {
        Findings f = run("The agreement was signed during the government of Pedro Castillo in Lima.\n");
        assertEquals(List.of("Pedro Castillo"), names(f, EntityKind.PERSON));
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        Findings f = run("During President Andrés Manuel López Obrador's administration, trade grew.\n");
        assertEquals(List.of("Andrés Manuel López Obrador"), mentioned(f, EntityKind.PERSON));
    }

    @Test
    void organizationWordsAreNotPeople() {
        Findings f = run("The Mexican Social Security Institute and the National Electoral Institute signed an agreement.\n");
        assertEquals(List.of(), names(f, EntityKind.PERSON));
    }

    @Test
    void samePersonAcrossLanguagesHasOneIdentity() {
        Findings en = run("President Claudia Sheinbaum spoke today.\n");
        Findings es = run("La presidenta Claudia Sheinbaum habló hoy con la prensa.\n");
        assertEquals(en.persons().entities().get(0).id(), es.persons().entities().get(0).id());
    }

    @Test
    void shortTwoWordNamesAreNotMistakenForAcronyms() {
        Findings f = run("El subsecretario Genaro Olvera explicó la postura.\n");
        assertEquals(List.of("Genaro Olvera"), names(f, EntityKind.PERSON));
    }

    @Test
    void middleNameAndSecondSurnameGivenOnceAreTheSamePerson() {
        Findings f = run("Interior Secretary Rosalba Treviño Garza met the envoy. Later, Rosalba Inés Treviño thanked the delegates.\n");
        assertEquals(List.of("Rosalba Treviño Garza"), names(f, EntityKind.PERSON));
    }

    @Test
    void shortFormSeenFirstJoinsTheReferenceEntryNamedLater() {
        // "Luisa Alcalde Luján" is not in the reference lists; "Luisa María Alcalde" is.
        Findings f = run("Interior Secretary Luisa Alcalde Luján opened the forum. Interior Secretary Luisa María Alcalde said it was a success.\n");
        assertEquals(List.of("person/luisa-maria-alcalde"), f.persons().entities().stream().map(Entity::id).toList());
        assertEquals(2, mentioned(f, EntityKind.PERSON).size());
    }

    @Test
    void titleCaseHeadlineGivesOnlyNamesKnownFromTheBody() {
        Findings f = run("Ambassador Teodora Quintanilla Reyes Opens Consular Week With Leaders Of The Chamber\n\n"
                + "Ambassador Teodora Quintanilla Reyes opened the consular week in Denver.\n");
        assertEquals(List.of("Teodora Quintanilla Reyes"), names(f, EntityKind.PERSON));
        assertEquals(List.of("Teodora Quintanilla Reyes", "Teodora Quintanilla Reyes"), mentioned(f, EntityKind.PERSON));
        assertEquals(List.of(), names(f, EntityKind.ORGANIZATION));
    }

    @Test
    void longTitleWithCapitalisedComplementBeforeTheName() {
        Findings f = run("Undersecretary for Central America and the Caribbean Rogelio Santibáñez Ortiz opened the session.\n");
        assertEquals(List.of("Rogelio Santibáñez Ortiz"), names(f, EntityKind.PERSON));
    }

    @Test
    void aTitleWordAfterATitleIsNotAName() {
        Findings f = run("The Consul General in Denver and the Deputy Foreign Minister for Asia attended.\n");
        assertEquals(List.of(), names(f, EntityKind.PERSON));
    }

    @Test
    void oneCapitalisedWordAfterATitleAndCommaIsNotAName() {
        Findings f = run("Canada's Minister of Trade, Industry and Innovation, Colette Marchand, arrived.\n");
        assertEquals(List.of("Colette Marchand"), names(f, EntityKind.PERSON));
    }

    @Test
    void givenNameInsideACountrysNameIsNoPerson() {
        Findings f = run("Se reunió con las delegaciones de Honduras y San Vicente y las Granadinas.\n");
        assertEquals(List.of(), names(f, EntityKind.PERSON));
    }

    @Test
    void particleSurnameOpeningASentenceIsTheSamePerson() {
        Findings f = run("El embajador Santiago Andrés de la Vega Ugalde llegó ayer. De la Vega sostuvo reuniones.\n");
        assertEquals(List.of("Santiago Andrés de la Vega Ugalde"), names(f, EntityKind.PERSON));
        assertEquals(2, mentioned(f, EntityKind.PERSON).size());
    }

    @Test
    void namesAreCutAtSpacesAsTheWhitespacePatternCutsThem() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        for (String name : List.of("Alicia Bárcena", "Juan  Ramón\tde la Fuente", " Ebrard", "Ebrard ", "Sheinbaum",
                "", "   ", "Luisa\u00a0María Alcalde", "a \n b\r\n")) {
            assertEquals(List.of(spaces.split(name)), PersonExtractor.spaceSeparated(name), name);
        }
    }

    @Test
    void everyGivenNameIsCapitalised() {
        assertTrue(PersonExtractor.givenNamesAreCapitalised());
    }
}
