package org.arstance.features;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse vector: strictly increasing indices into a vocabulary and their values.
 * The arrays are owned by the vector and must not be changed; two vectors are equal when their
 * indices and values are.
 */
public record SparseVector(int[] indices, double[] values) {

    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector" + Arrays.toString(indices) + "=" + Arrays.toString(values);
    }

    public int size() {
        return indices.length;
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }

    /** The element-wise sum of {@code vectors} (empty for none). */
    public static SparseVector sum(List<SparseVector> vectors) {
        TreeMap<Integer, Double> total = new TreeMap<>();
        for (SparseVector v : vectors) {
            for (int k = 0; k < v.size(); k++) {
                total.merge(v.indices[k], v.values[k], Double::sum);
            }
        }
        int[] idx = new int[total.size()];
        double[] val = new double[total.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : total.entrySet()) {
            idx[k] = e.getKey();
            val[k++] = e.getValue();
        }
        return new SparseVector(idx, val);
    }
}
