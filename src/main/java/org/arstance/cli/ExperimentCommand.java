package org.arstance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        if (BenchmarkSpec.isBenchmark(file)) {
            BenchmarkSpec b = BenchmarkSpec.load(file);
            Path written = new BenchmarkRun(b, dataDir.resolve(), msg -> {
                spec.commandLine().getErr().println("arstance: " + msg);
                spec.commandLine().getErr().flush();
            }).run(out.resolve("benchmarks"));
            spec.commandLine().getOut().println("benchmark: " + b.name() + " -> " + written.resolve("report.md"));
            return Main.EXIT_OK;
        }
        ExperimentSpec s = ExperimentSpec.load(file);
        Path written = new Experiment(s, dataDir.resolve(), msg -> {
            spec.commandLine().getErr().println("arstance: " + msg);
            spec.commandLine().getErr().flush();
        }).run(out);
        spec.commandLine().getOut().println("experiment: " + s.name() + " -> " + written.resolve("leaderboard.md"));
        return Main.EXIT_OK;
    }
}
