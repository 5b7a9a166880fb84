package org.arstance.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A seeded train/test split by key (an article id): the distinct keys, sorted, are shuffled with
 * the seed and the first {@code round(fraction × keys)} go to test. Every example of one key is on
 * one side; the same examples, fraction and seed give the same split in any input order.
 */
public final class SeededSplit {

    private SeededSplit() {
    }

    /** Returns {train, test}, each in input order. */
    public static <T> List<List<T>> split(List<T> examples, Function<T, String> key, double testFraction, long seed) {
        List<String> keys = new ArrayList<>(new TreeSet<>(examples.stream().map(key).toList()));
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = keys.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String t = keys.get(i);
            keys.set(i, keys.get(j));
            keys.set(j, t);
        }
        Set<String> test = new LinkedHashSet<>(keys.subList(0, (int) Math.round(testFraction * keys.size())));
        List<T> trainSide = new ArrayList<>();
        List<T> testSide = new ArrayList<>();
        for (T e : examples) {
            (test.contains(key.apply(e)) ? testSide : trainSide).add(e);
        }
        return List.of(trainSide, testSide);
    }
}
