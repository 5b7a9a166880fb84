package org.arstance.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the source is found, and whether the stance model sees it.
 *
 * @param mode             {@code rules}: the rule-based extractor alone; {@code model}: the learned
 *                         extractor alone; {@code combined}: the rules first, the learned extractor
 *                         where the rules find no speaker
 * @param stanceUsesSource give the stance classifier the rules' source as a feature
 * @param trainer          the learned extractor's model family (a trainer id of the model section;
 *                         liblinear's linear SVM in the default config: fast with many sources and features)
 */
public record AttributionConfig(@JsonProperty("mode") String mode,
                                @JsonProperty("stance_uses_source") boolean stanceUsesSource,
                                @JsonProperty("trainer") String trainer) {

    public static final String RULES = "rules";
    public static final String MODEL = "model";
    public static final String COMBINED = "combined";

    public AttributionConfig {
        if (!RULES.equals(mode) && !MODEL.equals(mode) && !COMBINED.equals(mode)) {
            throw new IllegalArgumentException("attribution mode must be rules, model or combined, not '" + mode + "'");
        }
    }

    /** True when the mode consults the learned extractor (so a model must load and run it). */
    public boolean usesLearnedSource() {
        return !RULES.equals(mode);
    }
}
