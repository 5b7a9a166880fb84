package org.arstance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arstance.models.PipelineConfig;
import org.arstance.report.Numbers;
import org.arstance.workflow.MainJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The main job on the repository's own data: validate labels/, segment seeds/, evaluate under "
                + "the default protocol into OUT/report/, train on the labels and classify the seeds, all into OUT/.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", paramLabel = "DIR", defaultValue = "labels", description = "Label folder (default: ${DEFAULT-VALUE}).")
    Path labels;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "The schema (default: schema.json in the label folder or a parent folder).")
    Path schema;

    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Article folder (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "experiments/out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings overriding the defaults (JSON).")
    Path config;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        threads.apply();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        PipelineConfig pipeline = config == null ? PipelineConfig.defaults() : PipelineConfig.load(config);
        MainJob.Result r = new MainJob(labels, schema, dataDir.resolve(), seeds, out, pipeline, seed, msg -> {
            err.println("run: " + msg);
            err.flush();
        }).run();
        stdout.println("labels: " + r.labels().summary());
        stdout.println("segment: " + r.paragraphs() + " paragraphs -> " + r.segments());
        stdout.println("evaluate: " + r.evaluation().protocol().spec() + " -> " + r.report().resolve("report.html"));
        r.evaluation().tasks().forEach((name, t) -> stdout.println("  " + name + ": accuracy "
                + Numbers.f3(t.metrics().accuracy()) + ", macro-F1 " + Numbers.f3(t.metrics().macroF1()) + " "
                + Numbers.interval(t.macroF1Interval()) + (name.equals("stance") ? ", F_avg " + Numbers.f3(t.fAvg()) : "")));
        stdout.println("train: model -> " + r.model());
        stdout.println("classify: " + r.classified() + " paragraphs -> " + r.predictions() + (r.inSample() == 0 ? ""
                : r.inSample() == r.paragraphs() ? " (every one is a labelled training paragraph: in-sample predictions, not an evaluation)"
                : " (" + r.inSample() + " of the " + r.paragraphs() + " segmented paragraphs are labelled training paragraphs: "
                + "in-sample predictions, not an evaluation)"));
        return Main.EXIT_OK;
    }
}
