package org.arstance.models;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How much one feature of a paragraph weighed toward a predicted label: the feature's score
 * for that label minus its mean score over all labels (for a linear model, weight times value).
 */
@JsonPropertyOrder({"feature", "weight"})
public record Evidence(String feature, double weight) {
}
