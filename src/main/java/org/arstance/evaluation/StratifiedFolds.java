package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded stratified k-fold assignment of independent examples: within each label (in sorted
 * order) the examples are shuffled with the seed and dealt to folds in turn, so every fold holds
 * about 1/k of each label.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** The fold (0..k-1) of each example. */
    public static int[] assign(List<String> labels, int k, long seed) {
        if (k < 2 || k > labels.size()) {
            throw new IllegalArgumentException("k must be between 2 and the number of examples, not " + k);
        }
        TreeMap<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        for (List<Integer> members : byLabel.values()) {
            for (int i = members.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                Integer t = members.get(i);
                members.set(i, members.get(j));
                members.set(j, t);
            }
            for (int m : members) {
                fold[m] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}
