package org.comunicado.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic press releases for the benchmark: the ministry's text format (issuer line,
 * numeric date line, title twice, release number, the "issuer | written date | Press Release"
 * line, two highlights) followed by 6–10 paragraphs, about 2.5–4 KB of body, English for even
 * release numbers and Spanish for odd ones. The text is written here from templates (not corpus
 * text) naming real office-holders, organizations with their acronyms, countries and programmes,
 * with quotations and figures, so the extractors find about as much as in real releases.
 * <p>
 * Release {@code n} is a pure function of the seed and {@code n}: the same seed gives
 * byte-identical files. Immutable and thread-safe.
 */
public final class SyntheticReleases {

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_ES = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre"};

    /** Office-holders with their titles, English and Spanish, in the same order. */
    private static final String[] PEOPLE_EN = {"Foreign Secretary Alicia Bárcena", "President Claudia Sheinbaum",
            "Foreign Secretary Juan Ramón de la Fuente", "Undersecretary Roberto Velasco",
            "Undersecretary Raquel Serur", "President Andrés Manuel López Obrador", "Secretary Marcelo Ebrard"};
    private static final String[] PEOPLE_ES = {"la canciller Alicia Bárcena", "la presidenta Claudia Sheinbaum",
            "el canciller Juan Ramón de la Fuente", "el subsecretario Roberto Velasco",
            "la subsecretaria Raquel Serur", "el presidente Andrés Manuel López Obrador", "el secretario Marcelo Ebrard"};

    private static final String[] ORGS_EN = {"Community of Latin American and Caribbean States (CELAC)",
            "Mexican Social Security Institute (IMSS)", "Economic Commission for Latin America and the Caribbean (ECLAC)",
            "Mexican Agency for International Development Cooperation (AMEXCID)", "Organization of American States (OAS)",
            "World Health Organization (WHO)", "International Organization for Migration (IOM)",
            "United Nations High Commissioner for Refugees (UNHCR)"};
    private static final String[] ORGS_ES = {"la Comunidad de Estados Latinoamericanos y Caribeños (CELAC)",
            "el Instituto Mexicano del Seguro Social (IMSS)", "la Comisión Económica para América Latina y el Caribe (CEPAL)",
            "la Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID)",
            "la Organización de los Estados Americanos (OEA)", "la Organización Mundial de la Salud (OMS)",
            "la Organización Internacional para las Migraciones (OIM)",
            "el Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)"};

    private static final String[] COUNTRIES_EN = {"Guatemala", "Canada", "Honduras", "El Salvador", "Colombia", "Chile",
            "Brazil", "Japan", "Spain", "Germany", "Cuba", "Peru"};
    private static final String[] COUNTRIES_ES = {"Guatemala", "Canadá", "Honduras", "El Salvador", "Colombia", "Chile",
            "Brasil", "Japón", "España", "Alemania", "Cuba", "Perú"};

    private static final String[] PROGRAMS_EN = {"Sembrando Vida (Sowing Life)",
            "Jóvenes Construyendo el Futuro (Youths Building the Future)", "the Comprehensive Development Plan for Central America"};
    private static final String[] PROGRAMS_ES = {"Sembrando Vida", "Jóvenes Construyendo el Futuro",
            "el Plan de Desarrollo Integral para Centroamérica"};

    private static final String[] TOPICS_EN = {"labor mobility", "consular protection", "trade and investment",
            "health cooperation", "climate action", "education and culture", "regional development"};
    private static final String[] TOPICS_ES = {"movilidad laboral", "protección consular", "comercio e inversión",
            "cooperación en salud", "acción climática", "educación y cultura", "desarrollo regional"};

    /** Sentence templates: %P person, %O organization, %C country, %G programme, %T topic, %N count, %R percent, %U dollars. */
    private static final String[] SENTENCES_EN = {
            "%P met the delegation of %C in Mexico City to review the bilateral agenda on %T.",
            "The %O welcomed the initiative and offered technical support to the countries of the region.",
            "Through %G, about %N people in %C have received direct support since the programme began.",
            "\"Mexico will keep working with %C on %T, because cooperation is the best answer to shared challenges,\" said %P.",
            "Trade between Mexico and %C grew by %R compared to the previous year, reaching US$ %U million.",
            "The agreement signed today commits US$ %U million to projects on %T over the next three years.",
            "According to the %O, more than %N consular services were provided to Mexicans living in %C.",
            "\"We have reduced waiting times by %R, and we will not stop until every Mexican abroad is served,\" said %P.",
            "Both delegations agreed to expand %G and to report their progress to the %O before the end of the year.",
            "The meeting was attended by representatives of the %O and of the governments of %C and Mexico.",
            "%P recalled that %G now reaches %N families and that %R of its participants are women.",
            "The parties also discussed migration, security and the fight against illicit arms trafficking."};
    private static final String[] SENTENCES_ES = {
            "%P recibió a la delegación de %C en la Ciudad de México para revisar la agenda bilateral en materia de %T.",
            "%O celebró la iniciativa y ofreció apoyo técnico a los países de la región.",
            "A través de %G, cerca de %N personas en %C han recibido apoyo directo desde el inicio del programa.",
            "\"México seguirá trabajando con %C en %T, porque la cooperación es la mejor respuesta a los desafíos comunes\", afirmó %P.",
            "El comercio entre México y %C creció %R respecto al año anterior y alcanzó %U millones de dólares.",
            "El acuerdo firmado hoy destina %U millones de dólares a proyectos de %T durante los próximos tres años.",
            "De acuerdo con %O, se brindaron más de %N servicios consulares a personas mexicanas que viven en %C.",
            "\"Hemos reducido los tiempos de espera en %R y no nos detendremos hasta atender a cada connacional\", dijo %P.",
            "Ambas delegaciones acordaron ampliar %G e presentar sus avances ante %O antes de que termine el año.",
            "En la reunión participaron %O y representantes de los gobiernos de %C y México.",
            "%P recordó que %G llega hoy a %N familias y que el %R de sus participantes son mujeres.",
            "Las partes también abordaron la migración, la seguridad y el combate al tráfico ilícito de armas."};

    /** Sentences naming nothing and counting nothing, which real releases have plenty of. */
    private static final String[] PLAIN_EN = {
            "The dialogue took place in a cordial atmosphere of mutual respect and shared responsibility.",
            "Both sides stressed the importance of multilateralism and of a rules-based international order.",
            "The working groups will meet again in the coming months to follow up on the commitments made today.",
            "The discussion also covered the situation of families in transit and the protection of children.",
            "Participants agreed that development and well-being are the best way to address the root causes of migration.",
            "The ministry will continue to inform the public about the results of these efforts."};
    private static final String[] PLAIN_ES = {
            "El diálogo se desarrolló en un ambiente cordial de respeto mutuo y responsabilidad compartida.",
            "Ambas partes subrayaron la importancia del multilateralismo y de un orden internacional basado en reglas.",
            "Los grupos de trabajo volverán a reunirse en los próximos meses para dar seguimiento a los compromisos de hoy.",
            "La conversación abordó también la situación de las familias en tránsito y la protección de la niñez.",
            "Las personas participantes coincidieron en que el desarrollo y el bienestar son la mejor vía para atender las causas de la migración.",
            "La cancillería seguirá informando a la ciudadanía sobre los resultados de estos esfuerzos."};

    private final long seed;

    public SyntheticReleases(long seed) {
        this.seed = seed;
    }

    /** The file name of release {@code n}. */
    public static String fileName(int n) {
        return String.format(Locale.ROOT, "%s-%05d.txt", n % 2 == 0 ? "en" : "es", n);
    }

    /** Writes releases {@code 0..count-1} into {@code dir} (created if missing); returns their paths in order. */
    public List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++)
            out.add(Files.writeString(dir.resolve(fileName(n)), text(n), StandardCharsets.UTF_8));
        return out;
    }

    /** The text of release {@code n}: English when {@code n} is even, Spanish when odd. */
    public String text(int n) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + n);
        boolean en = n % 2 == 0;
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(n % 2190);
        int number = n + 1;
        int c = r.nextInt(COUNTRIES_EN.length);
        int t = r.nextInt(TOPICS_EN.length);
        String country = (en ? COUNTRIES_EN : COUNTRIES_ES)[c];
        String topic = (en ? TOPICS_EN : TOPICS_ES)[t];
        String title = en ? "Mexico and " + country + " strengthen cooperation on " + topic
                : "México y " + country + " fortalecen la cooperación en " + topic;
        String numeric = String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        StringBuilder sb = new StringBuilder(4600);
        if (en) {
            sb.append("Ministry of Foreign Affairs of the United Mexican States\n\n")
                    .append(numeric).append(" | Press release | Archived content\n\n")
                    .append(title).append("\n\n").append(title).append("\n\n")
                    .append("Press Release No. ").append(number).append("\n\n")
                    .append("Secretaría de Relaciones Exteriores | ").append(MONTHS_EN[date.getMonthValue() - 1]).append(' ')
                    .append(date.getDayOfMonth()).append(", ").append(date.getYear()).append(" | Press Release\n\n")
                    .append(title).append('\n');
        } else {
            sb.append("Secretaría de Relaciones Exteriores\n\n")
                    .append(numeric).append(" | Comunicado | Contenido archivado\n\n")
                    .append(title).append("\n\n").append(title).append("\n\n")
                    .append("Comunicado No. ").append(number).append("\n\n")
                    .append("Secretaría de Relaciones Exteriores | ").append(date.getDayOfMonth()).append(" de ")
                    .append(MONTHS_ES[date.getMonthValue() - 1]).append(" de ").append(date.getYear()).append(" | Comunicado\n\n")
                    .append(title).append('\n');
        }
        String[] sentences = en ? SENTENCES_EN : SENTENCES_ES;
        sb.append("  • ").append(fill(sentences[2], r, en, c, t)).append('\n');
        sb.append("  • ").append(fill(sentences[4], r, en, c, t)).append("\n\n");
        int paragraphs = 6 + r.nextInt(5);
        int budget = 2500 + r.nextInt(1500);
        int perParagraph = budget / paragraphs;
        for (int p = 0; p < paragraphs; p++) {
            int start = sb.length();
            // A paragraph may change country or topic, as real releases move between partners.
            int pc = r.nextInt(3) == 0 ? r.nextInt(COUNTRIES_EN.length) : c;
            while (sb.length() - start < perParagraph) {
                if (sb.length() > start)
                    sb.append(' ');
                // About half the sentences are plain, for the entity density of real releases (about 130 quads per KB).
                sb.append(r.nextInt(100) < 55 ? pick(en ? PLAIN_EN : PLAIN_ES, r)
                        : fill(sentences[r.nextInt(sentences.length)], r, en, pc, t));
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** A sentence appended by the benchmark to a changed release: one new figure. */
    public static String change(int n) {
        return String.format(Locale.US, "%nIn a later update, the ministry reported about %,d additional consular services.%n",
                1000 + 37 * n);
    }

    private static String fill(String template, Random r, boolean en, int country, int topic) {
        StringBuilder out = new StringBuilder(template.length() + 80);
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch != '%' || i + 1 == template.length()) {
                out.append(ch);
                continue;
            }
            char slot = template.charAt(++i);
            out.append(switch (slot) {
                case 'P' -> pick(en ? PEOPLE_EN : PEOPLE_ES, r);
                case 'O' -> pick(en ? ORGS_EN : ORGS_ES, r);
                case 'C' -> (en ? COUNTRIES_EN : COUNTRIES_ES)[country];
                case 'G' -> pick(en ? PROGRAMS_EN : PROGRAMS_ES, r);
                case 'T' -> (en ? TOPICS_EN : TOPICS_ES)[topic];
                case 'N' -> String.format(Locale.US, "%,d", 100 * (1 + r.nextInt(250)));
                case 'R' -> (1 + r.nextInt(95)) + "%";
                case 'U' -> Integer.toString(1 + r.nextInt(500));
                default -> "%" + slot;
            });
        }
        String s = en ? out.toString() : out.toString().replace(" de el ", " del ").replace(" a el ", " al ");
        // A sentence may open with a Spanish title ("la canciller"): capitalise it.
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }
}
