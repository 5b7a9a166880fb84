package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.arstance.labels.LabelRecord;

/**
 * Baseline predictions under the same folds as a model: for each fold, from its training side
 * only. Predictions come in fold order, then test order, as the evaluator's.
 */
public final class Baselines {

    public static final String MAJORITY = "majority";
    public static final String STRATIFIED = "stratified";

    private Baselines() {
    }

    /** The description of a baseline for a task, for reports. */
    public static String describe(String which, String task) {
        return which.equals(MAJORITY)
                ? "the training fold's most frequent " + task
                : "a random " + task + " drawn from the training fold's " + task + " distribution (seeded)";
    }

    public static List<String> predict(List<Fold> folds, String which, Function<LabelRecord, String> labelOf, long seed) {
        List<String> out = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            Map<String, Integer> counts = new TreeMap<>();
            fold.train().forEach(r -> counts.merge(labelOf.apply(r), 1, Integer::sum));
            if (which.equals(MAJORITY)) {
                String top = null;
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    if (top == null || e.getValue() > counts.get(top)) {
                        top = e.getKey();
                    }
                }
                for (int i = 0; i < fold.test().size(); i++) {
                    out.add(top);
                }
            } else {
                SplittableRandom rnd = new SplittableRandom(seed * 31 + f);
                int total = fold.train().size();
                for (int i = 0; i < fold.test().size(); i++) {
                    int draw = rnd.nextInt(total);
                    for (Map.Entry<String, Integer> e : counts.entrySet()) {
                        draw -= e.getValue();
                        if (draw < 0) {
                            out.add(e.getKey());
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }
}
