package org.comunicado.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bundled query, run through {@code query --format json NAME} on the dataset built from the
 * bundled release (en-seed.txt: 2024-08-20, no. 315), checked against what the release says.
 */
class BundledQueriesOnSeedTest {

    private static final String ID = "https://w3id.org/comunicado/id/";
    private static final String BARCENA = ID + "person/alicia-barcena";
    private static final String AMLO = ID + "person/andres-manuel-lopez-obrador";

    @TempDir
    static Path shared;

    static Path seed;

    @BeforeAll
    static void buildSeed() {
        seed = shared.resolve("seed");
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("build", "--out", seed.toString());
        assertEquals(0, code, err.toString());
    }

    /** The rows of a bundled query: variable name to IRI or lexical form (unbound variables absent). */
    static List<Map<String, String>> rows(String query) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("query", "--data", seed.toString(), "--format", "json", query);
        assertEquals(0, code, query + ": " + err);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            Map<String, String> row = new LinkedHashMap<>();
            b.vars().forEachRemaining(v -> {
                Node n = b.get(v);
                row.put(v.getVarName(), n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> only(List<Map<String, String>> rows, String column, String value) {
        List<Map<String, String>> hits = rows.stream().filter(r -> value.equals(r.get(column))).toList();
        assertEquals(1, hits.size(), column + "=" + value + " in " + rows);
        return hits.get(0);
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(" \\| ")));
    }

    @Test
    void peopleAreBarcenaAndLopezObradorWithTheirTitles() {
        List<Map<String, String>> rows = rows("people");
        assertEquals(Set.of(BARCENA, AMLO), rows.stream().map(r -> r.get("person")).collect(Collectors.toSet()), rows.toString());
        Map<String, String> barcena = only(rows, "person", BARCENA);
        assertEquals("Alicia Bárcena", barcena.get("name"));
        assertTrue(split(barcena.get("titles")).contains("Foreign Secretary"), barcena.toString());
        Map<String, String> amlo = only(rows, "person", AMLO);
        assertEquals("Andrés Manuel López Obrador", amlo.get("name"));
        assertTrue(split(amlo.get("titles")).contains("President"), amlo.toString());
        rows.forEach(r -> assertEquals("1", r.get("releases"), r.toString()));
    }

    @Test
    void organizationsIncludeCelacAndTheInternationalCourtOfJustice() {
        List<Map<String, String>> rows = rows("organizations");
        Map<String, String> celac = only(rows, "org", ID + "org/community-of-latin-american-and-caribbean-states");
        assertEquals("Community of Latin American and Caribbean States", celac.get("name"));
        assertTrue(split(celac.get("acronyms")).contains("CELAC"), celac.toString());
        Map<String, String> icj = only(rows, "org", ID + "org/international-court-of-justice");
        assertTrue(split(icj.get("acronyms")).contains("ICJ"), icj.toString());
        Map<String, String> imss = only(rows, "org", ID + "org/mexican-social-security-institute");
        assertTrue(split(imss.get("acronyms")).contains("IMSS"), imss.toString());
        rows.forEach(r -> assertEquals("1", r.get("releases"), r.toString()));
    }

    @Test
    void organizationNamesAreTheEnglishNames() {
        List<Map<String, String>> rows = rows("organizations");
        assertEquals("International Court of Justice", only(rows, "org", ID + "org/international-court-of-justice").get("name"));
        assertEquals("Mexican Social Security Institute", only(rows, "org", ID + "org/mexican-social-security-institute").get("name"));
        assertEquals("National Liberation Army", only(rows, "org", ID + "org/national-liberation-army").get("name"));
    }

    @Test
    void countriesAreTheEightTheReleaseNames() {
        List<Map<String, String>> rows = rows("countries");
        assertEquals(Set.of("BOL", "COL", "ECU", "MEX", "PER", "SLV", "USA", "VEN"),
                rows.stream().map(r -> r.get("iso")).collect(Collectors.toSet()), rows.toString());
        assertEquals(8, rows.size(), rows.toString());
        Map<String, String> mex = only(rows, "iso", "MEX");
        assertEquals("Mexico", mex.get("nameEn"));
        assertEquals("México", mex.get("nameEs"));
        assertEquals(ID + "country/MEX", mex.get("country"));
    }

    @Test
    void programsIncludeSembrandoVidaTranslatedAsSowingLife() {
        List<Map<String, String>> rows = rows("programs");
        Map<String, String> sv = only(rows, "program", ID + "program/sembrando-vida");
        assertEquals("Sembrando Vida", sv.get("name"));
        assertTrue(split(sv.get("translations")).contains("Sowing Life@en"), sv.toString());
        Map<String, String> jcf = only(rows, "program", ID + "program/jovenes-construyendo-el-futuro");
        assertTrue(split(jcf.get("translations")).contains("Youths Building the Future@en"), jcf.toString());
    }

    @Test
    void quotesAreTheNineByBarcena() {
        List<Map<String, String>> rows = rows("quotes");
        assertEquals(9, rows.size(), rows.toString());
        rows.forEach(r -> {
            assertEquals("Alicia Bárcena", r.get("speakerName"), r.toString());
            assertEquals(BARCENA, r.get("speaker"), r.toString());
            assertEquals("2024-08-20", r.get("date"), r.toString());
        });
        assertEquals(1, rows.stream().filter(r -> r.get("text").startsWith("We have managed to reduce migration")).count(), rows.toString());
    }

    @Test
    void claimsInclude77PercentDecreaseComparedToDecember() {
        Map<String, String> claim = only(rows("claims"), "value", "77");
        assertEquals("percent", claim.get("unit"));
        assertEquals("December", claim.get("comparedTo"));
        assertEquals("decrease", claim.get("direction"));
        assertEquals("Alicia Bárcena", claim.get("authorName"));
        assertEquals("2024-08-20", claim.get("date"));
        assertTrue(claim.get("text").contains("77%"), claim.toString());
    }

    @Test
    void claimsIncludeAbout1200People() {
        Map<String, String> claim = only(rows("claims"), "value", "1200");
        assertEquals("people", claim.get("unit"));
        assertEquals("about", claim.get("qualifier"));
        assertEquals("Alicia Bárcena", claim.get("authorName"));
    }

    @Test
    void claimsIncludeMoreThan200MillionVaccines() {
        Map<String, String> claim = only(rows("claims"), "value", "200000000");
        assertEquals("vaccines", claim.get("unit"));
        assertEquals("more than", claim.get("qualifier"));
        assertEquals("2024-08-20", claim.get("date"));
    }

    @Test
    void coMentionsPairBarcenaWithLopezObrador() {
        List<Map<String, String>> pair = rows("co-mentions").stream()
                .filter(r -> Set.of(r.get("a"), r.get("b")).equals(Set.of(BARCENA, AMLO))).toList();
        assertEquals(1, pair.size(), pair.toString());
        assertEquals("1", pair.get(0).get("releases"));
    }

    @Test
    void evidenceSpansEqualTheTextSlices() {
        List<Map<String, String>> rows = rows("evidence");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> {
            assertEquals("true", r.get("spanMatches"), r.toString());
            assertFalse(r.get("span").isEmpty(), r.toString());
        });
    }

    @Test
    void evidenceOfThe77PercentClaimContains77Percent() {
        String claim = only(rows("claims"), "value", "77").get("claim");
        Map<String, String> evidence = only(rows("evidence"), "claim", claim);
        assertTrue(evidence.get("span").contains("77%"), evidence.toString());
    }

    @Test
    void releasesOverTimeCountOneInAugust2024() {
        List<Map<String, String>> rows = rows("releases-over-time");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("2024-08", rows.get(0).get("month"));
        assertEquals("1", rows.get(0).get("releases"));
    }

    @Test
    void entityDefaultNeedleDescribesBarcena() {
        List<Map<String, String>> rows = rows("entity");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertEquals(BARCENA, r.get("entity"), r.toString()));
        assertTrue(rows.stream().anyMatch(r -> "out".equals(r.get("direction"))
                && "http://schema.org/name".equals(r.get("property")) && "Alicia Bárcena".equals(r.get("value"))), rows.toString());
    }

    @Test
    void releasesListTheOneRelease() {
        List<Map<String, String>> rows = rows("releases");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("315", r.get("number"));
        assertEquals("2024-08-20", r.get("date"));
        assertEquals("en", r.get("language"));
        assertEquals("The Mexican government conducts a humanist and people-centered foreign policy", r.get("title"));
        assertEquals("9", r.get("quotes"));
    }

    @Test
    void mentionsHaveSurfaceFormsOverNonEmptySpans() {
        List<Map<String, String>> rows = rows("mentions");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> {
            String surface = r.get("surface");
            int begin = Integer.parseInt(r.get("begin"));
            int end = Integer.parseInt(r.get("end"));
            assertFalse(surface == null || surface.isEmpty(), r.toString());
            assertTrue(begin < end, r.toString());
            assertEquals(end - begin, surface.codePointCount(0, surface.length()), r.toString());
        });
    }

    @Test
    void highlightsAreTheThreeBulletsInOrder() {
        List<Map<String, String>> rows = rows("highlights");
        assertEquals(List.of("1", "2", "3"), rows.stream().map(r -> r.get("position")).toList(), rows.toString());
        assertTrue(rows.get(0).get("text").startsWith("During President Andrés Manuel López Obrador's administration"), rows.toString());
        assertTrue(rows.get(2).get("text").startsWith("Mexico is the first country in the Global South"), rows.toString());
    }
}
