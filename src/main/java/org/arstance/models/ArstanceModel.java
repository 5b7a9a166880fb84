package org.arstance.models;

import java.util.ArrayList;
import java.util.List;
import org.arstance.features.SparseVector;
import org.arstance.features.TermCounter;
import org.arstance.features.TfidfVectorizer;
import org.arstance.labels.Schema;
import org.arstance.text.TextAnalyzer;

/**
 * A trained arstance model: the schema, the frozen analysis and features, the topic classifier
 * and the stance classifier, and their provenance. Stance is predicted toward the target of the
 * predicted topic; a topic without a target gets the schema's no-stance value.
 */
public final class ArstanceModel {

    /** A constant feature present in every paragraph (no paragraph is ever featureless). */
    static final String BIAS = "_bias";
    /** Prefix of the stance model's topic indicator features. */
    static final String TOPIC_FEATURE = "_topic=";
    static final int EVIDENCE = 5;

    private final Schema schema;
    private final PipelineConfig config;
    private final TfidfVectorizer vectorizer;
    private final LabelClassifier topic;
    private final LabelClassifier stance;
    private final ModelProvenance provenance;
    private final TermCounter counter;

    ArstanceModel(Schema schema, PipelineConfig config, TfidfVectorizer vectorizer, LabelClassifier topic,
                  LabelClassifier stance, ModelProvenance provenance) {
        this.schema = schema;
        this.config = config;
        this.vectorizer = vectorizer;
        this.topic = topic;
        this.stance = stance;
        this.provenance = provenance;
        this.counter = new TermCounter(new TextAnalyzer(config.analysis()), config.features());
    }

    static FeatureSpace topicSpace(TfidfVectorizer vectorizer) {
        return new FeatureSpace(vectorizer, List.of(BIAS));
    }

    static FeatureSpace stanceSpace(TfidfVectorizer vectorizer, Schema schema) {
        List<String> extra = new ArrayList<>();
        extra.add(BIAS);
        for (Schema.Topic t : schema.topics()) {
            if (t.hasTarget()) {
                extra.add(TOPIC_FEATURE + t.id());
            }
        }
        return new FeatureSpace(vectorizer, extra);
    }

    public ParagraphPrediction predict(String text) {
        SparseVector x = vectorize(counter, vectorizer, config, text);
        FeatureSpace ts = topicSpace(vectorizer);
        SparseVector xt = ts.withIndicator(x, BIAS);
        double[] tp = topic.probabilities(xt);
        int ti = argmax(tp);
        String topicId = topic.labels().get(ti);
        List<Evidence> topicEvidence = textEvidence(topic.evidence(xt, topicId, EVIDENCE + 2));
        boolean hasTarget = schema.topic(topicId).map(Schema.Topic::hasTarget).orElse(false);
        if (!hasTarget || stance == null) {
            return new ParagraphPrediction(topicId, tp[ti], schema.noStance(), tp[ti], topicEvidence, List.of());
        }
        FeatureSpace ss = stanceSpace(vectorizer, schema);
        SparseVector xs = ss.withIndicator(ss.withIndicator(x, BIAS), TOPIC_FEATURE + topicId);
        double[] sp = stance.probabilities(xs);
        int si = argmax(sp);
        String stanceId = stance.labels().get(si);
        return new ParagraphPrediction(topicId, tp[ti], stanceId, sp[si], topicEvidence,
                textEvidence(stance.evidence(xs, stanceId, EVIDENCE + 2)));
    }

    /** The evidence from the paragraph's own text: the constant and topic indicators left out. */
    private static List<Evidence> textEvidence(List<Evidence> evidence) {
        return evidence.stream().filter(e -> !e.feature().startsWith("_")).limit(EVIDENCE).toList();
    }

    /** The vector a paragraph's text becomes: TF-IDF, or raw counts for count models. */
    static SparseVector vectorize(TermCounter counter, TfidfVectorizer vectorizer, PipelineConfig config, String text) {
        var counts = counter.count(text);
        return config.model().trainer().usesCounts() ? vectorizer.counts(counts) : vectorizer.tfidf(counts);
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    public Schema schema() {
        return schema;
    }

    public PipelineConfig config() {
        return config;
    }

    public TfidfVectorizer vectorizer() {
        return vectorizer;
    }

    public LabelClassifier topicClassifier() {
        return topic;
    }

    /** The stance classifier, or null when the training data had no paragraph on a topic with a target. */
    public LabelClassifier stanceClassifier() {
        return stance;
    }

    public ModelProvenance provenance() {
        return provenance;
    }
}
