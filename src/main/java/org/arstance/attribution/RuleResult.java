package org.arstance.attribution;

/**
 * What the rules found in one paragraph: an attribution (possibly to no source), and, when no
 * speaker is named, the cue of a verb that continues the previous paragraph's speaker.
 */
public record RuleResult(Attribution found, SourceEvidence continuation) {

    /** The final attribution once the previous paragraph's source (same article, or null) is known. */
    public Attribution resolve(String previousSource, String noSource) {
        if (found.evidence() == null && continuation != null && previousSource != null && !previousSource.equals(noSource)) {
            return new Attribution(previousSource, continuation);
        }
        return found;
    }

    /** True when the rules named a speaker in this paragraph itself. */
    public boolean named() {
        return found.evidence() != null;
    }
}
