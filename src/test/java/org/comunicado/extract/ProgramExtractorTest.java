package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.mentioned;
import static org.comunicado.extract.ExtractorFixtures.names;
import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramExtractorTest {

    @Test
    void translationInParenthesesIsAnAliasOfTheSameProgramme() {
        Findings f = run("Families join programs such as Cosechando Agua (Harvesting Water) in the south.\n");
        assertEquals(List.of("Cosechando Agua"), names(f, EntityKind.PROGRAM));
        Entity p = f.programs().entities().get(0);
        assertTrue(p.names().contains(new LangString("Harvesting Water", "en")), p.toString());
        assertEquals(new LangString("Cosechando Agua", "es"), p.names().get(0));
        assertEquals(List.of("Cosechando Agua", "Harvesting Water"), mentioned(f, EntityKind.PROGRAM));
    }

    @Test
    void planHeadNounMakesAProgramme() {
        Findings f = run("The government launched the Coastal Resilience Plan this week.\n");
        assertEquals(List.of("Coastal Resilience Plan"), names(f, EntityKind.PROGRAM));
    }

    @Test
    void modelOfPhraseIsAProgramme() {
        Findings f = run("The ministry explained the Model of Regional Cooperation to the delegates.\n");
        assertEquals(List.of("Model of Regional Cooperation"), names(f, EntityKind.PROGRAM));
    }

    @Test
    void knownProgrammeIsFoundByItsSpanishAndEnglishNames() {
        Findings es = run("El programa Sembrando Vida llegó a Honduras.\n");
        Findings en = run("The Sowing Life program reached Honduras.\n");
        assertEquals(es.programs().entities().get(0).id(), en.programs().entities().get(0).id());
    }

    @Test
    void spanishProgramaHeadNoun() {
        Findings f = run("La SRE presentó el Programa Nacional de Becas Consulares ante la prensa.\n");
        assertEquals(List.of("Programa Nacional de Becas Consulares"), names(f, EntityKind.PROGRAM));
    }

    @Test
    void nameInTheHeadlineIsTheProgrammeTheBodyDefines() {
        Findings f = run("Mexico expands the Coastal Fisheries Support Program\n\nThe ministry reviewed the Coastal Fisheries Support Program (CFSP) with Chile.\n");
        assertEquals(1, f.programs().entities().size(), f.programs().entities().toString());
        assertEquals(List.of("CFSP"), f.programs().entities().get(0).acronyms());
    }
}
