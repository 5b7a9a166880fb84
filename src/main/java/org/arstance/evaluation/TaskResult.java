package org.arstance.evaluation;

import java.util.List;
import java.util.Map;
import org.arstance.models.Evidence;

/**
 * One task's evaluation: the model's metrics and interval, the baselines under the same folds,
 * F_avg for stance, and the features the model trained on all the data leans on per class.
 *
 * @param fAvg        the mean F1 of {@code fAvgClasses}; NaN when there are none
 * @param fAvgClasses the schema's polar stances for the stance task (empty for other tasks, or when
 *                    the schema names none)
 */
public record TaskResult(String task, TaskMetrics metrics, Interval macroF1Interval, double fAvg, List<String> fAvgClasses,
                         Map<String, Baseline> baselines, Map<String, List<Evidence>> topFeatures) {

    /** A baseline's scores under the same folds. */
    public record Baseline(String description, double accuracy, double macroF1, Interval macroF1Interval) {
    }
}
