package org.arstance.evaluation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Precision, recall, F1 and gold support of one class. */
@JsonPropertyOrder({"precision", "recall", "f1", "support"})
public record ClassMetrics(double precision, double recall, double f1, int support) {
}
