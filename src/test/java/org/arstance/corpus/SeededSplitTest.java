package org.arstance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arstance.io.UserInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeededSplitTest {

    /** Several paragraphs per article: key "a{n}", value "a{n}#{p}". */
    private static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < 500; a++) {
            for (int p = 0; p <= a % 4; p++) {
                out.add("a" + a + "#" + p);
            }
        }
        return out;
    }

    private static String article(String paragraph) {
        return paragraph.substring(0, paragraph.indexOf('#'));
    }

    @Test
    void noArticleIsOnBothSidesAndAFifthOfArticlesAreTest() {
        List<List<String>> s = SeededSplit.split(paragraphs(), SeededSplitTest::article, 0.2, 42);
        Set<String> train = new HashSet<>(s.get(0).stream().map(SeededSplitTest::article).toList());
        Set<String> test = new HashSet<>(s.get(1).stream().map(SeededSplitTest::article).toList());
        assertTrue(Collections.disjoint(train, test));
        assertEquals(100, test.size());
        assertEquals(400, train.size());
        assertEquals(paragraphs().size(), s.get(0).size() + s.get(1).size());
    }

    @Test
    void theSameSeedGivesTheSameSplitInAnyInputOrderAndAnotherSeedAnother() {
        List<String> shuffled = new ArrayList<>(paragraphs());
        Collections.shuffle(shuffled, new java.util.Random(7));
        Set<String> a = new HashSet<>(SeededSplit.split(paragraphs(), SeededSplitTest::article, 0.2, 42).get(1));
        Set<String> b = new HashSet<>(SeededSplit.split(shuffled, SeededSplitTest::article, 0.2, 42).get(1));
        Set<String> c = new HashSet<>(SeededSplit.split(paragraphs(), SeededSplitTest::article, 0.2, 43).get(1));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    /**
     * ANT files about 1,400 articles twice, under two ids (mostly two categories): the split keeps
     * each article's copies (the same title, or the same text) on one side, and is the same on
     * every read.
     */
    @Test
    void theAntCategorySplitIsByArticleWithItsCopiesAndDeterministic() {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("ant_multisource")), "ANT not beside the project");
        BenchmarkSchema schema = BenchmarkSchema.load(Path.of("experiments/benchmarks/ant-categories.schema.json"));
        BenchmarkReader.Data d = new BenchmarkReader(schema, data).read(42);
        List<BenchmarkExample> train = d.split("train");
        List<BenchmarkExample> test = d.split("test");
        assertEquals(31525, train.size() + test.size());
        assertTrue(Math.abs(test.size() - 0.2 * 31525) < 0.01 * 31525, "about a fifth: " + test.size());
        Set<String> trainIds = new HashSet<>(train.stream().map(BenchmarkExample::id).toList());
        assertTrue(test.stream().noneMatch(e -> trainIds.contains(e.id())));
        Set<String> trainTitles = new HashSet<>(train.stream().map(SeededSplitTest::title).toList());
        assertEquals(List.of(), test.stream().map(SeededSplitTest::title).filter(t -> !t.isEmpty() && trainTitles.contains(t)).toList());
        assertEquals(0, d.copiesInOtherSplits("test"));
        assertEquals(test.stream().map(BenchmarkExample::id).toList(),
                new BenchmarkReader(schema, data).read(42).split("test").stream().map(BenchmarkExample::id).toList());
    }

    /** The title: the document's first line (the schema's first text column). */
    private static String title(BenchmarkExample e) {
        String firstLine = e.text().split("\n", 2)[0];
        return DuplicateGroups.normalizeSpace(firstLine);
    }

    @Test
    void aRandomSplitByAnythingButTheIdColumnIsRefusedByName(@TempDir Path dir) throws Exception {
        String committed = Files.readString(Path.of("experiments/benchmarks/ant-categories.schema.json"));
        Path schema = dir.resolve("ant-by-category.schema.json");
        Files.writeString(schema, committed.replace("\"by\": \"doc_id\"", "\"by\": \"category\""));
        UserInputException e = assertThrows(UserInputException.class, () -> BenchmarkSchema.load(schema));
        assertTrue(e.getMessage().contains(schema.toString()) && e.getMessage().contains("'category'")
                && e.getMessage().contains("'doc_id'"), e.getMessage());
    }

}
