package org.arstance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the topic and stance classifiers on label files and write one model file.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file to write.")
    Path out;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        threads.apply();
        LabelSet labels = training.labels(spec.commandLine().getErr());
        training.requireModelTarget(out, List.of(labels));
        ArstanceModel model = training.train(labels, spec.commandLine().getErr());
        ModelFile.write(out, model);
        spec.commandLine().getOut().printf(Locale.ROOT, "train: %s (%d paragraphs, %d terms, topic %s, stance %s, seed %d)%n", out,
                labels.records().size(), model.vectorizer().size(), model.provenance().topicClassifier(),
                model.provenance().stanceClassifier(), training.seed);
        return Main.EXIT_OK;
    }
}
