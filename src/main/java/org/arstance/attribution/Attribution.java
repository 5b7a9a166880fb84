package org.arstance.attribution;

/**
 * The source of a paragraph's main statement and the evidence for it; {@code evidence} is null
 * when the source is the schema's no-source value.
 */
public record Attribution(String source, SourceEvidence evidence) {
}
