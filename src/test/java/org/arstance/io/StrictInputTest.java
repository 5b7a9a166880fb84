package org.arstance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.arstance.classify.ParagraphInputs;
import org.arstance.cli.Cli;
import org.arstance.corpus.BenchmarkReader;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.labels.LabelSet;
import org.arstance.labels.Schema;
import org.arstance.models.PipelineConfig;
import org.arstance.workflow.BenchmarkSpec;
import org.arstance.workflow.ExperimentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input is read strictly and its problems are named where they are: nothing after a JSON value
 * and no key twice in an object, for every JSON reader; bytes that are not UTF-8 at their true
 * line; one problem file does not hide the others from {@code validate}; messages say what is
 * wrong (a missing path, a folder given as a model, the same label file given twice).
 */
class StrictInputTest {

    private static final String SCHEMA = Path.of("labels", "schema.json").toString();
    private static final String ARABIC = "أعلنت الحكومة أن المحادثات ستستمر الأسبوع المقبل";

    @TempDir
    Path tmp;

    // ---- the command line, run in-process

    /** Exit 1, the message, no stack trace, nothing on standard output. */
    private static Cli refused(String expected, String... args) {
        Cli r = Cli.failing(1, expected, args);
        assertEquals("", r.out());
        return r;
    }

    private static List<String> seedLines(int count) throws IOException {
        return Files.readAllLines(Path.of("labels", "seeds.jsonl"), StandardCharsets.UTF_8).subList(0, count);
    }

    private Path labelFile(String name, List<String> lines) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    /** The lines as UTF-8, except line {@code badLine} (1-based), whose Arabic text is Windows-1256. */
    private Path withWindows1256Line(String name, List<String> lines, int badLine, String badText) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            bytes.write((i + 1 == badLine ? badText : lines.get(i)).getBytes(
                    i + 1 == badLine ? Charset.forName("windows-1256") : StandardCharsets.UTF_8));
            bytes.write('\n');
        }
        Path f = tmp.resolve(name);
        Files.write(f, bytes.toByteArray());
        return f;
    }

    private static String labelRecord(String doc, String text) {
        return "{\"doc\": \"" + doc + "\", \"n\": 1, \"kind\": \"body\", \"text\": \"" + text
                + "\", \"topic\": \"other\", \"source\": \"none\", \"stance\": \"none\"}";
    }

    // ---- 1. nothing after the JSON value, no key twice

    @Test
    void twoRecordsOnOneLineAreAnErrorNotALostRecord() throws Exception {
        List<String> ten = seedLines(10);
        List<String> lines = new ArrayList<>(ten.subList(0, 8));
        lines.add(ten.get(8) + " " + ten.get(9));
        Path f = labelFile("two.jsonl", lines);
        Cli r = refused(f + ":9: malformed JSON (more after the end of the JSON value)", "validate", "--schema", SCHEMA, f.toString());
        assertTrue(r.err().endsWith("validate: 1 problems\n"), r.err());
    }

    @Test
    void aStrayBraceTrailingGarbageAndADuplicatedKeyAreRefusedAtTheirLine() throws Exception {
        assertLineFourRefused(line -> line + "}", ":4: malformed JSON (Unexpected close marker '}')");
        assertLineFourRefused(line -> line + " garbage", ":4: malformed JSON (Unrecognized token 'garbage'");
        assertLineFourRefused(line -> line.replace("\"topic\": ", "\"topic\": \"other\", \"topic\": "),
                ":4: duplicate key 'topic'");
    }

    private void assertLineFourRefused(UnaryOperator<String> change, String expected) throws Exception {
        List<String> lines = new ArrayList<>(seedLines(6));
        lines.set(3, change.apply(lines.get(3)));
        Path f = labelFile("changed.jsonl", lines);
        refused(f + expected, "validate", "--schema", SCHEMA, f.toString());
    }

    /** A misspelt field would otherwise be dropped unseen (a note written as "notes" lost). */
    @Test
    void anUnknownFieldOfALabelRecordIsAProblem() throws Exception {
        List<String> lines = new ArrayList<>(seedLines(3));
        lines.set(1, lines.get(1).replaceFirst("\\}$", ",\"notes\":\"checked twice\"}"));
        Path f = labelFile("notes.jsonl", lines);
        refused(f + ":2: unknown field 'notes' (a label record has doc, n, article, outlet, key, sha1, kind, text, topic, "
                + "source, stance, note)", "validate", "--schema", SCHEMA, f.toString());
    }

    @Test
    void malformedJsonNamesOurLineNotJacksonsLocation() throws Exception {
        List<String> lines = new ArrayList<>(seedLines(5));
        lines.set(2, "{\"doc\": \"d\", \"n\": 3");
        Path f = labelFile("cut.jsonl", lines);
        Cli r = refused(f + ":3: malformed JSON (Unexpected end-of-input: expected close marker for Object)\n",
                "validate", "--schema", SCHEMA, f.toString());
        assertFalse(r.err().contains("[Source"), r.err());
        assertFalse(r.err().contains("column:"), r.err());
    }

    @Test
    void classifyInputIsReadAsStrictly() throws Exception {
        Path f = tmp.resolve("paragraphs.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"" + ARABIC + "\"}\n"
                + "{\"id\": \"b\", \"text\": \"" + ARABIC + "\"} {\"id\": \"c\", \"text\": \"" + ARABIC + "\"}\n");
        UserInputException e = assertThrows(UserInputException.class, () -> new ParagraphInputs(List.of(f)).forEach(List.of("body"), p -> { }));
        assertEquals(f + ":2: malformed JSON (more after the end of the JSON value)", e.getMessage());
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"" + ARABIC + "\", \"text\": \"" + ARABIC + "\"}\n");
        e = assertThrows(UserInputException.class, () -> new ParagraphInputs(List.of(f)).forEach(List.of("body"), p -> { }));
        assertEquals(f + ":1: duplicate key 'text'", e.getMessage());
    }

    @Test
    void configsSchemasAndBenchmarkFilesAreReadAsStrictly() throws Exception {
        Path config = tmp.resolve("config.json");
        Files.writeString(config, "{\n  \"analysis\": {\n    \"light_stem\": false,\n    \"light_stem\": true\n  }\n}\n");
        UserInputException e = assertThrows(UserInputException.class, () -> PipelineConfig.load(config));
        assertEquals(config + ":4: duplicate key 'light_stem'", e.getMessage());

        Path schema = tmp.resolve("schema.json");
        Files.writeString(schema, Files.readString(Path.of("labels", "schema.json")).stripTrailing() + "\n}\n");
        e = assertThrows(UserInputException.class, () -> Schema.load(schema));
        assertTrue(e.getMessage().startsWith(schema + ":"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": malformed JSON (Unexpected close marker '}')"), e.getMessage());

        Path spec = tmp.resolve("bench.json");
        Files.writeString(spec, "{\"benchmark\": {\"name\": \"x\"}}\n{\"benchmark\": {\"name\": \"y\"}}\n");
        e = assertThrows(UserInputException.class, () -> BenchmarkSpec.load(spec));
        assertEquals(spec + ":2: malformed JSON (more after the end of the JSON value)", e.getMessage());

        Path benchmarkSchema = tmp.resolve("docs.schema.json");
        Files.writeString(benchmarkSchema, """
                {"name": "docs", "format": "jsonl", "splits": {"train": "docs.jsonl.gz"},
                 "columns": {"id": "doc_id", "text": ["title"], "label": "category"}, "labels": ["sports", "culture"]}
                """);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("{\"doc_id\": \"d1\", \"title\": \"" + ARABIC + "\", \"category\": \"sports\"}\n\n"
                    + "{\"doc_id\": \"d2\", \"title\": \"" + ARABIC + "\", \"category\": \"sports\", \"category\": \"culture\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.write(tmp.resolve("docs.jsonl.gz"), gz.toByteArray());
        e = assertThrows(UserInputException.class, () -> new BenchmarkReader(BenchmarkSchema.load(benchmarkSchema), tmp).read(1));
        assertEquals(tmp.resolve("docs.jsonl.gz") + ":3: duplicate key 'category'", e.getMessage());
    }

    @Test
    void theCommittedLabelsConfigsAndSchemasStillLoad() throws Exception {
        assertTrue(LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).ok());
        Schema.load(Path.of("labels", "schema.json"));
        PipelineConfig.defaults();
        List<Path> configs;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("experiments")), Files.list(Path.of("experiments", "benchmarks")))) {
            configs = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(configs.size() >= 10, configs.toString());
        for (Path p : configs) {
            if (p.toString().endsWith(".schema.json")) {
                BenchmarkSchema.load(p);
            } else if (BenchmarkSpec.isBenchmark(p)) {
                BenchmarkSpec.load(p);
            } else {
                ExperimentSpec.load(p);
            }
        }
    }

    /**
     * A UTF-8 byte-order mark before the JSON (Windows editors write one) is no part of it, in every
     * JSON file a user writes: the label schema, a training config, an experiment, a benchmark
     * config and a benchmark schema each read as without it.
     */
    @Test
    void aByteOrderMarkBeforeAnyJsonFileIsNoPartOfIt() throws Exception {
        Path config = tmp.resolve("bom-config.json");
        Files.writeString(config, "\uFEFF{\"analysis\": {\"light_stem\": false}}\n");
        assertEquals(PipelineConfig.parse("plain", "{\"analysis\": {\"light_stem\": false}}").toJson(),
                PipelineConfig.load(config).toJson());
        assertTrue(Schema.load(Path.of("labels", "schema.json")).sameContent(Schema.load(withBom(Path.of("labels", "schema.json")))));
        Path experiment = withBom(Path.of("experiments", "seed-baseline.json"));
        assertEquals(ExperimentSpec.load(Path.of("experiments", "seed-baseline.json")).name(), ExperimentSpec.load(experiment).name());
        Path benchmark = withBom(Path.of("experiments", "benchmarks", "mawqif.json"));
        assertTrue(BenchmarkSpec.isBenchmark(benchmark));
        assertEquals(BenchmarkSpec.load(Path.of("experiments", "benchmarks", "mawqif.json")).candidates(),
                BenchmarkSpec.load(benchmark).candidates());
        Path benchmarkSchema = withBom(Path.of("experiments", "benchmarks", "mawqif.schema.json"));
        assertEquals(BenchmarkSchema.load(Path.of("experiments", "benchmarks", "mawqif.schema.json")).labels(),
                BenchmarkSchema.load(benchmarkSchema).labels());
    }

    private Path withBom(Path file) throws IOException {
        Path copy = tmp.resolve("bom-" + file.getFileName());
        Files.writeString(copy, "\uFEFF" + Files.readString(file));
        return copy;
    }

    // ---- 2. bytes that are not UTF-8, at their true line

    @Test
    void aBadByteInALabelFileIsNamedAtItsLineWithTheConversionHint() throws Exception {
        Path f = withWindows1256Line("cp1256.jsonl", seedLines(160), 151, labelRecord("cp1256", ARABIC));
        Cli r = refused(f + ":151: not valid UTF-8 at byte ", "validate", "--schema", SCHEMA, f.toString());
        assertTrue(r.err().contains("(it decodes as Windows-1256 Arabic: convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8)"), r.err());
    }

    @Test
    void aBadByteInClassifyInputIsNamedAtItsLine() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lines.add("{\"id\": \"p" + i + "\", \"text\": \"" + ARABIC + "\"}");
        }
        Path f = withWindows1256Line("cp1256-paragraphs.jsonl", lines, 101, lines.get(100));
        UserInputException e = assertThrows(UserInputException.class, () -> new ParagraphInputs(List.of(f)).forEach(List.of("body"), p -> { }));
        assertTrue(e.getMessage().startsWith(f + ":101: not valid UTF-8 at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("Windows-1256"), e.getMessage());
    }

    @Test
    void validateOfAFolderReportsEveryFilesProblemsAndTheirCount() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("labels"));
        Files.copy(Path.of("labels", "schema.json"), dir.resolve("schema.json"));
        List<String> ten = seedLines(10);
        Path a = withWindows1256Line("labels/a.jsonl", ten.subList(0, 5), 3, labelRecord("cp1256", ARABIC));
        List<String> b = new ArrayList<>(ten.subList(5, 10));
        b.set(1, b.get(1) + " {}");
        labelFile("labels/b.jsonl", b);
        Cli r = refused(a + ":3: not valid UTF-8 at byte ", "validate", dir.toString());
        assertTrue(r.err().contains(dir.resolve("b.jsonl") + ":2: malformed JSON (more after the end of the JSON value)"), r.err());
        assertTrue(r.err().endsWith("validate: 2 problems\n"), r.err());
    }

    @Test
    void jsonLinesCountsLinesAcrossLineEndsAByteOrderMarkAndGzip() throws Exception {
        byte[] text = "\uFEFF{\"a\": 1}\r\n\r\n{\"a\": 3}\r{\"a\": 4}\n{\"a\": 5}".getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        int count = JsonLines.read(tmp.resolve("x.jsonl"), text, (n, line) -> seen.add(n + " " + line));
        assertEquals(List.of("1 {\"a\": 1}", "3 {\"a\": 3}", "4 {\"a\": 4}", "5 {\"a\": 5}"), seen);
        assertEquals(4, count);

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"a\": 1}\r\n{\"a\": 2}\r\n{\"a\": \"caf".getBytes(StandardCharsets.UTF_8));
            out.write(0xE9);
            out.write("\"}\r\n".getBytes(StandardCharsets.UTF_8));
        }
        Path f = tmp.resolve("x.jsonl.gz");
        InputFileException e = assertThrows(InputFileException.class, () -> JsonLines.read(f, gz.toByteArray(), (n, line) -> { }));
        assertEquals(f + ":3: not valid UTF-8 at byte 30 of its decompressed text", e.getMessage());
        assertEquals(3, e.line());

        byte[] utf16 = "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_16);
        e = assertThrows(InputFileException.class, () -> JsonLines.read(tmp.resolve("w.jsonl"), utf16, (n, line) -> { }));
        assertTrue(e.getMessage().startsWith(tmp.resolve("w.jsonl") + ": is UTF-16"), e.getMessage());
    }

    // ---- 3. messages that say what is wrong

    @Test
    void aMissingLabelFileIsMissingBeforeItsSchemaIsLookedFor() {
        Path missing = tmp.resolve("nowhere").resolve("x.jsonl");
        refused(missing + ": no such file or folder", "validate", missing.toString());
    }

    @Test
    void aFolderGivenAsTheModelIsNamedAsAFolder() {
        refused(tmp + ": is a folder, not a model file", "classify", "--model", tmp.toString(), "seeds");
    }

    @Test
    void aFileReachedTwiceIsExpandedOnce() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path a = Files.writeString(dir.resolve("a.txt"), ARABIC);
        Path b = Files.writeString(dir.resolve("b.txt"), ARABIC);
        assertEquals(List.of(a, b), InputFiles.expand(List.of(a, dir, tmp.resolve("in/../in/a.txt")), Set.of("txt")));
    }

    @Test
    void theSameLabelFileGivenTwiceIsReadOnce() {
        String seeds = Path.of("labels", "seeds.jsonl").toString();
        Cli r = Cli.run("validate", seeds, seeds, Path.of("labels", "..", "labels", "seeds.jsonl").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("validate: 186 paragraphs in 1 file |"), r.out());
    }
}
