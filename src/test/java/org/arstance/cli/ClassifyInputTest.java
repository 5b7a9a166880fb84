package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What classify refuses in a JSON Lines input, as validate and segment refuse it in theirs: an empty
 * text, an unknown kind, a file with no paragraph, one id given twice; and the progress it shows.
 */
class ClassifyInputTest {

    @TempDir
    static Path tmp;
    static Path model;
    static final List<LabelRecord> SEEDS = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow().records();

    @BeforeAll
    static void trainOnTheSeeds() {
        model = tmp.resolve("seeds.model");
        Cli r = Cli.run("train", "--labels", "labels/seeds.jsonl", "--out", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** A JSON line for a seed paragraph, under {@code id}, with {@code extra} fields. */
    private static String line(String id, String text, String extra) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + extra + "}";
    }

    private static Path file(String name, List<String> lines) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static void refused(String message, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("classify", "--model", model.toString(), "--out", tmp.resolve("out.jsonl").toString()));
        java.util.Arrays.stream(inputs).forEach(p -> args.add(p.toString()));
        Cli.failing(1, message, args.toArray(String[]::new));
        assertFalse(Files.exists(tmp.resolve("out.jsonl")), "no partial output");
    }

    /**
     * A scraped archive repeats file names across folders (siteA/index.txt, siteB/index.txt): each
     * is its own document, named by its path below the folder given, so segment's output of the
     * archive classifies as the archive does; two folders given that both hold index.txt are refused.
     */
    @Test
    void filesOfOneNameInTwoFoldersAreTwoDocumentsOrRefusedWhenTheirNamesWouldClash() throws Exception {
        Path archive = tmp.resolve("archive");
        Path a = Files.createDirectories(archive.resolve("siteA"));
        Path b = Files.createDirectories(archive.resolve("siteB"));
        Files.copy(Path.of("seeds", "000_b14c644140988ae2.txt"), a.resolve("index.txt"));
        Files.copy(Path.of("seeds", "001_e6f440da34669fa5.txt"), b.resolve("index.txt"));
        Path direct = tmp.resolve("direct.jsonl");
        Cli r = Cli.run("classify", "--model", model.toString(), "--out", direct.toString(), archive.toString());
        assertEquals(0, r.code(), r.err());
        List<String> docs = new ArrayList<>();
        for (String l : Files.readAllLines(direct)) {
            String doc = Json.MAPPER.readTree(l).get("doc").asText();
            if (!docs.contains(doc)) {
                docs.add(doc);
            }
        }
        assertEquals(List.of("siteA/index", "siteB/index"), docs);
        Path segments = tmp.resolve("archive-segments.jsonl");
        assertEquals(0, Cli.run("segment", "--out", segments.toString(), archive.toString()).code());
        Path viaSegments = tmp.resolve("via-segments.jsonl");
        r = Cli.run("classify", "--model", model.toString(), "--out", viaSegments.toString(), segments.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readAllLines(direct), Files.readAllLines(viaSegments));
        refused(b.resolve("index.txt") + ": its document name 'index' is that of " + a.resolve("index.txt")
                + " too, and paragraph ids would clash: give the folder that holds both, or rename one", a, b);
    }

    /** A record's other fields (url, date …) reach the output as they were, in JSON Lines and in CSV. */
    @Test
    void aRecordsOtherFieldsAreHandedOnAsMeta() throws Exception {
        Path in = file("meta.jsonl", List.of(line("p1", SEEDS.get(1).text(), ",\"url\":\"https://example.org/a?b=1\",\"date\":\"2018-05-01\",\"rank\":3"),
                line("p2", SEEDS.get(2).text(), "")));
        Path jsonl = tmp.resolve("meta-out.jsonl");
        assertEquals(0, Cli.run("classify", "--model", model.toString(), "--out", jsonl.toString(), in.toString()).code());
        List<String> out = Files.readAllLines(jsonl);
        assertEquals("{\"url\":\"https://example.org/a?b=1\",\"date\":\"2018-05-01\",\"rank\":3}",
                Json.MAPPER.readTree(out.get(0)).get("meta").toString());
        assertFalse(Json.MAPPER.readTree(out.get(1)).has("meta"));
        Path csv = tmp.resolve("meta-out.csv");
        assertEquals(0, Cli.run("classify", "--model", model.toString(), "--format", "csv", "--out", csv.toString(), in.toString()).code());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).endsWith(",text,meta"), rows.get(0));
        assertTrue(rows.get(1).endsWith(",\"{\"\"url\"\":\"\"https://example.org/a?b=1\"\",\"\"date\"\":\"\"2018-05-01\"\",\"\"rank\"\":3}\""), rows.get(1));
        assertTrue(rows.get(2).endsWith(","), rows.get(2));
    }

    @Test
    void anEmptyTextAndAnUnknownKindAreRefusedByLine() throws Exception {
        String text = SEEDS.get(3).text();
        Path blank = file("blank.jsonl", List.of(line("a", text, ""), line("b", "   ", "")));
        refused(blank + ":2: empty 'text'", blank);
        Path kind = file("kind.jsonl", List.of(line("a", text, ",\"kind\":\"headline\""), line("b", text, ",\"kind\":\"bogus\"")));
        refused(kind + ":2: unknown kind 'bogus' (known: headline, caption, heading, body, teaser)", kind);
    }

    @Test
    void aFileWithNoParagraphIsRefused() throws Exception {
        Path empty = file("empty.jsonl", List.of("", "  "));
        refused(empty + ": holds no paragraph", empty);
    }

    @Test
    void anIdGivenTwiceInOneFileOrAcrossFilesIsRefusedWhereItRepeats() throws Exception {
        Path one = file("one.jsonl", List.of(line("p1", SEEDS.get(1).text(), ""), line("p2", SEEDS.get(2).text(), "")));
        Path same = file("same.jsonl", List.of(line("p1", SEEDS.get(1).text(), ""), line("p1", SEEDS.get(4).text(), "")));
        refused(same + ":2: id 'p1' was already given to an earlier paragraph", same);
        Path other = file("other.jsonl", List.of(line("p3", SEEDS.get(5).text(), ""), line("p2", SEEDS.get(6).text(), "")));
        refused(other + ":2: id 'p2' was already given to an earlier paragraph", one, other);
    }

    /**
     * classify reads one title an article: a record that gives its article a title other than an
     * earlier record's is refused at its line, naming the line of the first; the same title again, a
     * record with none, and another article's own title are read.
     */
    @Test
    void aSecondDifferentTitleForOneArticleIsRefused() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            texts.add(Json.MAPPER.writeValueAsString(SEEDS.get(i).text()));
        }
        String title = Json.MAPPER.writeValueAsString(SEEDS.get(0).text());
        Path fine = file("titles.jsonl", List.of(
                "{\"doc\":\"d\",\"n\":1,\"title\":" + title + ",\"text\":" + texts.get(0) + "}",
                "{\"doc\":\"d\",\"n\":2,\"text\":" + texts.get(1) + "}",
                "{\"doc\":\"d\",\"n\":3,\"title\":" + title + ",\"text\":" + texts.get(2) + "}",
                "{\"doc\":\"d\",\"n\":4,\"article\":2,\"title\":\"عنوان آخر\",\"text\":" + texts.get(3) + "}"));
        Cli r = Cli.run("classify", "--model", model.toString(), "--out", tmp.resolve("titles-out.jsonl").toString(), fine.toString());
        assertEquals(0, r.code(), r.err());
        Path conflict = file("conflict.jsonl", List.of(
                "{\"doc\":\"d\",\"n\":1,\"title\":" + title + ",\"text\":" + texts.get(0) + "}",
                "{\"doc\":\"d\",\"n\":2,\"text\":" + texts.get(1) + "}",
                "{\"doc\":\"d\",\"n\":3,\"title\":\"عنوان آخر\",\"text\":" + texts.get(2) + "}"));
        refused(conflict + ":3: 'title' differs from the title line 1 gave the same article (doc 'd', article 1): classify reads one title an article",
                conflict);
    }

    /** A record names its paragraph by id, or by doc and n as segment writes them; the same doc and n twice is refused too. */
    @Test
    void aRecordWithoutIdOrDocAndNAndADocParagraphGivenTwiceAreRefused() throws Exception {
        String text = Json.MAPPER.writeValueAsString(SEEDS.get(3).text());
        Path nameless = file("nameless.jsonl", List.of("{\"doc\":\"d\",\"text\":" + text + "}"));
        refused(nameless + ":1: missing field 'id' (or 'doc' and 'n', as segment writes them)", nameless);
        Path twice = file("twice.jsonl", List.of("{\"doc\":\"d\",\"n\":1,\"text\":" + text + "}",
                "{\"doc\":\"d\",\"n\":1,\"article\":2,\"text\":" + text + "}"));
        refused(twice + ":2: paragraph 1 of doc 'd' was already given to an earlier paragraph", twice);
    }

    /** Every 10,000 paragraphs, classify says how many are done, on stderr; the records go to the output. */
    @Test
    void progressIsShownOnStandardErrorAsParagraphsAreWritten() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; lines.size() < 20_500; i++) {
            lines.add(line("s" + i, SEEDS.get(i % SEEDS.size()).text(), ""));
        }
        Path many = file("many.jsonl", lines);
        Path out = tmp.resolve("many.out.jsonl");
        Cli r = Cli.run("classify", "--model", model.toString(), "--out", out.toString(), many.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("classify: 10000 paragraphs so far", "classify: 20000 paragraphs so far",
                "classify: 20500 paragraphs from 1 file"), r.err().strip().lines().toList());
        assertEquals(20_500, Files.readAllLines(out).size());
    }
}
