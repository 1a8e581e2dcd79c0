package org.comunicado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comunicado score}: output and exit codes through picocli. */
class ScoreCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void scoresAFolderAndWritesTheResultMap() throws Exception {
        Path gold = Files.createDirectory(tmp.resolve("gold"));
        Files.writeString(gold.resolve("a.txt"), """
                Mexico and Chile sign agreement

                Foreign Secretary Rosa Méndez Ortega met in Santiago with her counterpart from Chile. \
                "We are opening 12 new offices," said Méndez Ortega.
                """);
        Files.writeString(gold.resolve("a.gold.json"), """
                {"id": "a", "language": "en",
                 "persons": [{"name": "Rosa Méndez Ortega", "aliases": ["Méndez Ortega"], "titles": ["Foreign Secretary"]}],
                 "countries": [{"name": "Mexico", "iso3": "MEX"}, {"name": "Chile", "iso3": "CHL"}],
                 "quotes": [{"speaker": "Rosa Méndez Ortega", "starts_with": "We are opening 12 new"}],
                 "quantities": [{"value": 12, "unit": "offices", "context": "12 new offices"}]}
                """);
        Path json = tmp.resolve("out/score.json");
        assertEquals(0, run("score", "--detail", "--json", json.toString(), gold.toString()), err.toString());
        assertTrue(out.toString().startsWith("category                    P      R     F1  tp/fp/fn  extra"), out.toString());
        assertTrue(out.toString().contains("en:countries"), out.toString());
        assertTrue(out.toString().contains("ENTITIES (micro)"), out.toString());
        assertEquals(2, JSON.read(json.toString()).get("countries").getAsObject().get("tp").getAsNumber().value().intValue());
        assertTrue(Files.list(tmp).allMatch(p -> p.getFileName().toString().matches("gold|out")));
    }

    @Test
    void badGoldFileIsNamedAndExits65() throws Exception {
        Path gold = Files.createDirectory(tmp.resolve("gold"));
        Files.writeString(gold.resolve("b.txt"), "A release.\n");
        Files.writeString(gold.resolve("b.gold.json"), "{\"persons\": 3}");
        assertEquals(65, run("score", gold.toString()));
        assertTrue(err.toString().contains("b.gold.json"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void missingFolderExits74() {
        assertEquals(74, run("score", tmp.resolve("nowhere").toString()));
    }

    @Test
    void missingDatasetExits74() throws Exception {
        Path gold = Files.createDirectory(tmp.resolve("gold"));
        Files.writeString(gold.resolve("c.gold.json"), "{}");
        assertEquals(74, run("score", "--data", tmp.resolve("nodata").toString(), gold.toString()));
    }

    @Test
    void noArgumentIsAUsageError() {
        assertEquals(2, run("score"));
    }
}
