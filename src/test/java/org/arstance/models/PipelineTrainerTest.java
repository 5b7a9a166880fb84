package org.arstance.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every model family trained on the seed labels, written, read back and compared. */
class PipelineTrainerTest {

    @TempDir
    Path tmp;

    private static LabelSet seeds() {
        return LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
    }

    private static ArstanceModel train(LabelSet labels, TrainerKind kind, List<LabelRecord> records, long seed) {
        PipelineConfig config = PipelineConfig.defaults();
        config = new PipelineConfig(config.analysis(), config.features(), config.model().withTrainer(kind), config.topic(), config.attribution());
        return new PipelineTrainer(labels.schema(), config, m -> { }).train(records, seed, labels.dataHash(), List.of("seeds.jsonl"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TrainerKind.class)
    void sameDataConfigAndSeedGiveTheSameModelBytes(TrainerKind kind) throws Exception {
        LabelSet labels = seeds();
        Path a = tmp.resolve("a.model");
        Path b = tmp.resolve("b.model");
        ModelFile.write(a, train(labels, kind, labels.records(), 7));
        ModelFile.write(b, train(labels, kind, labels.records(), 7));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "two trainings differ for " + kind);

        ArstanceModel read = ModelFile.read(a);
        assertEquals(kind.id(), read.provenance().topicClassifier().substring(read.provenance().topicClassifier().indexOf(':') + 1));
        assertEquals(labels.dataHash(), read.provenance().dataHash());
        assertEquals(7, read.provenance().seed());
        assertNotNull(read.provenance().versions().get("tribuo"));
        assertNotNull(read.provenance().versions().get("lucene"));
        // the model read back predicts exactly as the model trained
        ArstanceModel trained = train(labels, kind, labels.records(), 7);
        for (LabelRecord r : labels.records().subList(0, 20)) {
            ParagraphPrediction p = trained.predict(r.text());
            ParagraphPrediction q = read.predict(r.text());
            assertEquals(p.topic(), q.topic());
            assertEquals(p.stance().unconstrained(), q.stance().unconstrained());
            assertEquals(p.stance().given(r.source()).value(), q.stance().given(r.source()).value());
            assertEquals(p.stance().given(r.source()).probability(), q.stance().given(r.source()).probability(), 1e-12);
            assertEquals(p.topicProbability(), q.topicProbability(), 1e-12);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TrainerKind.class, names = {"LOGISTIC_REGRESSION", "LINEAR_SVM", "SMILE_LOGISTIC"})
    void linearFamiliesLearnTheSeedTopicsAndFollowTheStanceRule(TrainerKind kind) {
        LabelSet labels = seeds();
        ArstanceModel model = train(labels, kind, labels.records(), 42);
        // in-sample sanity only (the evaluation protocols measure held-out quality), each paragraph
        // read with its article's context as it was trained
        List<List<String>> contexts = TopicContext.ofRecords(labels.records());
        long right = 0;
        for (int i = 0; i < labels.records().size(); i++) {
            LabelRecord r = labels.records().get(i);
            right += model.predict(r.text(), r.kind(), contexts.get(i), false).topic().equals(r.topic()) ? 1 : 0;
        }
        assertTrue(right > 0.9 * labels.records().size(), kind + " fits only " + right);
        for (LabelRecord r : labels.records()) {
            ParagraphPrediction p = model.predict(r.text());
            if (p.topic().equals("other")) {
                for (String source : List.of(r.source(), "azerbaijan", "none")) {
                    assertEquals("none", p.stance().given(source).value(), "a topic without a target takes no stance");
                    assertTrue(p.stance().given(source).evidence().isEmpty());
                }
            } else {
                // the guide's rule: no source, no stance; a source takes one toward the target
                assertEquals("none", p.stance().given("none").value());
                assertNotEquals("none", p.stance().given("azerbaijan").value());
            }
            assertTrue(p.topicEvidence().size() <= 5);
            assertTrue(p.topicEvidence().stream().noneMatch(e -> e.feature().startsWith("_")));
        }
    }

    /**
     * A model read from a file no longer needs the file: once it is deleted (or replaced by another
     * model), the learned source extractor still decodes, and the model writes itself again into a
     * file that predicts as it does (Tribuo's encoding of a decoded model is not byte for byte that
     * of the trained one, so the bytes are not compared).
     */
    @Test
    void aModelReadNeedsItsFileNoMore() throws Exception {
        LabelSet labels = seeds();
        Path file = tmp.resolve("m.model");
        ModelFile.write(file, train(labels, TrainerKind.LOGISTIC_REGRESSION, labels.records(), 7));
        ArstanceModel read = ModelFile.read(file);
        ModelFile.write(file, train(labels, TrainerKind.LOGISTIC_REGRESSION, labels.records(), 8));
        Files.delete(file);
        assertNotNull(read.sourceClassifier());
        LabelRecord r = labels.records().get(4);
        assertEquals(r.source(), read.predict(r.text(), r.kind(), List.of(), true).source().modelSource());
        Path again = tmp.resolve("again.model");
        ModelFile.write(again, read);
        ArstanceModel reread = ModelFile.read(again);
        for (LabelRecord q : labels.records().subList(0, 30)) {
            ParagraphPrediction x = read.predict(q.text(), q.kind(), List.of(), true);
            ParagraphPrediction y = reread.predict(q.text(), q.kind(), List.of(), true);
            assertEquals(x.source().modelSource(), y.source().modelSource());
            assertEquals(x.topic(), y.topic());
            assertEquals(x.topicProbability(), y.topicProbability(), 1e-12);
        }
    }

    /**
     * Records given to the trainer directly (not through LabelSet.load) are checked against the
     * schema too: a topic the schema does not know would become a label of the model, and its
     * paragraphs' stances would be dropped without a word.
     */
    @Test
    void recordsThatDoNotFitTheSchemaAreRefusedNamingTheFirstByFileAndLine() {
        LabelSet labels = seeds();
        List<LabelRecord> records = labels.records().stream().map(r -> !r.topic().equals("korea") ? r
                : new LabelRecord(r.file(), r.line(), r.doc(), r.n(), r.article(), r.outlet(), r.kind(), r.text(), "KOREA_TYPO",
                        r.source(), r.stance(), r.note(), r.key(), r.sha1(), r.articleText(), r.title())).toList();
        LabelRecord first = records.stream().filter(r -> r.topic().equals("KOREA_TYPO")).findFirst().orElseThrow();
        UserInputException e = org.junit.jupiter.api.Assertions.assertThrows(UserInputException.class,
                () -> train(labels, TrainerKind.LOGISTIC_REGRESSION, records, 42));
        assertTrue(e.getMessage().startsWith("seeds.jsonl: cannot train: "), e.getMessage());
        assertTrue(e.getMessage().contains("the first: " + first.file() + ":" + first.line() + ": unknown topic 'KOREA_TYPO'"),
                e.getMessage());
    }
}
