package org.arstance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Fold;
import org.arstance.evaluation.HeldOutPrediction;
import org.arstance.evaluation.TaskMetrics;

/** Topic and stance metrics of each held-out side on its own, in fold order. */
final class FoldScores {

    private FoldScores() {
    }

    static Map<String, Map<String, TaskMetrics>> of(EvaluationResult r) {
        Map<String, Map<String, TaskMetrics>> out = new LinkedHashMap<>();
        List<String> topics = new ArrayList<>(r.composition().values().iterator().next().keySet());
        for (Fold f : r.folds()) {
            List<HeldOutPrediction> p = r.predictions().stream().filter(x -> x.fold().equals(f.name())).toList();
            Map<String, TaskMetrics> m = new LinkedHashMap<>();
            m.put("topic", TaskMetrics.of(p.stream().map(HeldOutPrediction::goldTopic).toList(),
                    p.stream().map(HeldOutPrediction::topic).toList(), topics));
            m.put("stance", TaskMetrics.of(p.stream().map(HeldOutPrediction::goldStance).toList(),
                    p.stream().map(HeldOutPrediction::stance).toList(), List.of()));
            out.put(f.name(), m);
        }
        return out;
    }
}
