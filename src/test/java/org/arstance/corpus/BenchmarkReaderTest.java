package org.arstance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arstance.io.UserInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReaderTest {

    static final Path DATA = DataDirectory.resolve(null);

    @TempDir
    Path tmp;

    private static BenchmarkReader.Data read(String schema) {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "public data not beside the project");
        return new BenchmarkReader(BenchmarkSchema.load(Path.of("experiments/benchmarks", schema)), DATA).read(42);
    }

    @Test
    void mawqifHasItsOfficialSplitSizesAndOnlyTheSchemasLabels() {
        BenchmarkReader.Data d = read("mawqif.schema.json");
        assertEquals(3502, d.split("train").size());
        assertEquals(619, d.split("test").size());
        Set<String> labels = new HashSet<>();
        Set<String> groups = new HashSet<>();
        d.splits().values().forEach(s -> s.forEach(e -> {
            labels.add(e.label());
            groups.add(e.group());
            assertNull(e.text2());
            assertTrue(!e.text().isBlank(), e.id());
        }));
        assertEquals(Set.of("Favor", "Against", "None"), labels);
        assertEquals(3, groups.size());
        assertEquals(2, d.sha256().size());
        d.sha256().values().forEach(h -> assertEquals(64, h.length()));
    }

    @Test
    void ansHasItsThreeSplitsAsPairsWithLineIds() {
        BenchmarkReader.Data d = read("ans.schema.json");
        assertEquals(List.of("train", "dev", "test"), List.copyOf(d.splits().keySet()));
        assertEquals(2652, d.split("train").size());
        assertEquals(755, d.split("dev").size());
        assertEquals(379, d.split("test").size());
        BenchmarkExample first = d.split("test").get(0);
        assertEquals("test:2", first.id());
        assertNotNull(first.text2());
        Set<String> labels = new HashSet<>();
        d.splits().values().forEach(s -> s.forEach(e -> labels.add(e.label())));
        assertEquals(Set.of("agree", "disagree", "other"), labels);
    }

    private BenchmarkSchema tinySchema() throws Exception {
        Path schema = tmp.resolve("tiny.schema.json");
        Files.writeString(schema, """
                {"name": "tiny", "format": "csv", "splits": {"train": "t.csv"},
                 "columns": {"id": "id", "text": ["text"], "label": "y"}, "labels": ["a", "b"]}
                """);
        return BenchmarkSchema.load(schema);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        Files.writeString(tmp.resolve("t.csv"), "\uFEFFid,text,y\n1,\"x, \"\"y\"\"\nz\",a\n2,plain,b\n");
        List<BenchmarkExample> rows = new BenchmarkReader(tinySchema(), tmp).read(1).split("train");
        assertEquals(2, rows.size());
        assertEquals("x, \"y\"\nz", rows.get(0).text());
        assertEquals("b", rows.get(1).label());
    }

    @Test
    void aMalformedCsvNamesTheFileAndLine() throws Exception {
        BenchmarkSchema schema = tinySchema();
        Files.writeString(tmp.resolve("t.csv"), "id,text,y\n1,ok,a\n2,\"never closed,b\n3,x,a\n");
        UserInputException e = assertThrows(UserInputException.class, () -> new BenchmarkReader(schema, tmp).read(1));
        assertTrue(e.getMessage().startsWith(tmp.resolve("t.csv") + ":3: "), e.getMessage());

        Files.writeString(tmp.resolve("t.csv"), "id,text,y\n1,ok,a\n2,too,many,b\n");
        e = assertThrows(UserInputException.class, () -> new BenchmarkReader(schema, tmp).read(1));
        assertEquals(tmp.resolve("t.csv") + ":3: 4 fields, the header has 3", e.getMessage());

        Files.writeString(tmp.resolve("t.csv"), "id,text,y\n1,ok,a\n2,ok,c\n");
        e = assertThrows(UserInputException.class, () -> new BenchmarkReader(schema, tmp).read(1));
        assertTrue(e.getMessage().startsWith(tmp.resolve("t.csv") + ":3: label 'c'"), e.getMessage());
    }

    @Test
    void aMissingDataDirectoryIsOneClearMessage() throws Exception {
        BenchmarkSchema schema = tinySchema();
        UserInputException e = assertThrows(UserInputException.class,
                () -> new BenchmarkReader(schema, tmp.resolve("nowhere")).read(1));
        assertTrue(e.getMessage().contains("data directory is not there"), e.getMessage());
    }
}
