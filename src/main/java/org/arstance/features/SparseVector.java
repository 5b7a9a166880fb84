package org.arstance.features;

/**
 * A sparse vector: strictly increasing indices into a vocabulary and their values.
 * The arrays are owned by the vector and must not be changed.
 */
public record SparseVector(int[] indices, double[] values) {

    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    public int size() {
        return indices.length;
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }
}
