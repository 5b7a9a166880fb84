package org.arstance.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.arstance.labels.Schema;

/**
 * The indicator features the learned extractor adds to a paragraph's words: what the rules
 * found (the source, the kind of cue), which actors are mentioned and which first, and the
 * paragraph's kind. Their names come from the schema, in a fixed order.
 */
public final class SourceFeatures {

    static final List<String> CUES = List.of("verb", "phrase", "headline", "continuation", "voice", "none");

    private final Schema schema;

    public SourceFeatures(Schema schema) {
        this.schema = schema;
    }

    /** Every indicator name, in a fixed order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        List<String> sources = schema.sourceValues();
        sources.forEach(s -> out.add("_rule=" + s));
        schema.actors().forEach(a -> out.add("_mention=" + a.id()));
        schema.actors().forEach(a -> out.add("_first=" + a.id()));
        CUES.forEach(c -> out.add("_cue=" + c));
        schema.kinds().forEach(k -> out.add("_kind=" + k));
        return out;
    }

    /** The indicators that hold for one paragraph. */
    public List<String> of(RuleResult rules, List<String> mentioned, String kind) {
        Set<String> on = new LinkedHashSet<>();
        on.add("_rule=" + rules.found().source());
        String cue = rules.named() ? rules.found().evidence().rule() : rules.continuation() != null ? "continuation" : "none";
        on.add("_cue=" + cue);
        for (String a : mentioned) {
            on.add("_mention=" + a);
        }
        if (!mentioned.isEmpty()) {
            on.add("_first=" + mentioned.get(0));
        }
        if (schema.kinds().contains(kind)) {
            on.add("_kind=" + kind);
        }
        return new ArrayList<>(on);
    }
}
