package org.arstance.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.arstance.attribution.RuleAttributor;
import org.arstance.attribution.RuleResult;
import org.arstance.attribution.SourceFeatures;
import org.arstance.features.SparseVector;
import org.arstance.features.TermCounter;
import org.arstance.features.TfidfVectorizer;
import org.arstance.io.Parallel;
import org.arstance.io.UserInputException;
import org.arstance.io.Versions;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelValidator;
import org.arstance.labels.Problem;
import org.arstance.labels.Schema;
import org.arstance.text.TextAnalyzer;

/**
 * Trains an {@link ArstanceModel} from labelled paragraphs: fits the vocabulary and IDF on
 * them (and only them), then the topic classifier on every paragraph (read with its article's
 * {@link TopicContext} when the config asks for it), the stance classifier on the paragraphs whose
 * topic has a target, with the topic as an indicator feature, and the learned source extractor.
 */
public final class PipelineTrainer {

    public static final String FORMAT = "arstance-model";
    public static final int FORMAT_VERSION = 4;

    private final Schema schema;
    private final PipelineConfig config;
    private final Consumer<String> progress;

    public PipelineTrainer(Schema schema, PipelineConfig config, Consumer<String> progress) {
        this.schema = schema;
        this.config = config;
        this.progress = java.util.Objects.requireNonNull(progress, "progress (m -> { } for none)");
    }

    /**
     * Refuses training paragraphs that cannot give a usable model: fewer than two topics among
     * them, or no term found in at least {@code min_df} of them (a model that sees no text).
     *
     * @param training  the training paragraphs (never a held-out one)
     * @param seed      the seed of every random choice in training
     * @param dataHash  the hash of the label data, for provenance
     * @param labelFiles the label files' names, for provenance and messages
     * @throws UserInputException when a paragraph's labels do not fit the schema (an unknown topic,
     *         source, stance or kind, a stance without a source, a paragraph labelled twice: what
     *         {@link LabelValidator} checks), or when the paragraphs cannot give a usable model
     */
    public ArstanceModel train(List<LabelRecord> training, long seed, String dataHash, List<String> labelFiles) {
        String where = labelFiles.isEmpty() ? "" : String.join(", ", labelFiles) + ": ";
        List<Problem> problems = new LabelValidator(schema).validate(training);
        if (!problems.isEmpty()) {
            throw new UserInputException(where + "cannot train: " + problems.size() + " training paragraph"
                    + (problems.size() == 1 ? "'s labels do" : "s' labels do") + " not fit the schema; the first: " + problems.get(0));
        }
        Set<String> topics = new TreeSet<>();
        training.forEach(r -> topics.add(r.topic()));
        if (topics.size() < 2) {
            throw new UserInputException(where + "cannot train: fewer than two topics among the " + paragraphs(training.size())
                    + (topics.isEmpty() ? "" : " (only '" + topics.iterator().next() + "')")
                    + ": the topic classifier needs paragraphs of at least two topics");
        }
        TermCounter counter = new TermCounter(new TextAnalyzer(config.analysis()), config.features());
        List<Map<String, Integer>> counts = new ArrayList<>(training.size());
        for (LabelRecord r : training) {
            counts.add(counter.count(r.text()));
        }
        TfidfVectorizer vectorizer = TfidfVectorizer.fit(counts, config.features());
        int minDf = config.features().minDf();
        if (vectorizer.size() == 0) {
            throw new UserInputException(where + "cannot train: " + (minDf > 1
                    ? "no term occurs in at least min_df=" + minDf + " of the " + paragraphs(training.size()) + ": lower min_df"
                    : "the " + paragraphs(training.size()) + " hold no term once analyzed"));
        }
        progress.accept("vocabulary: " + vectorizer.size() + " terms from " + training.size() + " paragraphs");
        List<SparseVector> x = new ArrayList<>(training.size());
        for (Map<String, Integer> c : counts) {
            x.add(ArstanceModel.weigh(vectorizer, config, vectorizer.counts(c)));
        }
        ClassifierTrainer trainer = ClassifierTrainer.forConfig(config.model());

        FeatureSpace topicSpace = ArstanceModel.topicSpace(vectorizer, config);
        List<SparseVector> xt = new ArrayList<>();
        List<String> yt = new ArrayList<>();
        List<SparseVector> contexts = config.topic().usesContext() ? contextVectors(training, counter, vectorizer, topicSpace) : null;
        for (int i = 0; i < training.size(); i++) {
            SparseVector xi = contexts == null ? x.get(i)
                    : topicSpace.withContext(x.get(i), contexts.get(i), config.topic().articleContext());
            xt.add(topicSpace.withIndicator(xi, ArstanceModel.BIAS));
            yt.add(training.get(i).topic());
        }

        RuleAttributor rules = new RuleAttributor(schema);
        List<RuleResult> ruleResults = new ArrayList<>(training.size());
        for (LabelRecord r : training) {
            ruleResults.add(rules.analyze(r.text(), r.kind()));
        }

        FeatureSpace stanceSpace = ArstanceModel.stanceSpace(vectorizer, schema);
        List<SparseVector> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            LabelRecord r = training.get(i);
            if (schema.topic(r.topic()).map(Schema.Topic::hasTarget).orElse(false)) {
                xs.add(stanceSpace.withIndicators(x.get(i), ArstanceModel.stanceIndicators(config, r.topic(), ruleResults.get(i))));
                ys.add(r.stance());
            }
        }

        FeatureSpace sourceSpace = ArstanceModel.sourceSpace(vectorizer, schema);
        SourceFeatures sourceFeatures = new SourceFeatures(schema);
        List<SparseVector> xo = new ArrayList<>();
        List<String> yo = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            LabelRecord r = training.get(i);
            List<String> on = new ArrayList<>(List.of(ArstanceModel.BIAS));
            on.addAll(sourceFeatures.of(ruleResults.get(i), rules.mentions(r.text()), r.kind()));
            xo.add(sourceSpace.withIndicators(x.get(i), on));
            yo.add(r.source());
        }
        ClassifierTrainer sourceTrainer = ClassifierTrainer.forConfig(
                config.model().withTrainer(TrainerKind.fromId(config.attribution().trainer())));

        // the three classifiers are independent: trained side by side, each from its own seed
        List<LabelClassifier> trained = Parallel.run(List.of(
                () -> trainer.train(xt, yt, weights(yt), topicSpace, seed),
                () -> ys.stream().distinct().count() >= 2 ? trainer.train(xs, ys, weights(ys), stanceSpace, seed) : null,
                () -> yo.stream().distinct().count() >= 2 ? sourceTrainer.train(xo, yo, weights(yo), sourceSpace, seed) : null));
        LabelClassifier topic = trained.get(0);
        LabelClassifier stance = trained.get(1);
        LabelClassifier source = trained.get(2);
        progress.accept("topic classifier: " + topic.kind() + " over " + topic.labels());
        if (stance != null) {
            progress.accept("stance classifier: " + stance.kind() + " over " + stance.labels() + " on " + ys.size() + " paragraphs");
        } else {
            progress.accept("stance classifier: none (fewer than two stance values among " + ys.size() + " paragraphs)");
        }
        if (source != null) {
            progress.accept("source classifier: " + source.kind() + " over " + source.labels().size() + " sources");
        }
        ModelProvenance provenance = new ModelProvenance(FORMAT, FORMAT_VERSION, dataHash, List.copyOf(labelFiles),
                training.size(), schema.sha256(), seed, config, Versions.describe(), topic.kind(),
                stance == null ? null : stance.kind(), source == null ? null : source.kind());
        return new ArstanceModel(schema, config, vectorizer, topic, stance, source, rules, provenance);
    }

    /**
     * Each training paragraph's {@link TopicContext} as the model reads it when it predicts
     * ({@link ArstanceModel#contextFeatures}); a text that is several paragraphs' context is counted once.
     */
    private List<SparseVector> contextVectors(List<LabelRecord> training, TermCounter counter, TfidfVectorizer vectorizer,
                                              FeatureSpace topicSpace) {
        Map<String, SparseVector> counted = new HashMap<>();
        java.util.function.Function<String, SparseVector> counts = t -> counted.computeIfAbsent(t, u -> vectorizer.counts(counter, u));
        List<SparseVector> out = new ArrayList<>(training.size());
        List<List<String>> contexts = TopicContext.ofRecords(training);
        for (int i = 0; i < training.size(); i++) {
            LabelRecord r = training.get(i);
            out.add(ArstanceModel.contextFeatures(topicSpace, vectorizer, config, counts.apply(r.text()), r.kind(),
                    contexts.get(i).stream().map(counts).toList()));
        }
        return out;
    }

    private static String paragraphs(int n) {
        return n + " training paragraph" + (n == 1 ? "" : "s");
    }

    /** Example weights: 1 each, or N / (K * n_class) when the config asks for balanced classes. */
    double[] weights(List<String> y) {
        return config.model().balanced() ? ClassifierTrainer.balancedWeights(y) : ClassifierTrainer.unitWeights(y.size());
    }
}
