package org.comunicado.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a capitalised phrase names from its head noun: "Social Security Institute" is an
 * organization, "Health Self-Sufficiency Plan" a programme. English names put the head before the
 * first "of"/"for" ("Model of Human Mobility"), Spanish ones first ("Secretaría de …"). Stateless.
 */
public final class Heads {

    static final Set<String> ORGANIZATION = Set.of(
            "Ministry", "Ministries", "Secretariat", "Institute", "Agency", "Committee", "Committees", "Court", "Fund",
            "Bank", "Council", "Party", "Organization", "Organisation", "Union", "Commission", "Department", "Office",
            "Senate", "Congress", "Assembly", "Army", "Register", "Registry", "Board", "Collective", "University",
            "Foundation", "Authority", "Service", "Unit", "Alliance", "Community", "Entity", "Federation",
            "Association", "Chamber", "Tribunal", "Directorate", "Corporation", "Company", "Institution", "Guard",
            "Police", "Navy", "Coalition", "Society", "League", "Network", "Biologics", "Laboratories", "Group",
            "Mission", "Embassy", "Consulate", "Misión", "Embajada", "Consulado", "Representación",
            "Command", "Comando", "Ministerio", "Ministerios",
            "Secretaría", "Secretaria", "Instituto", "Comisión", "Consejo", "Fondo", "Banco", "Partido",
            "Organización", "Comité", "Corte", "Agencia", "Universidad", "Ejército", "Cámara",
            "Senado", "Congreso", "Registro", "Servicio", "Fiscalía", "Procuraduría", "Dirección", "Unidad",
            "Oficina", "Asamblea", "Comunidad", "Alianza", "Unión", "Federación", "Asociación", "Guardia",
            "Fundación", "Grupo", "Sociedad", "Coordinación", "Subsecretaría");

    static final Set<String> PROGRAM = Set.of(
            "Plan", "Program", "Programme", "Programs", "Programmes", "Model", "Strategy", "Initiative",
            "Programa", "Programas", "Modelo", "Estrategia", "Iniciativa");

    /** Titles of people, which may stand before a body's name in a capitalised run but are no part of it. */
    static final Set<String> PERSON_TITLE = Set.of(
            "Representative", "Ambassador", "Secretary", "Director", "Minister", "President", "Consul",
            "Undersecretary", "Governor", "Mayor", "Commissioner", "Spokesperson", "Coordinator", "Head", "Chief",
            "Chair", "Chairman", "Chairwoman", "Delegate", "Envoy", "Embajador", "Embajadora", "Representante",
            "Directora", "Secretario", "Subsecretario", "Subsecretaria", "Presidente", "Presidenta", "Titular",
            "Cónsul", "Ministro", "Ministra", "Coordinador", "Coordinadora", "Comisionado", "Comisionada");

    /** Agreements, laws and meetings: named, but neither bodies nor programmes. */
    static final Set<String> INSTRUMENT = Set.of(
            "Agreement", "Agreements", "Treaty", "Convention", "Accord", "Accords", "Protocol", "Declaration", "Law",
            "Act", "Summit", "Conference", "Forum", "Dialogue", "Reform", "Charter", "Covenant", "Memorandum",
            "Acuerdo", "Acuerdos", "Tratado", "Convención", "Convenio", "Protocolo", "Declaración", "Ley", "Cumbre",
            "Conferencia", "Foro", "Diálogo", "Reforma", "Carta", "Memorándum");

    private static final Set<String> HEAD_BOUNDARY = Set.of("of", "for", "on", "against", "to", "de", "del", "para", "sobre", "contra");

    private Heads() {
    }

    /** ORGANIZATION, PROGRAM, or empty when the phrase has neither kind of head noun. */
    public static Optional<EntityKind> kindOf(List<Words.Token> phrase) {
        int boundary = phrase.size();
        for (int i = 0; i < phrase.size(); i++) {
            if (HEAD_BOUNDARY.contains(phrase.get(i).text())) {
                boundary = i;
                break;
            }
        }
        for (int i = boundary - 1; i >= 0; i--) {
            Optional<EntityKind> k = kindOf(phrase.get(i).text());
            if (k.isPresent()) return k;
        }
        for (Words.Token t : phrase) {
            Optional<EntityKind> k = kindOf(t.text());
            if (k.isPresent()) return k;
        }
        return Optional.empty();
    }

    /** Whether the phrase's head names an agreement, a law or a meeting ("… Agreement (USMCA)"). */
    public static boolean isInstrument(List<Words.Token> phrase) {
        int boundary = phrase.size();
        for (int i = 0; i < phrase.size(); i++) {
            if (HEAD_BOUNDARY.contains(phrase.get(i).text())) {
                boundary = i;
                break;
            }
        }
        for (int i = boundary - 1; i >= 0; i--) {
            String w = phrase.get(i).text();
            if (INSTRUMENT.contains(w)) return true;
            if (kindOf(w).isPresent()) return false;
        }
        return false;
    }

    static Optional<EntityKind> kindOf(String word) {
        if (ORGANIZATION_HEADS.contains(word)) return Optional.of(EntityKind.ORGANIZATION);
        if (PROGRAM_HEADS.contains(word)) return Optional.of(EntityKind.PROGRAM);
        return Optional.empty();
    }

    /** The two sets above, asked of every word of every capitalised phrase. */
    private static final Lexicon ORGANIZATION_HEADS = Lexicon.of(ORGANIZATION);
    private static final Lexicon PROGRAM_HEADS = Lexicon.of(PROGRAM);
}
