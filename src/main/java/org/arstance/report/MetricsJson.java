package org.arstance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arstance.evaluation.ClassMetrics;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Fold;
import org.arstance.evaluation.HeldOutPrediction;
import org.arstance.evaluation.TaskMetrics;
import org.arstance.evaluation.TaskResult;
import org.arstance.io.Versions;

/** The {@code metrics.json} of a report folder, as an ordered tree of maps and lists. */
public final class MetricsJson {

    private MetricsJson() {
    }

    public static Map<String, Object> of(EvaluationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", r.protocol().spec());
        m.put("protocol_description", r.protocol().describe());
        m.put("n", r.n());
        m.put("seed", r.seed());
        m.put("data_hash", r.dataHash());
        m.put("label_files", r.labelFiles());
        m.put("train_only_label_files", r.trainOnlyFiles());
        m.put("config", r.config());
        m.put("versions", Versions.describe());
        m.put("bootstrap_resamples", r.bootstrapResamples());
        m.put("bootstrap_unit", "story");
        m.put("bootstrap_units", r.stories());
        m.put("macro_f1_definition", "mean F1 over the classes with gold support among the pooled held-out paragraphs; "
                + "classes with no gold paragraph are listed in absent_classes and left out of the mean");
        List<Object> folds = new ArrayList<>();
        Map<String, Map<String, TaskMetrics>> perFold = FoldScores.of(r);
        for (Fold f : r.folds()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("train", f.train().size());
            fm.put("test", f.test().size());
            fm.put("test_topics", r.composition().get(f.name()));
            Map<String, TaskMetrics> scores = perFold.get(f.name());
            scores.forEach((task, t) -> {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("accuracy", Numbers.round6(t.accuracy()));
                tm.put("macro_f1", Numbers.round6(t.macroF1()));
                fm.put(task, tm);
            });
            folds.add(fm);
        }
        m.put("folds", folds);
        Map<String, Object> tasks = new LinkedHashMap<>();
        r.tasks().forEach((name, t) -> tasks.put(name, task(r, t)));
        m.put("tasks", tasks);
        if (r.tasks().containsKey("source")) {
            m.put("attribution", attribution(r));
        }
        List<Object> curve = new ArrayList<>();
        for (EvaluationResult.CurvePoint p : r.learningCurve()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("fraction", p.fraction());
            pm.put("folds", p.folds());
            pm.put("mean_training_size", Numbers.round6(p.meanTrainingSize()));
            pm.put("held_out", p.heldOut());
            pm.put("topic_macro_f1", Numbers.round6(p.topicMacroF1()));
            pm.put("stance_macro_f1", Numbers.round6(p.stanceMacroF1()));
            curve.add(pm);
        }
        m.put("learning_curve", curve);
        return m;
    }

    /** Source found by the rules alone, the learned extractor alone and the configured combination. */
    private static Map<String, Object> attribution(EvaluationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", r.config().attribution().mode());
        List<String> gold = r.predictions().stream().map(HeldOutPrediction::goldSource).toList();
        List<String> labels = new ArrayList<>(r.tasks().get("source").metrics().perClass().keySet());
        Map<String, List<String>> byMode = new LinkedHashMap<>();
        byMode.put("rules", r.predictions().stream().map(HeldOutPrediction::sourceByRules).toList());
        byMode.put("model", r.predictions().stream().map(HeldOutPrediction::sourceByModel).toList());
        byMode.put("combined", r.predictions().stream().map(HeldOutPrediction::sourceCombined).toList());
        byMode.put("configured", r.predictions().stream().map(HeldOutPrediction::source).toList());
        byMode.forEach((mode, pred) -> {
            TaskMetrics t = TaskMetrics.of(gold, pred, labels);
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("accuracy", Numbers.round6(t.accuracy()));
            mm.put("macro_f1_support5", Numbers.round6(ReportWriter.sourceMacroF1(t, r.noSource())));
            m.put(mode, mm);
        });
        m.put("none_vs_actor", TaskMetrics.noneVersusActor(gold, byMode.get("configured"), r.noSource()));
        return m;
    }

    private static Map<String, Object> task(EvaluationResult r, TaskResult t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", Numbers.round6(t.metrics().accuracy()));
        m.put("macro_f1", Numbers.round6(t.metrics().macroF1()));
        m.put("macro_f1_ci", Numbers.interval6(t.macroF1Interval()));
        if (!Double.isNaN(t.fAvg()) || t.task().equals("stance")) {
            m.put("f_avg", Numbers.round6(t.fAvg()));
            m.put("f_avg_classes", t.fAvgClasses());
        }
        if (t.task().equals("source")) {
            m.put("macro_f1_support5", Numbers.round6(ReportWriter.sourceMacroF1(t.metrics(), r.noSource())));
            m.put("macro_f1_support5_ci", Numbers.interval6(ReportWriter.sourceMacroF1Interval(r, t)));
            m.put("macro_f1_support5_actors", ReportWriter.sourceActors(t.metrics(), r.noSource()));
        }
        Map<String, Object> per = new LinkedHashMap<>();
        for (Map.Entry<String, ClassMetrics> e : t.metrics().perClass().entrySet()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("precision", Numbers.round6(e.getValue().precision()));
            c.put("recall", Numbers.round6(e.getValue().recall()));
            c.put("f1", Numbers.round6(e.getValue().f1()));
            c.put("support", e.getValue().support());
            per.put(e.getKey(), c);
        }
        m.put("per_class", per);
        m.put("absent_classes", t.metrics().absent());
        m.put("confusion", t.metrics().confusion());
        Map<String, Object> baselines = new LinkedHashMap<>();
        t.baselines().forEach((name, b) -> {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("description", b.description());
            bm.put("accuracy", Numbers.round6(b.accuracy()));
            bm.put("macro_f1", Numbers.round6(b.macroF1()));
            bm.put("macro_f1_ci", Numbers.interval6(b.macroF1Interval()));
            baselines.put(name, bm);
        });
        m.put("baselines", baselines);
        return m;
    }
}
