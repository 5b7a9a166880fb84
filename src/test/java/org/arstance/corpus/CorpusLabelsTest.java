package org.arstance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.labels.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label files that point into the ANT corpus: joined at load time, checked by hash, never holding its text. */
class CorpusLabelsTest {

    private static final Path DATA = DataDirectory.resolve(null);
    /** A run of Arabic letters and spaces longer than any key: corpus text. */
    private static final Pattern ARABIC_RUN = Pattern.compile("[\\p{InArabic}][\\p{InArabic}\\s]{30,}");

    @TempDir
    Path tmp;

    private static void needCorpus() {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve(AntCorpus.FILE)), "the ANT corpus is not in " + DATA);
    }

    @Test
    void noCorpusTextIsInTheRepositoryLabelFiles() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("labels", "ant"))) {
            List<Path> jsonl = files.filter(p -> p.toString().endsWith(".jsonl")).toList();
            assertFalse(jsonl.isEmpty());
            for (Path f : jsonl) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = ARABIC_RUN.matcher(lines.get(i));
                    assertFalse(m.find(), f + ":" + (i + 1) + " holds Arabic text: " + (m.hitEnd() ? "" : m.group()));
                    assertFalse(lines.get(i).contains("\"text\""), f + ":" + (i + 1) + " has a text field");
                }
            }
        }
    }

    @Test
    void antLabelsJoinTheCorpusByKeyAndHash() {
        needCorpus();
        LabelSet ant = LabelSet.load(List.of(Path.of("labels", "ant")), null, DATA).orThrow();
        assertTrue(ant.records().size() >= 750);
        for (LabelRecord r : ant.records()) {
            assertTrue(r.key().matches("ant/[A-Za-z]+-[A-Za-z]+-\\d+-\\d{8}/\\d+"), r.key());
            assertEquals(r.sha1(), org.arstance.io.Digests.sha1(r.text()), r.key());
            assertEquals("ant/" + r.key().split("/")[1], r.doc());
            assertFalse(r.ownText());
        }
        assertEquals(5, ant.records().stream().map(LabelRecord::outlet).distinct().count(), "all five outlets");
        // at most three paragraphs per article
        assertTrue(ant.records().stream().collect(java.util.stream.Collectors.groupingBy(LabelRecord::doc,
                java.util.stream.Collectors.counting())).values().stream().allMatch(n -> n <= 3));
    }

    @Test
    void aHashThatDoesNotMatchIsNamedWithFileAndLine() throws Exception {
        needCorpus();
        var record = (com.fasterxml.jackson.databind.node.ObjectNode) org.arstance.io.Json.MAPPER.readTree(
                Files.readAllLines(Path.of("labels", "ant", "bbc.jsonl")).get(0));
        String unknownKey = record.deepCopy().put("key", "ant/nosuchdoc-x-1-20180101/0").toString();
        String badHash = record.deepCopy().put("sha1", "0".repeat(40)).toString();
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, unknownKey + "\n" + badHash + "\n");
        LabelSet.Loaded loaded = LabelSet.load(List.of(f), Path.of("labels", "schema.json"), DATA);
        List<String> problems = loaded.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(f + ":1: key 'ant/nosuchdoc-x-")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(f + ":2: hash of 'ant/") && p.contains("does not match")),
                problems.toString());
    }

    @Test
    void aMissingCorpusSaysWhereToGetIt() throws Exception {
        Path f = tmp.resolve("one.jsonl");
        Files.writeString(f, Files.readAllLines(Path.of("labels", "ant", "cnn.jsonl")).get(0) + "\n");
        UserInputException e = assertThrows(UserInputException.class,
                () -> LabelSet.load(List.of(f), Path.of("labels", "schema.json"), tmp.resolve("no-data")));
        assertTrue(e.getMessage().contains("the ANT corpus is not there"), e.getMessage());
        assertTrue(e.getMessage().contains("github.com/antcorpus"), e.getMessage());
        assertTrue(e.getMessage().contains("--data-dir") && e.getMessage().contains(DataDirectory.ENV), e.getMessage());
    }

    @Test
    void aCorpusRecordMayNotCarryTheCorpusText() throws Exception {
        Path f = tmp.resolve("leak.jsonl");
        Files.writeString(f, "{\"key\":\"ant/x-y-1-20180101/0\",\"sha1\":\"" + "a".repeat(40)
                + "\",\"kind\":\"body\",\"text\":\"نص\",\"topic\":\"other\",\"source\":\"none\",\"stance\":\"none\"}\n");
        LabelSet.Loaded loaded = LabelSet.load(List.of(f), Path.of("labels", "schema.json"), DATA);
        assertTrue(loaded.problems().stream().anyMatch(p -> p.toString().contains("must not hold the corpus 'text'")));
    }
}
