package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theRepositoryLabelsAreClean() {
        // labels/ant joins the ANT corpus: without ../shared/data only the seed labels can be checked here
        boolean corpus = java.nio.file.Files.isRegularFile(org.arstance.corpus.DataDirectory.resolve(null)
                .resolve(org.arstance.corpus.AntCorpus.FILE));
        Cli r = corpus ? Cli.run("validate", "labels") : Cli.run("validate", "labels/seeds.jsonl");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length, "one summary line: " + r.out());
        assertTrue(lines[0].matches("validate: \\d+ paragraphs in \\d+ files? \\| topic .*"), lines[0]);
        assertTrue(lines[0].contains("topic karabakh="), lines[0]);
        assertTrue(lines[0].contains("stance favor="), lines[0]);
        assertTrue(lines[0].contains("source none="), lines[0]);
    }

    @Test
    void eachProblemIsNamedWithFileAndLine() throws Exception {
        Path bad = tmp.resolve("bad.jsonl");
        Files.write(bad, List.of(
                "{\"doc\":\"d\",\"n\":1,\"kind\":\"body\",\"text\":\"قالت أذربيجان إنها تريد إعادة دمج سلمية.\",\"topic\":\"karabakh\",\"source\":\"azerbaijan\",\"stance\":\"favor\"}",
                "{\"doc\":\"d\",\"n\":2,\"kind\":\"body\",\"text\":\"وتنتشر هذه القوات\"",
                "{\"doc\":\"d\",\"n\":3,\"kind\":\"body\",\"text\":\"أغارت الطائرات\",\"topic\":\"atlantis\",\"source\":\"none\",\"stance\":\"none\"}",
                "{\"doc\":\"d\",\"n\":4,\"kind\":\"body\",\"text\":\"ووضع الاتفاق حداً للعملية\",\"topic\":\"karabakh\",\"source\":\"none\",\"stance\":\"against\"}"),
                StandardCharsets.UTF_8);
        Cli r = Cli.run("validate", "--schema", "labels/schema.json", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":2: malformed JSON"), r.err());
        assertTrue(r.err().contains(bad + ":3: unknown topic 'atlantis'"), r.err());
        assertTrue(r.err().contains(bad + ":4: stance 'against' without a source"), r.err());
        assertFalse(r.err().contains(bad + ":1:"), "line 1 is clean: " + r.err());
        assertFalse(r.printedStackTrace(), r.err());
        assertEquals("", r.out());
        // in line order, whichever stage found each problem (line 2 is found on reading, 3 and 4 on checking values)
        assertTrue(r.err().indexOf(bad + ":2:") < r.err().indexOf(bad + ":3:")
                && r.err().indexOf(bad + ":3:") < r.err().indexOf(bad + ":4:"), r.err());
    }


    @Test
    void duplicatesUnknownActorsAndMissingFieldsAreProblems() throws Exception {
        Path bad = tmp.resolve("dup.jsonl");
        String ok = "{\"doc\":\"d\",\"n\":1,\"kind\":\"body\",\"text\":\"نص\",\"topic\":\"other\",\"source\":\"pakistan\",\"stance\":\"none\"}";
        Files.write(bad, List.of(ok, ok,
                "{\"doc\":\"d\",\"n\":2,\"kind\":\"body\",\"text\":\"نص2\",\"topic\":\"korea\",\"source\":\"martians\",\"stance\":\"against\"}",
                "{\"doc\":\"d\",\"n\":3,\"kind\":\"body\",\"topic\":\"korea\",\"source\":\"none\",\"stance\":\"none\"}",
                "{\"doc\":\"d\",\"n\":4,\"kind\":\"body\",\"text\":\"نص4\",\"topic\":\"other\",\"source\":\"usa\",\"stance\":\"favor\"}",
                "{\"doc\":\"d\",\"n\":5,\"kind\":\"body\",\"text\":\"نص5\",\"topic\":\"korea\",\"source\":\"usa\",\"stance\":\"none\"}"),
                StandardCharsets.UTF_8);
        Cli r = Cli.run("validate", "--schema", "labels/schema.json", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":2: paragraph d#1 is already labelled at " + bad + ":1"), r.err());
        assertTrue(r.err().contains(bad + ":3: unknown source 'martians'"), r.err());
        assertTrue(r.err().contains(bad + ":4: missing field 'text'"), r.err());
        assertTrue(r.err().contains(bad + ":5: topic 'other' has no target"), r.err());
        assertTrue(r.err().contains(bad + ":6: source 'usa' with stance 'none'"), r.err());
    }

    @Test
    void emptyFilesAndFoldersAreNamed() throws Exception {
        Path empty = tmp.resolve("empty.jsonl");
        Files.writeString(empty, "");
        Cli r = Cli.run("validate", "--schema", "labels/schema.json", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(empty + ": empty label file"), r.err());

        Path folder = Files.createDirectory(tmp.resolve("nothing"));
        Cli f = Cli.run("validate", "--schema", "labels/schema.json", folder.toString());
        assertEquals(1, f.code());
        assertTrue(f.err().contains(folder + ": folder holds no readable file"), f.err());
        assertFalse(f.printedStackTrace());
    }

    @Test
    void usageErrorsExitTwo() {
        Cli r = Cli.run("validate");
        assertEquals(2, r.code());
        assertFalse(r.printedStackTrace());
    }
}
