package org.arstance.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent jobs (the folds of a protocol, the classifiers of a pipeline) on at most
 * {@link #threads} threads (all cores unless {@link #limitThreads} says fewer) and returns their
 * results in the jobs' order, so that the outcome does not depend on the number of threads. Jobs
 * that a job runs (a fold training its classifiers) run one after another on that job's thread, so
 * the limit holds for the whole process. The first job to fail stops the others (a fold that cannot
 * train is reported at once, not after the longest job), and its failure is rethrown as it was thrown.
 */
public final class Parallel {

    private static volatile int limit = cores();
    /** True on the threads that run jobs: the jobs they start run in place. */
    private static final ThreadLocal<Boolean> IN_JOB = ThreadLocal.withInitial(() -> false);

    private Parallel() {
    }

    /** From now on, at most {@code n} jobs at once (the CLI's {@code --threads}); the default is the number of cores. */
    public static void limitThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + n);
        }
        limit = n;
    }

    /** The machine's cores as the JVM sees them: the default limit. */
    public static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The most jobs that run at once. */
    public static int threads() {
        return limit;
    }

    public static <T> List<T> run(List<Callable<T>> jobs) {
        int threads = limit;
        if (jobs.size() <= 1 || threads == 1 || IN_JOB.get()) {
            List<T> out = new ArrayList<>();
            for (Callable<T> job : jobs) {
                out.add(call(job));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(() -> {
                IN_JOB.set(true);
                r.run();
            }, "arstance-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<T> done = new ExecutorCompletionService<>(pool);
            List<Future<T>> futures = new ArrayList<>();
            jobs.forEach(j -> futures.add(done.submit(j)));
            for (int i = 0; i < jobs.size(); i++) {
                await(take(done)); // a failure is rethrown at once; the finally below stops the others
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Future<T> take(CompletionService<T> done) {
        try {
            return done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The result of a job on a pool, its failure rethrown as it was thrown. */
    public static <T> T await(Future<T> job) {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static <T> T call(Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
