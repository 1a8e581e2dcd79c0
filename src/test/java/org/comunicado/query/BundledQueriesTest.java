package org.comunicado.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledQueriesTest {
    @TempDir
    Path tmp;

    @Test
    void bundledNameWithOrWithoutExtension() {
        String text = BundledQueries.resolve("people");
        assertTrue(text.contains("schema:Person"), text);
        assertEquals(text, BundledQueries.resolve("people.rq"));
    }

    @Test
    void existingFileWinsOverBundledName() throws Exception {
        Path file = tmp.resolve("people.rq");
        Files.writeString(file, "ASK {}");
        assertEquals("ASK {}", BundledQueries.resolve(file.toString()));
    }

    @Test
    void unknownNameListsBundledNames() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> BundledQueries.resolve("nonesuch"));
        assertTrue(ex.getMessage().contains("nonesuch"), ex.getMessage());
        assertTrue(ex.getMessage().contains("people") && ex.getMessage().contains("co-mentions"), ex.getMessage());
    }

    @Test
    void pathLikeNamesAreNotResourceLookups() {
        assertThrows(IllegalArgumentException.class, () -> BundledQueries.resolve("../queries/people"));
        assertTrue(BundledQueries.bundled("../people").isEmpty());
    }
}
