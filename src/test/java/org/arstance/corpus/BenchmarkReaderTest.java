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
import java.util.Map;
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
        Set<String> sentiments = new HashSet<>();
        Set<String> sarcasm = new HashSet<>();
        d.split("train").forEach(e -> {
            sentiments.add(e.auxiliary().get("sentiment"));
            sarcasm.add(e.auxiliary().get("sarcasm"));
        });
        assertEquals(Set.of("Positive", "Negative", "Neutral"), sentiments);
        assertEquals(Set.of("Yes", "No"), sarcasm);
        assertEquals(2, d.sha256().size());
        d.sha256().values().forEach(h -> assertEquals(64, h.length()));
    }

    /**
     * Model selection cross-validates inside the training split: the copies there (the same
     * tweet twice in Mawqif, one article under two ids in ANT) must fall in one fold, or a
     * candidate that memorizes text would score well on copies of what it was fitted on.
     */
    @Test
    void copiesInsideATrainingSplitFallInOneSelectionFold() {
        for (String schema : List.of("mawqif.schema.json", "ant-categories.schema.json")) {
            List<BenchmarkExample> train = read(schema).split("train");
            List<String> keys = train.stream().map(BenchmarkExample::copyKey).toList();
            int[] fold = org.arstance.models.StratifiedFolds.assign(train.stream().map(BenchmarkExample::label).toList(),
                    keys, 5, 42);
            Map<String, Integer> foldOfText = new java.util.HashMap<>();
            int inCopies = 0;
            for (int i = 0; i < train.size(); i++) {
                Integer before = foldOfText.putIfAbsent(keys.get(i), fold[i]);
                if (before != null) {
                    inCopies++;
                    assertEquals(before, fold[i], schema + ": a copy of " + train.get(i).id() + " is in another fold");
                }
            }
            assertTrue(inCopies > 0, schema + ": expected copies inside the training split");
            int[] sizes = new int[5];
            for (int f : fold) {
                sizes[f]++;
            }
            for (int size : sizes) {
                assertTrue(Math.abs(size - train.size() / 5.0) < train.size() * 0.02, schema + ": unbalanced folds " + java.util.Arrays.toString(sizes));
            }
        }
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
        assertEquals(Map.of(), rows.get(0).auxiliary(), "no auxiliary column declared, none read");
    }

    private BenchmarkSchema tweetSchema() throws Exception {
        Path schema = tmp.resolve("tweets.schema.json");
        Files.writeString(schema, """
                {"name": "tweets", "format": "csv", "splits": {"train": "train.csv", "test": "test.csv"},
                 "columns": {"id": "ID", "text": ["text"], "group": "target", "label": "stance",
                             "auxiliary": ["sentiment", "sarcasm"]},
                 "labels": ["Favor", "Against", "None"]}
                """);
        return BenchmarkSchema.load(schema);
    }

    @Test
    void auxiliaryLabelColumnsAreReadBesideTheStanceAndABlankValueIsLeftOut() throws Exception {
        String header = "ID,text,target,stance,sarcasm,sentiment,Date\n";
        Files.writeString(tmp.resolve("train.csv"), header
                + "1,قرار تمكين المرأة خطوة رائعة,Women empowerment,Favor,No,Positive,28/04/2022\n"
                + "2,\"يا سلام، لقاح جديد كل أسبوع\",Covid Vaccine,Against,Yes,Negative,29/04/2022\n"
                + "3,الرؤية في موعدها,Digital Transformation,None,, Neutral ,30/04/2022\n");
        Files.writeString(tmp.resolve("test.csv"), header + "4,التطعيم واجب على الجميع,Covid Vaccine,Favor,No,Positive,01/05/2022\n");
        BenchmarkReader.Data d = new BenchmarkReader(tweetSchema(), tmp).read(1);
        List<BenchmarkExample> train = d.split("train");
        assertEquals(Map.of("sentiment", "Positive", "sarcasm", "No"), train.get(0).auxiliary());
        assertEquals(Map.of("sentiment", "Negative", "sarcasm", "Yes"), train.get(1).auxiliary());
        assertEquals("Against", train.get(1).label());
        assertEquals(Map.of("sentiment", "Neutral"), train.get(2).auxiliary());
        BenchmarkExample test = d.split("test").get(0);
        assertEquals("Positive", test.auxiliary().get("sentiment"));
        assertEquals(Map.of(), test.withoutAuxiliary().auxiliary());
        assertEquals(test.text(), test.withoutAuxiliary().text());
    }

    @Test
    void aMissingAuxiliaryColumnIsOneMessageNamingTheFileAndTheSchema() throws Exception {
        BenchmarkSchema schema = tweetSchema();
        Files.writeString(tmp.resolve("train.csv"), "ID,text,target,stance,sentiment,sarcasm\n"
                + "1,قرار تمكين المرأة خطوة رائعة,Women empowerment,Favor,Positive,No\n");
        Files.writeString(tmp.resolve("test.csv"), "ID,text,target,stance,sentiment\n"
                + "2,التطعيم واجب على الجميع,Covid Vaccine,Favor,Positive\n");
        UserInputException e = assertThrows(UserInputException.class, () -> new BenchmarkReader(schema, tmp).read(1));
        assertEquals(tmp.resolve("test.csv") + ":1: no column 'sarcasm', an auxiliary label column that " + schema.file()
                + " declares (columns: ID, text, target, stance, sentiment)", e.getMessage());
    }

    @Test
    void anAuxiliaryColumnMayNotBeTheLabelColumnNorBeListedTwice() throws Exception {
        Path schema = tmp.resolve("bad.schema.json");
        for (String[] c : List.of(new String[] {"[\"stance\"]", "0", "stance"}, new String[] {"[\"sentiment\", \"sentiment\"]", "1", "sentiment"})) {
            String auxiliary = c[0];
            Files.writeString(schema, """
                    {"name": "bad", "splits": {"train": "t.csv"}, "labels": ["Favor", "Against"],
                     "columns": {"text": "text", "label": "stance", "auxiliary": %s}}
                    """.formatted(auxiliary));
            UserInputException e = assertThrows(UserInputException.class, () -> BenchmarkSchema.load(schema));
            assertTrue(e.getMessage().startsWith(schema + ":2: 'columns.auxiliary[" + c[1] + "]' is '" + c[2] + "'"), e.getMessage());
        }
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
    void aCsvInWindows1256IsRefusedWithTheLineAndAConversionHint() throws Exception {
        BenchmarkSchema schema = tinySchema();
        Files.write(tmp.resolve("t.csv"), "id,text,y\n1,ok,a\n2,\u0627\u0644\u062A\u0637\u0639\u064A\u0645 \u0648\u0627\u062C\u0628,b\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1256")));
        UserInputException e = assertThrows(UserInputException.class, () -> new BenchmarkReader(schema, tmp).read(1));
        assertTrue(e.getMessage().startsWith(tmp.resolve("t.csv") + ":3: not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("Windows-1256"), e.getMessage());
    }

    @Test
    void aGzippedJsonLinesSplitIsReadAndHashedOverItsCompressedBytes() throws Exception {
        Path schema = tmp.resolve("docs.schema.json");
        Files.writeString(schema, """
                {"name": "docs", "format": "jsonl", "splits": {"train": "docs.jsonl.gz"},
                 "columns": {"id": "doc_id", "text": ["title", "paragraphs"], "label": "category"},
                 "labels": ["sports", "culture"], "max_list_items": 1}
                """);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(("{\"doc_id\":\"d1\",\"title\":\"\u0641\u0648\u0632\",\"paragraphs\":[\"\u0623\u0648\u0644\",\"\u062B\u0627\u0646\"],\"category\":\"sports\"}\n"
                    + "\n{\"doc_id\":\"d2\",\"title\":\"\u0645\u0639\u0631\u0636\",\"paragraphs\":[],\"category\":\"culture\"}\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.write(tmp.resolve("docs.jsonl.gz"), gz.toByteArray());
        BenchmarkReader.Data d = new BenchmarkReader(BenchmarkSchema.load(schema), tmp).read(1);
        List<BenchmarkExample> rows = d.split("train");
        assertEquals(List.of("d1", "d2"), rows.stream().map(BenchmarkExample::id).toList());
        assertEquals("\u0641\u0648\u0632\n\u0623\u0648\u0644", rows.get(0).text(), "the title, then the first paragraph only");
        assertEquals(Map.of("docs.jsonl.gz", org.arstance.io.Digests.sha256(gz.toByteArray())), d.sha256());

        Files.write(tmp.resolve("docs.jsonl.gz"), java.util.Arrays.copyOf(gz.toByteArray(), 20));
        UserInputException e = assertThrows(UserInputException.class,
                () -> new BenchmarkReader(BenchmarkSchema.load(schema), tmp).read(1));
        assertTrue(e.getMessage().startsWith(tmp.resolve("docs.jsonl.gz") + ": cannot read"), e.getMessage());
    }

    @Test
    void aMissingDataDirectoryIsOneClearMessage() throws Exception {
        BenchmarkSchema schema = tinySchema();
        UserInputException e = assertThrows(UserInputException.class,
                () -> new BenchmarkReader(schema, tmp.resolve("nowhere")).read(1));
        assertTrue(e.getMessage().contains("data directory is not there"), e.getMessage());
    }
}
