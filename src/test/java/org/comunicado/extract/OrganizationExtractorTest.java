package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.mentioned;
import static org.comunicado.extract.ExtractorFixtures.names;
import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationExtractorTest {

    private static Entity org(Findings f, String name) {
        return f.organizations().entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + names(f, EntityKind.ORGANIZATION)));
    }

    @Test
    void longNameThenAcronymDefinesBoth() {
        Findings f = run("The Andean Fisheries Council (AFC) met in Lima. The AFC agreed on new quotas.\n");
        Entity afc = org(f, "Andean Fisheries Council");
        assertEquals(List.of("AFC"), afc.acronyms());
        assertEquals(List.of("Andean Fisheries Council", "AFC", "AFC"), mentioned(f, EntityKind.ORGANIZATION));
    }

    @Test
    void acronymThenLongNameDefinesBoth() {
        Findings f = run("Officials of the OPAF (Pacific Ocean Fisheries Office) arrived on Monday.\n");
        assertEquals(List.of("OPAF"), org(f, "Pacific Ocean Fisheries Office").acronyms());
    }

    @Test
    void headNounPhraseIsAnOrganization() {
        Findings f = run("Senators met with the Northern Border Water Commission to review the treaty.\n");
        assertEquals(List.of("Northern Border Water Commission"), names(f, EntityKind.ORGANIZATION));
    }

    @Test
    void twoBodiesJoinedByAndAreTwo() {
        Findings f = run("The Senate Energy Board and the Senate Trade Committee sent their opinions.\n");
        assertEquals(List.of("Senate Energy Board", "Senate Trade Committee"), mentioned(f, EntityKind.ORGANIZATION));
    }

    @Test
    void conjunctionInsideOneNameIsKept() {
        Findings f = run("They created the Andean and Amazonian Rivers Agency last year.\n");
        assertEquals(List.of("Andean and Amazonian Rivers Agency"), mentioned(f, EntityKind.ORGANIZATION));
    }

    @Test
    void englishAndSpanishNamesOfTheMinistryAreOneOrganization() {
        Findings en = run("The Foreign Ministry issued a statement.\n");
        Findings es = run("La Secretaría de Relaciones Exteriores (SRE) emitió un comunicado y la Cancillería lo difundió.\n");
        String id = en.organizations().entities().get(0).id();
        assertEquals(List.of(id), es.organizations().entities().stream().map(Entity::id).toList());
        assertEquals(3, mentioned(es, EntityKind.ORGANIZATION).size());
    }

    @Test
    void spanishHeadNounComesFirst() {
        Findings f = run("La Comisión Nacional de Pesca Ribereña presentó su informe anual.\n");
        assertEquals(List.of("Comisión Nacional de Pesca Ribereña"), names(f, EntityKind.ORGANIZATION));
    }

    @Test
    void summitsAndLawsAreNotOrganizations() {
        Findings f = run("Leaders met at the Ninth Regional Summit to discuss the Federal Law on Monuments.\n");
        assertEquals(List.of(), names(f, EntityKind.ORGANIZATION));
    }

    @Test
    void acronymIsMatchedCaseSensitively() {
        Findings f = run("The UN Secretary-General spoke. Let us move on, said the host.\n");
        assertTrue(mentioned(f, EntityKind.ORGANIZATION).contains("UN"));
        assertTrue(mentioned(f, EntityKind.ORGANIZATION).stream().noneMatch(m -> m.equals("us")));
    }

    @Test
    void nameListingPortfoliosWithCommasIsOneBody() {
        Findings f = run("Según el Ministerio de Economía, Comercio y Empresa de Portugal, el comercio creció.\n");
        assertEquals(List.of("Ministerio de Economía, Comercio y Empresa de Portugal"), names(f, EntityKind.ORGANIZATION));
    }

    @Test
    void agreementsAreNeitherOrganizationsNorProgrammes() {
        Findings f = run("Both countries reviewed the Pacific Fisheries Agreement (PFA) and the PFA quotas.\n");
        assertEquals(List.of(), names(f, EntityKind.ORGANIZATION));
        assertEquals(List.of(), names(f, EntityKind.PROGRAM));
    }

    @Test
    void titleBeforeAKnownBodyIsNotPartOfItsName() {
        Findings f = run("The Executive Director of UN Women (ONU Mujeres) spoke in New York.\n");
        assertEquals(List.of("UN Women", "ONU Mujeres"), mentioned(f, EntityKind.ORGANIZATION));
        assertEquals(List.of(), names(f, EntityKind.PROGRAM));
    }

    @Test
    void numberWordOpeningASentenceIsNotPartOfAName() {
        Findings f = run("Two Navy ships arrived in the port.\n");
        assertTrue(names(f, EntityKind.ORGANIZATION).stream().noneMatch(n -> n.startsWith("Two")), names(f, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void personsTitleBeforeTheHeadNounIsNotPartOfTheBody() {
        Findings f = run("Mexico's Permanent Representative to the Andean Fisheries Office at Lima spoke.\n");
        assertEquals(List.of("Andean Fisheries Office"), names(f, EntityKind.ORGANIZATION));
    }

    @Test
    void countriesListedAfterABodyAreNotPartOfItsName() {
        Findings f = run("The Northern Water Commission, Mexico and Canada met today.\n");
        assertEquals(List.of("Northern Water Commission"), names(f, EntityKind.ORGANIZATION));
    }
}
