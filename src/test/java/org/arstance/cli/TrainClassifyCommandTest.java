package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.arstance.io.Json;
import org.arstance.io.Parallel;
import org.arstance.labels.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainClassifyCommandTest {

    private static final Schema SCHEMA = Schema.load(Path.of("labels", "schema.json"));

    @TempDir
    static Path tmp;
    static Path model;

    @BeforeAll
    static void trainOnce() {
        model = tmp.resolve("seeds.model");
        Cli r = Cli.run("train", "--labels", "labels/seeds.jsonl", "--out", model.toString(), "--seed", "42");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("train: " + model), r.out());
    }

    @Test
    void twoTrainingsWriteIdenticalBytes() throws Exception {
        Path again = tmp.resolve("again.model");
        assertEquals(0, Cli.run("train", "--labels", "labels/seeds.jsonl", "--out", again.toString(), "--seed", "42").code());
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(again));
        Path other = tmp.resolve("other-seed.model");
        assertEquals(0, Cli.run("train", "--labels", "labels/seeds.jsonl", "--out", other.toString(), "--seed", "43").code());
        assertFalse(Arrays.equals(Files.readAllBytes(model), Files.readAllBytes(other)), "the seed is part of the model");
    }

    @Test
    void evaluateWithModelOutWritesTheModelTrainWritesAndTheSameReport() throws Exception {
        Path withModel = tmp.resolve("report-with-model");
        Path written = tmp.resolve("evaluated.model");
        Cli r = Cli.run("evaluate", "--labels", "labels/seeds.jsonl", "--protocol", "file", "--no-learning-curve",
                "--report", withModel.toString(), "--model-out", written.toString(), "--seed", "42");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("train: " + written), r.out());
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(written), "the same bytes as train's model");
        Path plain = tmp.resolve("report-plain");
        assertEquals(0, Cli.run("evaluate", "--labels", "labels/seeds.jsonl", "--protocol", "file", "--no-learning-curve",
                "--report", plain.toString(), "--seed", "42").code());
        assertArrayEquals(Files.readAllBytes(plain.resolve("metrics.json")), Files.readAllBytes(withModel.resolve("metrics.json")),
                "the same metrics and top features with or without --model-out");
        // one thread at a time (the folds, and each fold's classifiers, one after another): the same bytes
        Path oneThread = tmp.resolve("report-one-thread");
        Path oneThreadModel = tmp.resolve("one-thread.model");
        try {
            assertEquals(0, Cli.run("evaluate", "--labels", "labels/seeds.jsonl", "--protocol", "file", "--no-learning-curve",
                    "--report", oneThread.toString(), "--model-out", oneThreadModel.toString(), "--seed", "42", "--threads", "1").code());
        } finally {
            Parallel.limitThreads(Parallel.cores()); // the other tests of this JVM run on every core
        }
        assertArrayEquals(Files.readAllBytes(plain.resolve("metrics.json")), Files.readAllBytes(oneThread.resolve("metrics.json")),
                "the same metrics on one thread");
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(oneThreadModel), "the same model on one thread");
    }

    @Test
    void classifyWritesOneCompleteRecordPerSegmentedParagraph() throws Exception {
        Cli r = Cli.run("classify", "--model", model.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            rows.add(Json.MAPPER.readTree(line));
        }
        Cli seg = Cli.run("segment", "seeds");
        assertEquals(seg.out().split("\n").length, rows.size(), "one record per paragraph segment keeps");
        for (JsonNode row : rows) {
            for (String field : List.of("doc", "n", "article", "kind", "text", "topic", "topic_probability", "stance",
                    "stance_probability", "source", "topic_features", "stance_features")) {
                assertTrue(row.has(field), field + " missing in " + row);
            }
            String source = row.get("source").asText();
            assertTrue(source.equals("none") || row.get("source_evidence").has("rule"), row.toString());
            double p = row.get("topic_probability").asDouble();
            assertTrue(p > 0 && p <= 1, row.toString());
            assertTrue(row.get("topic_features").size() <= 5 && row.get("topic_features").size() > 0, row.toString());
            // a prediction follows the rules its labels must follow: no source, no stance; a
            // source on a topic with a target takes one; a topic without a target takes none
            boolean hasTarget = SCHEMA.topic(row.get("topic").asText()).orElseThrow().hasTarget();
            boolean noStance = row.get("stance").asText().equals(SCHEMA.noStance());
            assertEquals(!hasTarget || source.equals(SCHEMA.noSource()), noStance, row.toString());
        }
    }

    @Test
    void twoClassifyRunsWriteIdenticalBytes() throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        assertEquals(0, Cli.run("classify", "--model", model.toString(), "--out", a.toString(), "seeds").code());
        assertEquals(0, Cli.run("classify", "--model", model.toString(), "--out", b.toString(), "seeds").code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        for (String threads : List.of("1", "3", "8")) {
            Path t = tmp.resolve("threads-" + threads + ".jsonl");
            assertEquals(0, Cli.run("classify", "--model", model.toString(), "--threads", threads, "--out", t.toString(), "seeds").code());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(t), "the same bytes on " + threads + " threads");
        }
    }

    @Test
    void classifyReadsJsonlParagraphsAndWritesCsv() throws Exception {
        Path in = tmp.resolve("paragraphs.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a1\",\"title\":\"كوريا\",\"text\":\"أطلقت كوريا الشمالية صاروخاً باليستياً، بحسب هيئة الأركان في سيول.\"}",
                "{\"id\":\"a2\",\"text\":\"دعت فرنسا إلى جلسة طارئة لمجلس الأمن, بشأن ناغورنو كاراباخ.\"}"), StandardCharsets.UTF_8);
        Cli r = Cli.run("classify", "--model", model.toString(), "--format", "csv", in.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("id,doc,n,article,kind,title,topic,topic_probability,stance"), lines[0]);
        assertTrue(lines[1].startsWith("a1,,,,body,كوريا,korea,"), lines[1]);
        assertTrue(lines[2].contains("\"دعت فرنسا إلى جلسة طارئة لمجلس الأمن, بشأن ناغورنو كاراباخ.\""), lines[2]);
    }

    /** CSV for a spreadsheet: a byte-order mark, and a cell that would be a formula is text. */
    @Test
    void spreadsheetCsvHasAByteOrderMarkAndNoFormulas() throws Exception {
        Path in = tmp.resolve("formulas.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"=HYPERLINK(1)\",\"text\":\"=أطلقت كوريا الشمالية صاروخاً باليستياً، بحسب هيئة الأركان في سيول.\"}",
                "{\"id\":\"b2\",\"text\":\"- دعت فرنسا إلى جلسة طارئة لمجلس الأمن بشأن ناغورنو كاراباخ.\"}"), StandardCharsets.UTF_8);
        Path out = tmp.resolve("sheet.csv");
        Cli r = Cli.run("classify", "--model", model.toString(), "--spreadsheet", "--out", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertTrue(lines[0].startsWith("id,doc,n,"), lines[0]);
        assertTrue(lines[1].startsWith("'=HYPERLINK(1),,,,body,"), lines[1]);
        // the text, then the empty meta cell (the records have no other field)
        assertTrue(lines[1].endsWith(",'=أطلقت كوريا الشمالية صاروخاً باليستياً، بحسب هيئة الأركان في سيول.,"), lines[1]);
        assertTrue(lines[2].endsWith(",'- دعت فرنسا إلى جلسة طارئة لمجلس الأمن بشأن ناغورنو كاراباخ.,"), lines[2]);
        Cli plain = Cli.run("classify", "--model", model.toString(), "--format", "csv", in.toString());
        assertTrue(plain.out().startsWith("id,"), "plain CSV has no byte-order mark");
        assertTrue(plain.out().contains("\r\n=HYPERLINK(1),"), "plain CSV keeps the cells as they are");
        assertEquals(Main.EXIT_USAGE, Cli.run("classify", "--model", model.toString(), "--spreadsheet", "--format", "jsonl", in.toString()).code());
    }

    /**
     * segment's output, checked or edited and fed back to classify, gets what the article files
     * get: the same topics, stances and sources, the article-level attribution rules (a verb that
     * continues the previous paragraph's speaker) included.
     */
    @Test
    void segmentsOutputClassifiesAsItsArticleFilesDo() throws Exception {
        Path segmented = tmp.resolve("segmented.jsonl");
        assertEquals(0, Cli.run("segment", "--out", segmented.toString(), "seeds").code());
        Cli fromText = Cli.run("classify", "--model", model.toString(), "seeds");
        Cli fromJsonl = Cli.run("classify", "--model", model.toString(), segmented.toString());
        assertEquals(0, fromJsonl.code(), fromJsonl.err());
        assertEquals(fromText.out(), fromJsonl.out());
        assertTrue(fromText.out().contains("\"rule\":\"continuation\""), "the seeds have continued speakers");
        // teasers included: the schema lists every kind segment gives, so its .jsonl is accepted as it is
        assertTrue(fromText.out().contains("\"kind\":\"teaser\""), "the seeds hold teasers");
    }

    /** A paragraph with no term of the vocabulary carries no evidence of a topic: it gets the topic without a target. */
    @Test
    void aParagraphWithNoKnownTermGetsTheTopicWithoutATarget() throws Exception {
        Path in = tmp.resolve("no-terms.jsonl");
        Files.write(in, List.of("{\"id\":\"rule\",\"text\":\"--------------------\"}",
                "{\"id\":\"emoji\",\"text\":\"\ud83d\ude00\"}",
                "{\"id\":\"han\",\"text\":\"\u8fd9\u662f\u4e2d\u6587\u6bb5\u843d\u3002\"}"), StandardCharsets.UTF_8);
        Cli r = Cli.run("classify", "--model", model.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().split("\n")) {
            JsonNode row = Json.MAPPER.readTree(line);
            assertEquals("other", row.get("topic").asText(), line);
            assertEquals("none", row.get("stance").asText(), line);
            assertEquals(0, row.get("topic_features").size(), line);
        }
    }

    @Test
    void aTruncatedModelGivesOneClearErrorLine() throws Exception {
        byte[] bytes = Files.readAllBytes(model);
        Path truncated = tmp.resolve("truncated.model");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Cli r = Cli.run("classify", "--model", truncated.toString(), "seeds/004_d88aad4c16a3b18a.txt");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().startsWith(truncated + ": not an arstance model file, or truncated"), r.err());
        assertEquals("", r.out());
        assertFalse(r.printedStackTrace());
    }

    @Test
    void aMissingOrCorruptedModelIsNamed() throws Exception {
        Cli missing = Cli.run("classify", "--model", tmp.resolve("nope.model").toString(), "seeds");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.model: no such model file"), missing.err());

        // the same archive with one byte of the topic classifier changed: the manifest's checksum catches it
        Path corrupt = tmp.resolve("corrupt.model");
        try (var zin = new java.util.zip.ZipFile(model.toFile());
             var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(corrupt))) {
            for (var e : java.util.Collections.list(zin.entries())) {
                byte[] b = zin.getInputStream(e).readAllBytes();
                if (e.getName().equals("topic.bin")) {
                    b[b.length / 2] ^= 1;
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(b);
                zout.closeEntry();
            }
        }
        Cli r = Cli.run("classify", "--model", corrupt.toString(), "seeds/004_d88aad4c16a3b18a.txt");
        assertEquals(1, r.code(), r.err());
        assertFalse(r.printedStackTrace(), r.err());
        assertTrue(r.err().startsWith(corrupt + ": corrupted model file (checksum of topic.bin does not match)"), r.err());
    }

    /**
     * A model attributes with the lexicon it was trained with, which it carries: the same archive
     * with قال dropped from its lexicon (checksum updated, as a later arstance's lexicon might differ)
     * gives other sources for the seed paragraphs that quote with قال.
     */
    @Test
    void aModelAttributesWithTheLexiconItCarries() throws Exception {
        Path edited = tmp.resolve("edited-lexicon.model");
        try (var zin = new java.util.zip.ZipFile(model.toFile());
             var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(edited))) {
            com.fasterxml.jackson.databind.node.ObjectNode lexicon = (com.fasterxml.jackson.databind.node.ObjectNode)
                    Json.MAPPER.readTree(zin.getInputStream(zin.getEntry("lexicon.json")));
            assertTrue(lexicon.path("verbs").has("قال"), "the model carries the lexicon, verbs of saying and all");
            ((com.fasterxml.jackson.databind.node.ObjectNode) lexicon.get("verbs")).remove("قال");
            byte[] lexiconBytes = Json.MAPPER.writeValueAsBytes(lexicon);
            com.fasterxml.jackson.databind.node.ObjectNode manifest = (com.fasterxml.jackson.databind.node.ObjectNode)
                    Json.MAPPER.readTree(zin.getInputStream(zin.getEntry("manifest.json")));
            ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("entries")).put("lexicon.json",
                    org.arstance.io.Digests.sha256(lexiconBytes));
            for (var e : java.util.Collections.list(zin.entries())) {
                byte[] b = switch (e.getName()) {
                    case "lexicon.json" -> lexiconBytes;
                    case "manifest.json" -> Json.MAPPER.writeValueAsBytes(manifest);
                    default -> zin.getInputStream(e).readAllBytes();
                };
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(b);
                zout.closeEntry();
            }
        }
        Cli original = Cli.run("classify", "--model", model.toString(), "seeds");
        Cli withEdit = Cli.run("classify", "--model", edited.toString(), "seeds");
        assertEquals(0, withEdit.code(), withEdit.err());
        String[] a = original.out().split("\n");
        String[] b = withEdit.out().split("\n");
        assertEquals(a.length, b.length);
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            JsonNode x = Json.MAPPER.readTree(a[i]);
            JsonNode y = Json.MAPPER.readTree(b[i]);
            // the paragraphs quoted with قال lose their cue (and the ones continuing them may change too)
            if (!x.path("source").asText().equals(y.path("source").asText())
                    && x.path("source_evidence").path("cue").asText().contains("قال")) {
                changed++;
            }
        }
        assertTrue(changed >= 5, changed + " sources cued by قال changed");
    }

    @Test
    void aModelTrainedWithAnotherSchemaIsRefusedWhenTheSchemaIsGiven() throws Exception {
        Path schema = tmp.resolve("schema.json");
        Files.writeString(schema, Files.readString(Path.of("labels", "schema.json")).replace("\"nato\"", "\"otan\""));
        Cli r = Cli.run("classify", "--model", model.toString(), "--schema", schema.toString(), "seeds");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("trained with another schema"), r.err());
    }

    /** The same schema laid out otherwise (compact, a byte-order mark) is the schema the model was trained with. */
    @Test
    void aReformattedSchemaIsTheSameSchema() throws Exception {
        Path schema = tmp.resolve("reformatted-schema.json");
        String compact = Json.line(Json.MAPPER.readTree(Files.readString(Path.of("labels", "schema.json"))));
        Files.writeString(schema, "\uFEFF" + compact + "\n");
        Cli r = Cli.run("classify", "--model", model.toString(), "--schema", schema.toString(), "seeds/004_d88aad4c16a3b18a.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals(Cli.run("classify", "--model", model.toString(), "seeds/004_d88aad4c16a3b18a.txt").out(), r.out());
    }

    @Test
    void anOpinionPiecesDisclaimerInItsLastParagraphMakesItsBodyTheWriters() throws Exception {
        String column = String.join("\n\n",
                "حكومة بلا أفق",
                "لم تعد الحكومة الجديدة قادرة على إقناع أحد بأنها تملك خطة للخروج من الأزمة الاقتصادية الخانقة التي يعيشها البلد منذ سنوات.",
                "وقال وزير المالية اللبناني جورج قرم إن الإصلاحات ستبدأ الشهر المقبل، لكن الوعود نفسها تتكرر منذ عقد كامل من دون أن يتغير شيء على الأرض.",
                "وقالت وزارة الخارجية الأمريكية إن واشنطن تتابع الأزمة عن كثب وتدعو إلى تسريع الإصلاحات التي يطلبها المانحون.",
                "وأوضح قرم أن الحكومة ستعرض خطتها على البرلمان قبل نهاية العام، وأن المصارف ستشارك في تحمل الخسائر.",
                "** جميع المقالات المنشورة تمثل رأي كتابها فقط.");
        Path withDisclaimer = tmp.resolve("column").resolve("column.txt");
        Files.createDirectories(withDisclaimer.getParent());
        Files.writeString(withDisclaimer, column + "\n", StandardCharsets.UTF_8);
        Path without = tmp.resolve("news").resolve("column.txt");
        Files.createDirectories(without.getParent());
        Files.writeString(without, column.substring(0, column.lastIndexOf("\n\n")) + "\n", StandardCharsets.UTF_8);

        List<JsonNode> rows = classify(withDisclaimer, "1");
        JsonNode disclaimer = rows.get(rows.size() - 1);
        assertEquals("none", disclaimer.get("source").asText(), disclaimer.toString());
        List<JsonNode> body = rows.stream().filter(row -> row.get("kind").asText().equals("body") && row != disclaimer).toList();
        assertEquals(4, body.size(), rows.toString());
        for (JsonNode row : body) {
            assertEquals("press", row.get("source").asText(), row.toString());
            assertEquals("opinion", row.get("source_evidence").get("rule").asText(), row.toString());
            assertEquals("تمثل رأي كتابها", row.get("source_evidence").get("cue").asText(), row.toString());
        }
        assertEquals(rows.toString(), classify(withDisclaimer, "3").toString(), "the same on 3 threads");

        // the same article without the disclaimer is news: narration, then the speakers it names
        List<JsonNode> news = classify(without, "1").stream().filter(row -> row.get("kind").asText().equals("body")).toList();
        assertEquals(List.of("none", "lebanon", "usa", "lebanon"), news.stream().map(row -> row.get("source").asText()).toList());
        // «وأوضح قرم»: the minister named two paragraphs earlier, not the previous paragraph's speaker
        JsonNode byName = news.get(3).get("source_evidence");
        assertEquals("name", byName.get("rule").asText(), byName.toString());
        assertEquals("قرم", byName.get("mention").asText());
        assertEquals("قرم", news.get(3).get("text").asText().substring(byName.get("mention_start").asInt(), byName.get("mention_end").asInt()));
    }

    private static List<JsonNode> classify(Path file, String threads) throws Exception {
        Cli r = Cli.run("classify", "--model", model.toString(), "--threads", threads, file.toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            rows.add(Json.MAPPER.readTree(line));
        }
        return rows;
    }
}
