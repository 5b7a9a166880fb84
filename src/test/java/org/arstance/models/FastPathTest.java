package org.arstance.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.arstance.attribution.RuleAttributor;
import org.arstance.attribution.RuleResult;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.DataDirectory;
import org.arstance.features.SparseVector;
import org.arstance.features.TermCounter;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precomputed-weights fast path gives the labels, probabilities and evidence of Tribuo's own
 * {@code predict} and excuse, within 1e-9, for every linear family, on the topic, stance and source
 * classifiers of a model read back from its file, over every seed paragraph and 1,000 ANT corpus
 * paragraphs (when the corpus is beside the project); and for two-label models, whose liblinear
 * weights are stored as one margin.
 */
class FastPathTest {

    private static final double TOLERANCE = 1e-9;
    private static final int CORPUS_PARAGRAPHS = 1000;

    @TempDir
    static Path tmp;

    private static LabelSet seeds;
    private static List<String> texts;

    @BeforeAll
    static void load() {
        seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        texts = new ArrayList<>(seeds.records().stream().map(LabelRecord::text).toList());
        Path data = DataDirectory.resolve(null);
        if (Files.isRegularFile(data.resolve(AntCorpus.FILE))) {
            List<String> corpus = new ArrayList<>();
            new AntCorpus(data).forEachArticle(article -> {
                for (var p : article.path("paragraphs")) {
                    if (corpus.size() < CORPUS_PARAGRAPHS && p.asText().strip().length() > 40) {
                        corpus.add(p.asText());
                    }
                }
            });
            assertEquals(CORPUS_PARAGRAPHS, corpus.size());
            texts.addAll(corpus);
        } else {
            System.err.println("FastPathTest: the ANT corpus is not in " + data + "; seed paragraphs only");
        }
    }

    static Stream<Arguments> linearFamilies() {
        return Stream.of(TrainerKind.LOGISTIC_REGRESSION, TrainerKind.LINEAR_SVM, TrainerKind.LIBLINEAR_LOGISTIC)
                .map(Arguments::of);
    }

    private static PipelineConfig config(TrainerKind kind) {
        PipelineConfig d = PipelineConfig.defaults();
        return new PipelineConfig(d.analysis(), d.features(), d.model().withTrainer(kind), d.topic(), d.attribution());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linearFamilies")
    void fastPathMatchesTribuoOnEveryClassifierOfAModelReadFromItsFile(TrainerKind kind) {
        PipelineConfig config = config(kind);
        ArstanceModel trained = new PipelineTrainer(seeds.schema(), config, m -> { })
                .train(seeds.records(), 11, seeds.dataHash(), List.of("seeds.jsonl"));
        Path file = tmp.resolve(kind.id() + ".model");
        ModelFile.write(file, trained);
        ArstanceModel model = ModelFile.read(file);

        TermCounter counter = new TermCounter(new TextAnalyzer(config.analysis()), config.features());
        RuleAttributor rules = new RuleAttributor(model.schema());
        Map<String, LabelClassifier> classifiers = new LinkedHashMap<>();
        classifiers.put("topic", model.topicClassifier());
        classifiers.put("stance", model.stanceClassifier());
        classifiers.put("source", model.sourceClassifier());
        String stanceTopic = model.stanceClassifier() == null ? null : firstTopicWithTarget(model);
        int compared = 0;
        for (String text : texts) {
            SparseVector x = ArstanceModel.vectorize(counter, model.vectorizer(), config, text);
            RuleResult r = rules.analyze(text, "body");
            Map<String, SparseVector> inputs = new LinkedHashMap<>();
            // the paragraph read with itself as its context: the context block's weights take part too
            FeatureSpace topicSpace = ArstanceModel.topicSpace(model.vectorizer(), config);
            inputs.put("topic", topicSpace.withIndicator(topicSpace.withContext(x, x, config.topic().articleContext()), ArstanceModel.BIAS));
            inputs.put("stance", ArstanceModel.stanceSpace(model.vectorizer(), model.schema())
                    .withIndicators(x, ArstanceModel.stanceIndicators(config, stanceTopic, r)));
            inputs.put("source", ArstanceModel.sourceSpace(model.vectorizer(), model.schema())
                    .withIndicators(x, model.sourceIndicators(r, text, "body")));
            for (var e : classifiers.entrySet()) {
                TribuoLabelClassifier c = (TribuoLabelClassifier) e.getValue();
                assertNotNull(c, e.getKey());
                assertNotNull(c.scorer(), kind + " " + e.getKey() + " has no fast path");
                assertSame(c, inputs.get(e.getKey()), kind + " " + e.getKey() + " on: " + text);
                compared++;
            }
        }
        assertEquals(3 * texts.size(), compared);
        // the model-wide top features of the report, too
        for (var e : classifiers.entrySet()) {
            TribuoLabelClassifier c = (TribuoLabelClassifier) e.getValue();
            Map<String, List<Evidence>> fast = c.topFeatures(10);
            Map<String, List<Evidence>> tribuo = c.tribuoTopFeatures(10);
            assertEquals(tribuo.keySet(), fast.keySet(), kind + " " + e.getKey());
            for (String label : fast.keySet()) {
                assertSameEvidence(tribuo.get(label), fast.get(label), kind + " " + e.getKey() + " top features of " + label);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linearFamilies")
    void twoLabelModelsMatchTribuo(TrainerKind kind) {
        // the two most frequent topics of the seeds, as a two-label problem
        Map<String, Long> counts = new java.util.TreeMap<>();
        seeds.records().forEach(r -> counts.merge(r.topic(), 1L, Long::sum));
        List<String> two = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        List<LabelRecord> subset = seeds.records().stream().filter(r -> two.contains(r.topic())).toList();
        PipelineConfig config = config(kind);
        ArstanceModel model = new PipelineTrainer(seeds.schema(), config, m -> { })
                .train(subset, 5, seeds.dataHash(), List.of("seeds.jsonl"));
        TribuoLabelClassifier topic = (TribuoLabelClassifier) model.topicClassifier();
        assertEquals(two.stream().sorted().toList(), topic.labels());
        assertNotNull(topic.scorer());
        TermCounter counter = new TermCounter(new TextAnalyzer(config.analysis()), config.features());
        for (String text : texts) {
            SparseVector x = ArstanceModel.topicSpace(model.vectorizer(), config)
                    .withIndicator(ArstanceModel.vectorize(counter, model.vectorizer(), config, text), ArstanceModel.BIAS);
            assertSame(topic, x, kind + " on: " + text);
        }
    }

    private static String firstTopicWithTarget(ArstanceModel model) {
        return model.schema().topics().stream().filter(t -> t.hasTarget()).findFirst().orElseThrow().id();
    }

    /** Same probabilities (1e-9), same best label, same evidence features and weights (1e-9). */
    private static void assertSame(TribuoLabelClassifier c, SparseVector x, String what) {
        double[] fast = c.probabilities(x);
        double[] tribuo = c.tribuoProbabilities(x);
        assertEquals(tribuo.length, fast.length, what);
        for (int i = 0; i < fast.length; i++) {
            assertEquals(tribuo[i], fast[i], TOLERANCE, what + " " + c.labels().get(i));
        }
        String best = c.labels().get(ArstanceModel.argmax(fast));
        assertEquals(c.labels().get(ArstanceModel.argmax(tribuo)), best, what);
        assertSameEvidence(c.tribuoEvidence(x, best, 7), c.evidence(x, best, 7), what);
    }

    private static void assertSameEvidence(List<Evidence> te, List<Evidence> fe, String what) {
        assertEquals(te.size(), fe.size(), what);
        for (int i = 0; i < fe.size(); i++) {
            assertEquals(te.get(i).feature(), fe.get(i).feature(), what);
            assertEquals(te.get(i).weight(), fe.get(i).weight(), TOLERANCE, what);
        }
    }
}
