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

    /** Asked of every word of every capitalised phrase, most of which it turns away by their capital initial. */
    private static final Lexicon HEAD_BOUNDARY = Lexicon.of(Set.of("of", "for", "on", "against", "to", "de", "del", "para", "sobre", "contra"));

    private Heads() {
    }

    /** ORGANIZATION, PROGRAM, or empty when the phrase has neither kind of head noun. */
    public static Optional<EntityKind> kindOf(List<Words.Token> phrase) {
        return kindOf(phrase, false);
    }

    /** Whether some word of the phrase is a head noun: {@link #kindOf(List)} is not empty. */
    static boolean hasHead(List<Words.Token> phrase) {
        // By index: the phrases are views of a block's tokens, whose iterators are not inlined away.
        for (int i = 0; i < phrase.size(); i++) if (HEADS.contains(phrase.get(i))) return true;
        return false;
    }

    /** Whether the phrase's head names an agreement, a law or a meeting ("… Agreement (USMCA)"). */
    public static boolean isInstrument(List<Words.Token> phrase) {
        int boundary = headBoundary(phrase);
        for (int i = boundary - 1; i >= 0; i--) {
            Words.Token w = phrase.get(i);
            if (INSTRUMENTS.contains(w)) return true;
            if (kindOf(w).isPresent()) return false;
        }
        return false;
    }

    /**
     * {@link #kindOf(List)}, or empty when the phrase {@link #isInstrument is an instrument}: both
     * read in one pass, as every capitalised phrase asks both.
     */
    static Optional<EntityKind> kindUnlessInstrument(List<Words.Token> phrase) {
        return kindOf(phrase, true);
    }

    private static Optional<EntityKind> kindOf(List<Words.Token> phrase, boolean unlessInstrument) {
        int boundary = headBoundary(phrase);
        for (int i = boundary - 1; i >= 0; i--) {
            Words.Token w = phrase.get(i);
            if (unlessInstrument && INSTRUMENTS.contains(w)) return Optional.empty();
            Optional<EntityKind> k = kindOf(w);
            if (k.isPresent()) return k;
        }
        for (int i = 0; i < phrase.size(); i++) {
            Optional<EntityKind> k = kindOf(phrase.get(i));
            if (k.isPresent()) return k;
        }
        return Optional.empty();
    }

    /** Where the head's complement starts: the first "of", "de"…, or the phrase's end. */
    private static int headBoundary(List<Words.Token> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (HEAD_BOUNDARY.contains(phrase.get(i))) return i;
        }
        return phrase.size();
    }

    static Optional<EntityKind> kindOf(String word) {
        if (!HEADS.contains(word)) return Optional.empty();
        return ORGANIZATION.contains(word) ? ORGANIZATION_KIND : PROGRAM_KIND;
    }

    /** {@link #kindOf(String)} of the token's text, which most tokens are turned away without cutting out. */
    static Optional<EntityKind> kindOf(Words.Token token) {
        if (!HEADS.contains(token)) return Optional.empty();
        return ORGANIZATION.contains(token.text()) ? ORGANIZATION_KIND : PROGRAM_KIND;
    }

    /** Both sets above, asked of every word of every capitalised phrase: most words are neither, and one look-up says so. */
    private static final Lexicon HEADS = Lexicon.of(java.util.stream.Stream.concat(ORGANIZATION.stream(), PROGRAM.stream()).toList());
    private static final Lexicon INSTRUMENTS = Lexicon.of(INSTRUMENT);
    /** {@link #PERSON_TITLE}, asked of the words before the head noun of every headed phrase. */
    private static final Lexicon PERSON_TITLES = Lexicon.of(PERSON_TITLE);

    /** Whether the token is a person's title ({@link #PERSON_TITLE}), read in place. */
    static boolean isPersonTitle(Words.Token token) {
        return PERSON_TITLES.contains(token);
    }
    private static final Optional<EntityKind> ORGANIZATION_KIND = Optional.of(EntityKind.ORGANIZATION);
    private static final Optional<EntityKind> PROGRAM_KIND = Optional.of(EntityKind.PROGRAM);
}
