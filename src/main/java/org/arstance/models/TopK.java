package org.arstance.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The {@code k} strongest of a paragraph's features by weight, strongest first and ties by
 * name, found in one pass without sorting them all.
 */
final class TopK {

    private TopK() {
    }

    /**
     * @param features feature indices
     * @param weights  the weight of each, aligned with {@code features}
     * @param names    the name of a feature index
     */
    static List<Evidence> of(int[] features, double[] weights, int k, IntFunction<String> names) {
        int size = 0;
        int[] best = new int[Math.max(0, Math.min(k, features.length))];
        String[] bestNames = new String[best.length];
        for (int j = 0; j < features.length && best.length > 0; j++) {
            if (size == best.length && Double.compare(weights[j], weights[best[size - 1]]) < 0) {
                continue;
            }
            String name = names.apply(features[j]);
            int at = size;
            while (at > 0 && before(weights[j], name, weights[best[at - 1]], bestNames[at - 1])) {
                at--;
            }
            if (at >= best.length) {
                continue;
            }
            int last = Math.min(size, best.length - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            System.arraycopy(bestNames, at, bestNames, at + 1, last - at);
            best[at] = j;
            bestNames[at] = name;
            size = Math.min(size + 1, best.length);
        }
        List<Evidence> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Evidence(bestNames[i], weights[best[i]]));
        }
        return List.copyOf(out);
    }

    private static boolean before(double w, String name, double otherW, String otherName) {
        int c = Double.compare(w, otherW);
        return c > 0 || (c == 0 && name.compareTo(otherName) < 0);
    }
}
