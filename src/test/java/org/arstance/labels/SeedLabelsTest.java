package org.arstance.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arstance.ingest.ArticleFileReader;
import org.arstance.ingest.Paragraph;
import org.arstance.io.InputFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed label file against the segmenter, the schema and the guide's worked examples. */
class SeedLabelsTest {

    private static LabelSet labels() {
        LabelSet.Loaded loaded = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null);
        assertEquals(List.of(), loaded.problems());
        return loaded.labels();
    }

    @Test
    void oneRecordPerKeptSeedParagraphWithTheSameKindAndText() {
        List<Paragraph> paragraphs = new ArticleFileReader().readAll(InputFiles.expandNamed(List.of(Path.of("seeds")), Set.of("txt"))).paragraphs();
        List<LabelRecord> records = labels().records();
        assertEquals(paragraphs.size(), records.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            LabelRecord r = records.get(i);
            assertEquals(p.doc() + "#" + p.n(), r.id());
            assertEquals(p.kind().id(), r.kind(), r.id());
            assertEquals(p.article(), r.article(), r.id());
            assertEquals(p.text(), r.text(), r.id());
        }
    }

    /** The guide's worked examples (from 000_b14c644140988ae2) are labelled as the guide labels them. */
    @Test
    void guideWorkedExamplesHold() {
        Map<String, LabelRecord> byStart = labels().records().stream()
                .filter(r -> r.doc().equals("000_b14c644140988ae2"))
                .collect(Collectors.toMap(r -> r.text().substring(0, Math.min(30, r.text().length())), Function.identity(), (a, b) -> a));
        String[][] examples = {
            {"قالت أذربيجان، اليوم (الأربعاء)، إنها تريد", "karabakh", "azerbaijan", "favor"},
            {"وتنتشر هذه القوات منذ أواخر عام 2020", "karabakh", "none", "none"},
            {"وأثارت العملية العسكرية الأذربيجانية قلقاً دولياً", "karabakh", "france", "against"},
            {"وأفادت مصادر دبلوماسية فرنسية", "karabakh", "france", "neutral"},
            {"واتهم قادة الانفصاليين مراراً أذربيجان", "karabakh", "karabakh_armenians", "against"},
            {"أعلنت تايلاند أن أربعة من مواطنيها قُتلوا", "lebanon", "thailand", "neutral"},
            {"أعلنت السلطات الباكستانية", "other", "pakistan", "none"},
            {"صادقت كوريا الشمالية على معاهدة دفاع مشترك", "korea", "north_korea", "favor"},
            {"واتهمت سيول وحليفتها الولايات المتحدة", "korea", "south_korea", "against"},
        };
        for (String[] ex : examples) {
            LabelRecord r = labels().records().stream().filter(x -> x.doc().equals("000_b14c644140988ae2")
                    && x.text().startsWith(ex[0])).findFirst().orElseThrow(() -> new AssertionError("no paragraph " + ex[0]));
            assertEquals(List.of(ex[1], ex[2], ex[3]), List.of(r.topic(), r.source(), r.stance()), r.id());
        }
        assertTrue(byStart.size() > 50);
    }

    @Test
    void seedFilesAreByteForByteTheSharedSeeds() throws Exception {
        Path shared = Path.of("..", "shared", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(shared), "../shared/seeds is not beside the project");
        List<Path> ours = InputFiles.expand(List.of(Path.of("seeds")), Set.of("txt"));
        List<Path> theirs = InputFiles.expand(List.of(shared), Set.of("txt"));
        assertEquals(theirs.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(theirs.get(i).getFileName(), ours.get(i).getFileName());
            assertEquals(-1L, Files.mismatch(ours.get(i), theirs.get(i)), ours.get(i).toString());
        }
    }
}
