package org.arstance.evaluation;

import java.util.List;
import java.util.Map;
import org.arstance.models.PipelineConfig;

/**
 * Everything an evaluation measured: the protocol and its folds, the pooled held-out
 * predictions, per-task results, and the learning curve.
 *
 * @param labelFiles     the label files whose paragraphs are split into folds
 * @param trainOnlyFiles the label files whose paragraphs join every training side and are never held out
 * @param composition    per fold, the number of held-out paragraphs of each topic
 * @param noSource       the schema's no-source value (for the none-versus-actor table)
 */
public record EvaluationResult(Protocol protocol, long seed, String dataHash, List<String> labelFiles,
                               List<String> trainOnlyFiles, String schemaFile, PipelineConfig config, List<Fold> folds,
                               List<HeldOutPrediction> predictions, Map<String, TaskResult> tasks,
                               List<CurvePoint> learningCurve, Map<String, Map<String, Integer>> composition,
                               int bootstrapResamples, String noSource) {

    /** The number of stories (an article with its copies) among the held-out paragraphs: the bootstrap's units. */
    public long stories() {
        return predictions.stream().map(HeldOutPrediction::story).distinct().count();
    }

    /** A bootstrap over this evaluation's held-out paragraphs, in order, that resamples whole stories. */
    public Bootstrap bootstrap() {
        return Bootstrap.overStories(bootstrapResamples, seed, predictions);
    }

    /** Below this many stories, a bootstrap over stories is too rough to test with; reports say so. */
    public static final int FEW_STORIES = 30;

    /** The reports' caveat when there are too few stories for the bootstrap to be more than a guide; else empty. */
    public String roughBootstrapNote() {
        return stories() < FEW_STORIES ? "with only " + stories() + " stories (fewer than " + FEW_STORIES
                + ") a bootstrap is rough: read these intervals and p-values as a guide, not a test" : "";
    }

    /**
     * Macro-F1 per task when each training fold is cut to a fraction of its paragraphs.
     *
     * @param folds    the folds whose cut training side could be trained on (a cut too small, with one
     *                 topic or no term in min_df paragraphs, is left out, with its held-out side)
     * @param heldOut  the held-out paragraphs scored: those of the folds trained
     */
    public record CurvePoint(double fraction, int folds, double meanTrainingSize, int heldOut, double topicMacroF1,
                             double stanceMacroF1) {
    }

    public int n() {
        return predictions.size();
    }
}
