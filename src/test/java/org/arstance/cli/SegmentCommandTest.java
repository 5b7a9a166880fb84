package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

    @TempDir
    Path tmp;

    @Test
    void segmentsTheSeedFolderAsJsonLines() throws Exception {
        Cli r = Cli.run("segment", "seeds");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            rows.add(Json.MAPPER.readTree(line));
        }
        assertEquals(186, rows.size());
        JsonNode first = rows.get(0);
        assertEquals(List.of("doc", "n", "article", "kind", "text"), iterableToList(first.fieldNames()));
        assertEquals("000_b14c644140988ae2", first.get("doc").asText());
        assertEquals("أذربيجان: نريد دمج أرمن كاراباخ سلمياً", first.get("text").asText());
        assertTrue(r.out().contains("أذربيجان"), "Arabic is written as UTF-8, not escaped");
    }

    @Test
    void outFileIsWrittenWholeAndStdoutStaysEmpty() throws Exception {
        Path out = tmp.resolve("p.jsonl");
        Cli r = Cli.run("segment", "--out", out.toString(), "seeds/002_e285bc6e3422a1ef.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(30, Files.readAllLines(out).size());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aWindows1256FileFailsWithItsNameAndNoOutput() throws Exception {
        Path bad = tmp.resolve("legacy.txt");
        String text = Files.readString(Path.of("seeds/004_d88aad4c16a3b18a.txt"), StandardCharsets.UTF_8).lines()
                .limit(1).findFirst().orElseThrow();
        Files.write(bad, text.getBytes(Charset.forName("windows-1256")));
        Path out = tmp.resolve("out.jsonl");
        Cli r = Cli.run("segment", "--out", out.toString(), "seeds/002_e285bc6e3422a1ef.txt", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(bad + ":1: not valid UTF-8"), r.err());
        assertTrue(r.err().contains("Windows-1256"), r.err());
        assertFalse(Files.exists(out), "no partial output");
        assertFalse(r.printedStackTrace());
    }

    @Test
    void aMissingPathIsNamed() {
        Cli r = Cli.run("segment", "no/such/file.txt");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no/such/file.txt: no such file or folder"), r.err());
    }

    private static List<String> iterableToList(java.util.Iterator<String> it) {
        List<String> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
