package org.arstance.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.ingest.Paragraph;
import org.arstance.ingest.Segmenter;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A program that holds articles in memory classifies them as classify classifies their files:
 * the same records, sources resolved in each article (a paragraph alone would lose a continued
 * speaker).
 */
class InMemoryClassifyTest {

    static ArstanceModel model;

    @BeforeAll
    static void trainOnTheSeeds() {
        LabelSet seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        model = new PipelineTrainer(seeds.schema(), PipelineConfig.defaults(), m -> { })
                .train(seeds.records(), 42, seeds.dataHash(), List.of("seeds.jsonl"));
    }

    @Test
    void paragraphsHeldInMemoryGiveTheRecordsTheirFilesGive() throws Exception {
        ParagraphClassifier classifier = new ParagraphClassifier(model);
        List<ClassifiedParagraph> fromFiles = new ArrayList<>();
        classifier.classifyAll(new ParagraphInputs(List.of(Path.of("seeds"))), fromFiles::add);
        List<InputParagraph> inMemory = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                String doc = f.getFileName().toString().replaceFirst("\\.txt$", "");
                for (Paragraph p : new Segmenter().segment(doc, Files.readString(f))) {
                    inMemory.add(new InputParagraph(null, p.doc(), p.n(), p.article(), p.kind().id(), null, p.text()));
                }
            }
        }
        List<ClassifiedParagraph> classified = classifier.classify(inMemory);
        assertEquals(fromFiles, classified);
        // the article matters: some paragraph's source continues an earlier one's, which the paragraph alone cannot know
        long continued = classified.stream().filter(c -> c.sourceEvidence() != null
                && c.sourceEvidence().rule().equals("continuation")).count();
        assertTrue(continued > 0, "no continued speaker among the seeds");
    }

    /**
     * Where an article's paragraph numbers skip, the paragraph left out stands between its
     * neighbours: seed 002's "وأضاف: …" (n 10) continues the speaker of n 8-9 when it follows them,
     * but after a skipped number it continues nobody and reads no neighbour, so its topic is scored
     * exactly as when it is given as an article of its own.
     */
    @Test
    void aParagraphAfterASkippedNumberReadsNoNeighbourAndContinuesNobody() {
        List<LabelRecord> seed = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow().records().stream()
                .filter(r -> r.doc().equals("002_e285bc6e3422a1ef") && r.n() >= 8 && r.n() <= 10).toList();
        assertEquals(3, seed.size());
        ParagraphClassifier classifier = new ParagraphClassifier(model);
        List<ClassifiedParagraph> inOrder = classifier.classify(inputs(seed, 0));
        assertEquals("continuation", inOrder.get(2).sourceEvidence().rule());
        assertEquals(seed.get(2).source(), inOrder.get(2).source());
        List<ClassifiedParagraph> skipped = classifier.classify(inputs(seed, 2));
        assertEquals(model.schema().noSource(), skipped.get(2).source());
        LabelRecord last = seed.get(2);
        ClassifiedParagraph alone = classifier.classify(List.of(new InputParagraph(null, "other", 1, 1, last.kind(), null, last.text()))).get(0);
        assertEquals(alone.topicProbability(), skipped.get(2).topicProbability());
        assertNotEquals(alone.topicProbability(), inOrder.get(2).topicProbability(), "the neighbours are read when nothing is skipped");
        assertEquals(inOrder.subList(0, 1), skipped.subList(0, 1), "the paragraphs before the skip keep their first neighbour");
    }

    /** The records as classify inputs under their own doc and n, the last one's n moved on by {@code skip}. */
    private static List<InputParagraph> inputs(List<LabelRecord> records, int skip) {
        List<InputParagraph> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            LabelRecord r = records.get(i);
            int n = i == records.size() - 1 ? r.n() + skip : r.n();
            out.add(new InputParagraph(null, r.doc(), n, r.article(), r.kind(), null, r.text()));
        }
        return out;
    }

    @Test
    void aBlankTextOrAKindTheModelDoesNotKnowIsRefused() {
        ParagraphClassifier classifier = new ParagraphClassifier(model);
        UserInputException e = assertThrows(UserInputException.class, () -> classifier.classify(List.of(
                new InputParagraph("a", null, null, null, "body", null, "قالت أذربيجان إنها تريد السلام"),
                new InputParagraph("b", null, null, null, "bogus", null, "قالت أرمينيا إنها تريد السلام"))));
        assertEquals("paragraph 2 of 2: unknown kind 'bogus' (known: headline, caption, heading, body, teaser)", e.getMessage());
        e = assertThrows(UserInputException.class, () -> classifier.classify(List.of(
                new InputParagraph("a", null, null, null, "body", null, "  "))));
        assertEquals("paragraph 1 of 1: empty text", e.getMessage());
        e = assertThrows(UserInputException.class, () -> classifier.classify(List.of(
                new InputParagraph("a", null, null, null, "body", null, "قالت أذربيجان إنها تريد السلام"),
                new InputParagraph("a", null, null, null, "body", null, "قالت أرمينيا إنها تريد السلام"))));
        assertEquals("paragraph 2 of 2: id 'a' was already given to an earlier paragraph", e.getMessage());
        e = assertThrows(UserInputException.class, () -> classifier.classify(List.of(
                new InputParagraph(null, "d", null, null, "body", null, "قالت أذربيجان إنها تريد السلام"))));
        assertEquals("paragraph 1 of 1: no id (nor doc and n)", e.getMessage());
        e = assertThrows(UserInputException.class, () -> classifier.classify(List.of(
                new InputParagraph(null, "d", 1, 1, "body", "أذربيجان والسلام", "قالت أذربيجان إنها تريد السلام"),
                new InputParagraph(null, "d", 2, 1, "body", "أرمينيا والسلام", "قالت أرمينيا إنها تريد السلام"))));
        assertEquals("paragraph 2 of 2: 'title' differs from the title paragraph 1 gave the same article (doc 'd', article 1): "
                + "classify reads one title an article", e.getMessage());
    }

    /** The model's own entry point refuses what it cannot read, by name, rather than failing deep in the analysis chain. */
    @Test
    void predictRefusesNoTextAndAnUnknownKind() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.predict(null, "body"));
        assertEquals("no text", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model.predict("قالت أذربيجان إنها تريد السلام", "no-such-kind"));
        assertTrue(e.getMessage().startsWith("unknown kind 'no-such-kind' (the schema's: headline,"), e.getMessage());
    }
}
