package org.arstance.evaluation;

import java.util.List;
import java.util.Map;
import org.arstance.models.Evidence;

/**
 * One task's evaluation: the model's metrics and interval, the baselines under the same folds,
 * F_avg for stance, and the features the model trained on all the data leans on per class.
 *
 * @param fAvg NaN for a task without favor/against classes
 */
public record TaskResult(String task, TaskMetrics metrics, double[] macroF1Interval, double fAvg,
                         Map<String, Baseline> baselines, Map<String, List<Evidence>> topFeatures) {

    /** A baseline's scores under the same folds. */
    public record Baseline(String description, double accuracy, double macroF1, double[] macroF1Interval) {
    }
}
