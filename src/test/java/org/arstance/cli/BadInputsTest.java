package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.DataDirectory;
import org.arstance.io.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of docs/bad-inputs.md, fed to the real command. */
class BadInputsTest {

    @TempDir
    static Path tmp;
    static Path model;
    static final String SEED_LINE = "{\"doc\":\"d\",\"n\":1,\"kind\":\"body\",\"text\":\"قالت أذربيجان إنها تريد إعادة دمج سلمية.\","
            + "\"topic\":\"karabakh\",\"source\":\"azerbaijan\",\"stance\":\"favor\"}";

    @BeforeAll
    static void trainASmallModel() {
        model = tmp.resolve("seeds.model");
        Cli r = Cli.run("train", "--labels", "labels/seeds.jsonl", "--out", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static Cli expectError(int code, String messageStart, String... args) {
        return Cli.failing(code, messageStart, args);
    }

    private static Path file(String name, String... lines) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    // ---- label files

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "L1 malformed JSON | {\"doc\":\"d\",\"n\":1, | :1: malformed JSON",
        "L2 missing field  | {\"doc\":\"d\",\"n\":1,\"kind\":\"body\",\"text\":\"نص\",\"source\":\"none\",\"stance\":\"none\"} | :1: missing field 'topic'",
        "L3 unknown topic  | {\"doc\":\"d\",\"n\":1,\"kind\":\"body\",\"text\":\"نص\",\"topic\":\"mars\",\"source\":\"none\",\"stance\":\"none\"} | :1: unknown topic 'mars'",
        "L4 unknown source | {\"doc\":\"d\",\"n\":1,\"kind\":\"body\",\"text\":\"نص\",\"topic\":\"korea\",\"source\":\"venus\",\"stance\":\"favor\"} | :1: unknown source 'venus'",
        "L5 unknown stance | {\"doc\":\"d\",\"n\":1,\"kind\":\"body\",\"text\":\"نص\",\"topic\":\"korea\",\"source\":\"usa\",\"stance\":\"meh\"} | :1: unknown stance 'meh'"})
    void labelLineProblems(String name, String line, String message) throws Exception {
        Path f = file(name.substring(0, 2) + ".jsonl", line);
        expectError(1, f + message, "validate", "--schema", "labels/schema.json", f.toString());
    }

    @Test
    void l6DuplicateParagraph() throws Exception {
        Path f = file("dup.jsonl", SEED_LINE, SEED_LINE);
        expectError(1, f + ":2: paragraph d#1 is already labelled at " + f + ":1", "validate", "--schema", "labels/schema.json", f.toString());
    }

    @Test
    void l7EmptyFileAndL8EmptyFolder() throws Exception {
        Path f = file("empty.jsonl");
        expectError(1, f + ": empty label file", "validate", "--schema", "labels/schema.json", f.toString());
        Path d = Files.createDirectories(tmp.resolve("no-labels"));
        expectError(1, d + ": folder holds no readable file ending in .jsonl", "validate", "--schema", "labels/schema.json", d.toString());
    }

    @Test
    void l9KeysIntoAMissingCorpusAndL10AHashThatDoesNotMatch() throws Exception {
        String line = Files.readAllLines(Path.of("labels", "ant", "cnn.jsonl")).get(0);
        Path f = file("ant.jsonl", line);
        expectError(1, "the ANT corpus is not there. Download", "validate", "--schema", "labels/schema.json",
                "--data-dir", tmp.resolve("nowhere").toString(), f.toString());
        Assumptions.assumeTrue(Files.isRegularFile(DataDirectory.resolve(null).resolve(AntCorpus.FILE)));
        ObjectNode r = (ObjectNode) Json.MAPPER.readTree(line);
        Path bad = file("ant-bad.jsonl", r.put("sha1", "1".repeat(40)).toString());
        expectError(1, bad + ":1: hash of '" + r.get("key").asText() + "' does not match the corpus text",
                "validate", "--schema", "labels/schema.json", bad.toString());
    }

    // ---- article files

    @Test
    void a1Windows1256() throws Exception {
        Path f = tmp.resolve("cp1256.txt");
        Files.write(f, "أعلنت تايلاند أن أربعة من مواطنيها قتلوا.\n".getBytes(Charset.forName("windows-1256")));
        expectError(1, f + ":1: not valid UTF-8", "segment", f.toString());
        assertTrue(Cli.run("segment", f.toString()).err().contains("Windows-1256"));
    }

    @Test
    void a2Utf16A3Nul() throws Exception {
        Path utf16 = tmp.resolve("utf16.txt");
        Files.write(utf16, "أعلنت تايلاند.\n".getBytes(StandardCharsets.UTF_16));
        expectError(1, utf16 + ": is UTF-16", "segment", utf16.toString());
        Path nul = tmp.resolve("binary.txt");
        Files.write(nul, new byte[] {'a', 0, 1, 2, '\n'});
        expectError(1, nul + ":1: contains a NUL byte", "segment", nul.toString());
    }

    /**
     * An archive with several unreadable files among good ones: segment and classify read every
     * file before any work and name all the bad ones at once, writing nothing; an empty file (a
     * failed download) gives no paragraph, like one of white space, and the summary names it.
     */
    @Test
    void a4EveryBadFileOfAnArchiveIsNamedAtOnceAndAnEmptyOneGivesNothing() throws Exception {
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.copy(Path.of("seeds", "000_b14c644140988ae2.txt"), archive.resolve("a-good.txt"));
        Path cp1256 = archive.resolve("b-cp1256.txt");
        Files.write(cp1256, "أعلنت تايلاند أن أربعة من مواطنيها قتلوا.\n".getBytes(Charset.forName("windows-1256")));
        Path utf16 = archive.resolve("c-utf16.txt");
        Files.write(utf16, "أعلنت تايلاند.\n".getBytes(StandardCharsets.UTF_16));
        Path empty = archive.resolve("d-empty.txt");
        Files.write(empty, new byte[0]);
        Path out = tmp.resolve("archive-out.jsonl");
        for (String command : List.of("segment", "classify")) {
            List<String> args = new ArrayList<>(List.of(command, "--out", out.toString(), archive.toString()));
            if (command.equals("classify")) {
                args.addAll(1, List.of("--model", model.toString()));
            }
            Cli r = expectError(1, "2 of the 4 input files cannot be read (nothing was done):\n" + cp1256 + ":1: not valid UTF-8",
                    args.toArray(String[]::new));
            assertTrue(r.err().contains("\n" + utf16 + ": is UTF-16"), r.err());
            assertTrue(Files.notExists(out), command + " wrote output");
        }
        Files.delete(cp1256);
        Files.delete(utf16);
        Cli seg = Cli.run("segment", archive.toString());
        assertEquals(0, seg.code(), seg.err());
        assertTrue(seg.err().contains("from 2 files; 1 of them gave none (empty, white space or site chrome only): " + empty), seg.err());
        Cli cls = Cli.run("classify", "--model", model.toString(), archive.toString());
        assertEquals(0, cls.code(), cls.err());
        assertEquals(seg.out().strip().split("\n").length, cls.out().strip().split("\n").length);
        assertTrue(cls.err().contains("1 of them gave none"), cls.err());
    }

    @Test
    void a5OneMegabyteParagraph() throws Exception {
        String word = "قالت أذربيجان إن العملية ستستمر ";
        Path f = file("huge.txt", word.repeat(1_000_000 / word.length()) + ".");
        Cli seg = Cli.run("segment", f.toString());
        assertEquals(0, seg.code(), seg.err());
        assertEquals(1, seg.out().strip().split("\n").length);
        Cli cls = Cli.run("classify", "--model", model.toString(), f.toString());
        assertEquals(0, cls.code(), cls.err());
        assertTrue(cls.out().contains("\"topic\":\"karabakh\""), cls.out().substring(0, 200));
    }

    @Test
    void a6DigitsPunctuationAndLatinOnly() throws Exception {
        Path f = file("odd.txt", "2023 - 2024 / 17:45", "!!! ... ؟؟؟ «»", "Breaking news: Baku says talks were constructive.");
        Cli seg = Cli.run("segment", f.toString());
        assertEquals(0, seg.code(), seg.err());
        assertEquals(3, seg.out().strip().split("\n").length, seg.out());
        Cli cls = Cli.run("classify", "--model", model.toString(), f.toString());
        assertEquals(0, cls.code(), cls.err());
        assertEquals(3, cls.out().strip().split("\n").length);
    }

    @Test
    void a7ZeroWidthAndBidiMarks() throws Exception {
        Path f = file("marks.txt", "\u200F\u200B\u2066\u2069", "\u200Fأعلنت تايلاند أن أربعة من مواطنيها قتلوا.\u200E");
        Cli seg = Cli.run("segment", f.toString());
        assertEquals(0, seg.code(), seg.err());
        String[] lines = seg.out().strip().split("\n");
        assertEquals(1, lines.length, seg.out());
        assertTrue(lines[0].contains("\"text\":\"أعلنت تايلاند أن أربعة من مواطنيها قتلوا.\""), lines[0]);
    }

    @Test
    void a8FolderWithNoReadableFile() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("no-articles"));
        Files.writeString(d.resolve("notes.md"), "x");
        expectError(1, d + ": folder holds no readable file ending in .txt", "segment", d.toString());
    }

    // ---- models

    @Test
    void m1MissingM2TruncatedM3Corrupted() throws Exception {
        Path in = Path.of("seeds", "004_d88aad4c16a3b18a.txt");
        expectError(1, tmp.resolve("none.model") + ": no such model file", "classify", "--model",
                tmp.resolve("none.model").toString(), in.toString());
        byte[] bytes = Files.readAllBytes(model);
        Path cut = tmp.resolve("cut.model");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 100));
        expectError(1, cut + ": not an arstance model file, or truncated", "classify", "--model", cut.toString(), in.toString());
        Path corrupt = rewrite("corrupt.model", "topic.bin", b -> {
            b[b.length / 3] ^= 1;
            return b;
        });
        expectError(1, corrupt + ": corrupted model file (checksum of topic.bin does not match)", "classify", "--model",
                corrupt.toString(), in.toString());
    }

    @Test
    void m4AnotherSchemaAndM5AnIncompatibleVersion() throws Exception {
        Path schema = tmp.resolve("other-schema.json");
        Files.writeString(schema, Files.readString(Path.of("labels", "schema.json")).replace("\"thailand\"", "\"siam\""));
        expectError(1, model + ": trained with another schema than " + schema, "classify", "--model", model.toString(),
                "--schema", schema.toString(), "seeds");
        Path old = rewrite("old.model", "manifest.json", b -> new String(b, StandardCharsets.UTF_8)
                .replaceFirst("\"format_version\" : \\d+", "\"format_version\" : 99").getBytes(StandardCharsets.UTF_8));
        expectError(1, old + ": model format version 99 is not the version this arstance reads", "classify",
                "--model", old.toString(), "seeds");
    }

    /**
     * A model whose manifest lists a classifier it lacks, or whose provenance claims other library
     * versions or another config than its entries, is refused: it is not silently a lesser model.
     */
    @Test
    void m6MissingClassifierM7OtherLuceneM8ConfigUnlikeItsProvenance() throws Exception {
        Path noStance = rewrite("no-stance.model", "stance.bin", b -> null);
        expectError(1, noStance + ": incomplete model file (no stance.bin)", "classify",
                "--model", noStance.toString(), "seeds");
        Path lucene = rewrite("lucene.model", "manifest.json", b -> new String(b, StandardCharsets.UTF_8)
                .replaceFirst("\"lucene\" : \"[^\"]+\"", "\"lucene\" : \"8.0.0\"").getBytes(StandardCharsets.UTF_8));
        expectError(1, lucene + ": model trained with Lucene 8.0.0, this arstance uses Lucene ", "classify",
                "--model", lucene.toString(), "seeds");
        Path config = rewrite("config.model", "manifest.json", b -> new String(b, StandardCharsets.UTF_8)
                .replaceFirst("\"light_stem\" : true", "\"light_stem\" : false").getBytes(StandardCharsets.UTF_8));
        expectError(1, config + ": corrupted model file (config does not match its provenance)", "classify",
                "--model", config.toString(), "seeds");
    }

    /** The model archive with one entry changed ({@code change} gives null: the entry is left out). */
    private static Path rewrite(String name, String entry, java.util.function.UnaryOperator<byte[]> change) throws Exception {
        Path out = tmp.resolve(name);
        try (ZipFile zin = new ZipFile(model.toFile()); ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(zin.entries())) {
                byte[] b = zin.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    b = change.apply(b);
                }
                if (b == null) {
                    continue;
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(b);
                zout.closeEntry();
            }
        }
        return out;
    }

    // ---- outputs

    @Test
    void o1UnwritableO2FullDiskO3TwiceO4OutputIsAnInput() throws Exception {
        Path notAFolder = tmp.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        Path under = notAFolder.resolve("out.jsonl");
        expectError(1, under + ": cannot write here (", "segment", "--out", under.toString(), "seeds");
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
        expectError(1, "/dev/full: writing failed (No space left on device)", "segment", "--out", "/dev/full", "seeds");
        Path o = tmp.resolve("o.jsonl");
        expectError(2, "option '--out' (FILE) should be specified only once", "segment", "--out", o.toString(), "--out",
                o.toString(), "seeds");
        Path in = tmp.resolve("in.txt");
        Files.copy(Path.of("seeds", "004_d88aad4c16a3b18a.txt"), in);
        expectError(1, in + ": the output file is also an input", "segment", "--out", in.toString(), in.toString());
        assertEquals(-1L, Files.mismatch(in, Path.of("seeds", "004_d88aad4c16a3b18a.txt")), "the input is intact");
    }

    @Test
    void u1UnknownOptionOrCommand() {
        assertEquals(2, Cli.run("segment", "--frobnicate", "seeds").code());
        assertEquals(2, Cli.run("frobnicate").code());
        assertEquals(2, Cli.run().code());
    }
}
