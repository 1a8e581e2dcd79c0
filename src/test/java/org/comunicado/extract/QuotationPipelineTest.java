package org.comunicado.extract;

import static org.comunicado.extract.ExtractorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotations and their speakers through the whole pipeline: real mentions, real titles. */
class QuotationPipelineTest {

    private static List<Optional<String>> speakers(Findings f) {
        return f.quotations().stream().map(Quotation::speakerId).toList();
    }

    @Test
    void saidThenTitleAndPlaceThenTheName() {
        Findings f = run("Title\n\n“Our consulates go where our people live and work,” said Consul General in Denver Rogelio Santibáñez Ortiz.\n");
        assertEquals(List.of(Optional.of("person/rogelio-santibanez-ortiz")), speakers(f));
    }

    @Test
    void laMandatariaIsThePresidentNamedEarlier() {
        Findings f = run("Título\n\nLa presidenta Claudia Sheinbaum encabezó la reunión.\n\n"
                + "«Queremos que los medicamentos lleguen más rápido a las familias», afirmó la mandataria mexicana.\n");
        assertEquals(List.of(Optional.of("person/claudia-sheinbaum")), speakers(f));
    }

    @Test
    void femininePresidentialTitleSkipsTheManIntroducedAsPresidente() {
        Findings f = run("Título\n\nLa presidenta Claudia Sheinbaum recibió al presidente Luiz Inácio Lula da Silva.\n\n"
                + "«Queremos que los medicamentos lleguen más rápido a las familias», afirmó la mandataria mexicana.\n");
        assertEquals(List.of(Optional.of("person/claudia-sheinbaum")), speakers(f));
    }

    @Test
    void titleAsSubjectMakesItsHolderTheSpeakerOfAnUnframedQuote() {
        Findings f = run("Title\n\nForeign Secretary Tomasa Irigoyen Basave arrived. Foreign Minister Carlos Ramiro Solano said that the talks went well.\n\n"
                + "Later, the Foreign Secretary spoke about the border. \"Our border should be a place of encounter, not of division.\"\n");
        assertEquals(List.of(Optional.of("person/tomasa-irigoyen-basave")), speakers(f));
    }

    @Test
    void spanishTitleSubjectThenElFuncionario() {
        Findings f = run("Título\n\nEl canciller Ramón Ibarra Sotelo recibió al ministro José Manuel Albares.\n\n"
                + "Albares dijo que la visita fue un éxito. El canciller mexicano explicó el acuerdo. «Ningún país debe depender de un solo mercado», señaló el funcionario.\n");
        assertEquals(List.of(Optional.of("person/ramon-ibarra-sotelo")), speakers(f));
    }
}
