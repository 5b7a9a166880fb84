package org.arstance.features;

/**
 * Receives the terms of a paragraph one occurrence at a time, as characters in a buffer that
 * is reused for the next term: a sink that keeps a term must copy it.
 */
@FunctionalInterface
public interface TermSink {

    /** One occurrence of the term {@code chars[0, length)}, prefix included. */
    void term(char[] chars, int length);
}
