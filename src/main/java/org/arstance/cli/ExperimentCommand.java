package org.arstance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arstance.io.UserInputException;
import org.arstance.report.BenchmarkReport;
import org.arstance.report.ReportDocument;
import org.arstance.workflow.BenchmarkRun;
import org.arstance.workflow.BenchmarkSpec;
import org.arstance.workflow.Experiment;
import org.arstance.workflow.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run a declared grid (analysis settings x feature settings x trainers under one protocol) and "
                + "write OUT/NAME/ with a leaderboard and each run's report; or, for a config with a top-level "
                + "\"benchmark\" key, run that public benchmark into OUT/benchmarks/NAME/.")
final class ExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "The experiment declaration.")
    Path file;

    @Option(names = "--out", defaultValue = "experiments/reports", paramLabel = "DIR",
            description = "Where the experiment's folder goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--selection-only",
            description = "Benchmarks only: score the candidates on the training data, print the selection table and stop "
                    + "(no final fit, no test score, nothing written).")
    boolean selectionOnly;

    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        threads.apply();
        boolean benchmark = BenchmarkSpec.isBenchmark(file);
        if (selectionOnly && !benchmark) {
            throw new UserInputException(file + ": --selection-only applies to a benchmark config (a JSON object with a "
                    + "top-level \"benchmark\" key)");
        }
        if (benchmark) {
            BenchmarkSpec b = BenchmarkSpec.load(file);
            BenchmarkRun run = new BenchmarkRun(b, dataDir.resolve(), this::progress);
            if (selectionOnly) {
                BenchmarkRun.Selected s = run.select();
                ReportDocument d = new ReportDocument().heading(2, b.name() + ": model selection (training data only)")
                        .paragraph("Protocol: " + s.protocol() + ". Chosen by " + s.metric() + ": " + s.chosen().name() + ".");
                spec.commandLine().getOut().print(BenchmarkReport.selectionTable(d, s.metric(), s.table(), s.chosen().name()).markdown());
                spec.commandLine().getOut().flush();
                return Main.EXIT_OK;
            }
            Path written = run.run(out.resolve("benchmarks"));
            spec.commandLine().getOut().println("benchmark: " + b.name() + " -> " + written.resolve("report.md"));
            return Main.EXIT_OK;
        }
        ExperimentSpec s = ExperimentSpec.load(file);
        Path written = new Experiment(s, dataDir.resolve(), this::progress).run(out);
        spec.commandLine().getOut().println("experiment: " + s.name() + " -> " + written.resolve("leaderboard.md"));
        return Main.EXIT_OK;
    }

    private void progress(String msg) {
        spec.commandLine().getErr().println("arstance: " + msg);
        spec.commandLine().getErr().flush();
    }
}
