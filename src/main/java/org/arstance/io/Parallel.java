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
 * Runs independent jobs (the folds of a protocol, the classifiers of a pipeline) on all cores
 * and returns their results in the jobs' order, so that the outcome does not depend on the
 * number of threads. The first job to fail stops the others (a fold that cannot train is
 * reported at once, not after the longest job), and its failure is rethrown as it was thrown.
 */
public final class Parallel {

    private Parallel() {
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static <T> List<T> run(List<Callable<T>> jobs) {
        if (jobs.size() <= 1 || threads() == 1) {
            List<T> out = new ArrayList<>();
            for (Callable<T> job : jobs) {
                out.add(call(job));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads(), jobs.size()), r -> {
            Thread t = new Thread(r, "arstance-worker");
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
