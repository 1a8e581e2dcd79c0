package org.comunicado.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.comunicado.build.Builder;
import org.comunicado.build.Input;
import org.comunicado.extract.Findings;
import org.comunicado.model.Namespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticReleasesTest {

    private static final int COUNT = 20;

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        List<Path> a = new SyntheticReleases(7).write(dir.resolve("a"), COUNT);
        List<Path> b = new SyntheticReleases(7).write(dir.resolve("b"), COUNT);
        for (int i = 0; i < COUNT; i++)
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        assertNotEquals(new SyntheticReleases(7).text(0), new SyntheticReleases(8).text(0));
    }

    @Test
    void everyReleaseExtractsAPersonAnOrganizationAndAQuantity(@TempDir Path dir) throws Exception {
        Builder builder = new Builder(Namespaces.DEFAULT_BASE, List.of(), Clock.systemUTC());
        for (Path file : new SyntheticReleases(1).write(dir, COUNT)) {
            Findings f = builder.extract(Input.file(file)).findings();
            assertFalse(f.persons().entities().isEmpty(), file + ": no person");
            assertFalse(f.organizations().entities().isEmpty(), file + ": no organization");
            assertTrue(f.claims().stream().anyMatch(c -> !c.quantities().isEmpty()), file + ": no quantity");
        }
    }
}
