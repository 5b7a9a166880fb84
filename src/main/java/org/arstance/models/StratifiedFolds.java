package org.arstance.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded stratified k-fold assignment: within each label (in sorted order) the units are shuffled
 * with the seed and dealt to folds in turn, so every fold holds about 1/k of each label. A unit is
 * one example, or all the examples that share a unit key (copies of one text), which stay in one
 * fold together under the label of the first of them.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** The fold (0..k-1) of each example, every example a unit of its own. */
    public static int[] assign(List<String> labels, int k, long seed) {
        return assign(labels, null, k, seed);
    }

    /**
     * The fold (0..k-1) of each example, the examples with one unit key in one fold.
     *
     * @param units each example's unit key (copies of one text share it), or null: every example
     *              its own unit
     */
    public static int[] assign(List<String> labels, List<String> units, int k, long seed) {
        if (units != null && units.size() != labels.size()) {
            throw new IllegalArgumentException("one unit key per example: " + units.size() + " keys for " + labels.size() + " examples");
        }
        // each unit's examples, in the order of its first example
        List<List<Integer>> members = new ArrayList<>();
        Map<String, Integer> unitOf = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer u = units == null ? null : unitOf.putIfAbsent(units.get(i), members.size());
            if (u == null) {
                members.add(new ArrayList<>());
                u = members.size() - 1;
            }
            members.get(u).add(i);
        }
        if (k < 2 || k > members.size()) {
            throw new IllegalArgumentException("k must be between 2 and the number of " + (units == null ? "examples" : "units")
                    + ", not " + k);
        }
        TreeMap<String, List<Integer>> byLabel = new TreeMap<>();
        for (int u = 0; u < members.size(); u++) {
            byLabel.computeIfAbsent(labels.get(members.get(u).get(0)), l -> new ArrayList<>()).add(u);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        for (List<Integer> unitsOfLabel : byLabel.values()) {
            for (int i = unitsOfLabel.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                Integer t = unitsOfLabel.get(i);
                unitsOfLabel.set(i, unitsOfLabel.get(j));
                unitsOfLabel.set(j, t);
            }
            for (int u : unitsOfLabel) {
                for (int m : members.get(u)) {
                    fold[m] = next;
                }
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}
