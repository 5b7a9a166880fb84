package org.arstance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.Locale;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Protocol;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.ModelFile;
import org.arstance.report.Numbers;
import org.arstance.workflow.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the pipeline under a protocol and write a report folder (metrics.json, report.md, "
                + "report.html, predictions.jsonl, folds.json).")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training;

    @Option(names = "--report", required = true, paramLabel = "DIR", description = "The report folder to write.")
    Path report;

    @Option(names = "--protocol", defaultValue = Protocol.DEFAULT, paramLabel = "P", converter = ProtocolConverter.class,
            description = "file, source, article, kfold:K or holdout:FILE (default: ${DEFAULT-VALUE}).")
    Protocol protocol;

    @Option(names = "--no-learning-curve", description = "Skip the learning curve (it trains three more times per fold).")
    boolean noCurve;

    @Option(names = "--model-out", paramLabel = "FILE",
            description = "Also write the model trained on all the labels (as train does; the report's top features are "
                    + "its own): the model and its evaluation from one run.")
    Path modelOut;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        threads.apply();
        LabelSet labels = training.labels(spec.commandLine().getErr());
        List<LabelSet> read = new ArrayList<>(List.of(labels));
        List<LabelRecord> heldOut = List.of();
        if (protocol.kind() == Protocol.Kind.HOLDOUT) {
            LabelSet holdout = LabelSet.load(List.of(protocol.holdout()), labels.schemaFile(), training.dataDir()).orThrow();
            read.add(holdout);
            heldOut = holdout.records();
        }
        if (modelOut != null) {
            // checked before any work, as the report folder is (Evaluation.run): a bad target fails with nothing written
            training.requireModelTarget(modelOut, read);
            if (report.toAbsolutePath().normalize().startsWith(modelOut.toAbsolutePath().normalize())) {
                throw new UserInputException(modelOut + ": the report folder " + report + " is, or is inside, this path: "
                        + "choose another model file");
            }
        }
        // with --model-out the model on all the labels is trained and encoded as one job beside the
        // folds, and written once the report is
        ModelFile.Encoded[] encoded = {null};
        Supplier<ArstanceModel> full = modelOut == null ? null : () -> {
            ArstanceModel m = training.train(labels, spec.commandLine().getErr());
            encoded[0] = ModelFile.encode(m);
            return m;
        };
        EvaluationResult r = new Evaluation(labels, training.config(), training.seed, !noCurve,
                training.progress(spec.commandLine().getErr())).run(protocol, heldOut, report, full);
        if (full != null) {
            ModelFile.write(modelOut, encoded[0]);
            spec.commandLine().getOut().printf(Locale.ROOT, "train: %s (%d paragraphs, seed %d)%n", modelOut, labels.records().size(),
                    training.seed);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "evaluate: %s, %d held-out paragraphs -> %s%n", protocol.spec(), r.n(), report);
        r.tasks().forEach((name, t) -> spec.commandLine().getOut().printf(Locale.ROOT, "  %s: accuracy %s, macro-F1 %s %s%s%n", name,
                Numbers.f3(t.metrics().accuracy()), Numbers.f3(t.metrics().macroF1()), Numbers.interval(t.macroF1Interval()),
                name.equals("stance") ? ", F_avg " + Numbers.f3(t.fAvg()) : ""));
        return Main.EXIT_OK;
    }

    /** A protocol that does not parse is bad usage (exit 2), as any bad option value. */
    static final class ProtocolConverter implements ITypeConverter<Protocol> {
        @Override
        public Protocol convert(String value) {
            try {
                return Protocol.parse(value);
            } catch (UserInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
