package org.arstance.cli;

import org.arstance.io.Parallel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads}: how many threads a command's work may use at once. */
final class ThreadsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--threads", paramLabel = "N",
            description = "At most N threads at once (default: the number of cores). The output is the same for any N.")
    Integer threads;

    /**
     * The number of threads given (else the number of cores), after refusing one below 1; training
     * and evaluation in this process are held to it ({@link Parallel#limitThreads}).
     */
    int apply() {
        if (threads != null && threads < 1) {
            throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + threads);
        }
        int n = threads == null ? Parallel.cores() : threads;
        Parallel.limitThreads(n);
        return n;
    }
}
