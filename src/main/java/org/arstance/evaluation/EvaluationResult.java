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

    /** Macro-F1 per task when each training fold is cut to a fraction of its paragraphs. */
    public record CurvePoint(double fraction, double meanTrainingSize, double topicMacroF1, double stanceMacroF1) {
    }

    public int n() {
        return predictions.size();
    }
}
