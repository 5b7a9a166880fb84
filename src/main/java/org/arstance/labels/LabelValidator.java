package org.arstance.labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks label records against the schema and the guide's rules: every value known; stance is
 * the no-stance value exactly when source is the no-source value; a topic without a target
 * takes no stance; no paragraph labelled twice.
 */
public final class LabelValidator {

    private final Schema schema;

    public LabelValidator(Schema schema) {
        this.schema = schema;
    }

    public List<Problem> validate(List<LabelRecord> records) {
        List<Problem> problems = new ArrayList<>();
        Map<String, LabelRecord> byId = new HashMap<>();
        Map<String, LabelRecord> byText = new HashMap<>();
        for (LabelRecord r : records) {
            checkValues(r, problems);
            LabelRecord first = byId.putIfAbsent(r.id(), r);
            if (first != null) {
                problems.add(problem(r, "paragraph " + r.id() + " is already labelled at " + first.where()));
            }
            LabelRecord sameText = byText.putIfAbsent(r.doc() + "\u0000" + r.text().strip(), r);
            if (sameText != null && first == null) {
                problems.add(problem(r, "the same text of document " + r.doc() + " is already labelled at "
                        + sameText.where()));
            }
        }
        return problems;
    }

    private void checkValues(LabelRecord r, List<Problem> problems) {
        if (!schema.kinds().contains(r.kind())) {
            problems.add(problem(r, "unknown kind '" + r.kind() + "' (known: " + String.join(", ", schema.kinds()) + ")"));
        }
        Optional<Schema.Topic> topic = schema.topic(r.topic());
        if (topic.isEmpty()) {
            problems.add(problem(r, "unknown topic '" + r.topic() + "' (known: " + String.join(", ", schema.topicIds()) + ")"));
        }
        boolean sourceKnown = schema.isSource(r.source());
        if (!sourceKnown) {
            problems.add(problem(r, "unknown source '" + r.source() + "' (not an actor id in the schema, nor '"
                    + schema.noSource() + "')"));
        }
        boolean stanceKnown = schema.stances().contains(r.stance());
        if (!stanceKnown) {
            problems.add(problem(r, "unknown stance '" + r.stance() + "' (known: " + String.join(", ", schema.stances()) + ")"));
        }
        if (topic.isEmpty() || !sourceKnown || !stanceKnown) {
            return;
        }
        boolean noSource = r.source().equals(schema.noSource());
        boolean noStance = r.stance().equals(schema.noStance());
        if (!topic.get().hasTarget()) {
            if (!noStance) {
                problems.add(problem(r, "topic '" + r.topic() + "' has no target, so stance must be '"
                        + schema.noStance() + "', not '" + r.stance() + "'"));
            }
        } else if (noSource && !noStance) {
            problems.add(problem(r, "stance '" + r.stance() + "' without a source: stance must be '"
                    + schema.noStance() + "' when source is '" + schema.noSource() + "'"));
        } else if (!noSource && noStance) {
            problems.add(problem(r, "source '" + r.source() + "' with stance '" + schema.noStance()
                    + "': a source on topic '" + r.topic() + "' takes " + org.arstance.io.Prose.list(schema.sourceStances(), "or")));
        }
    }

    private static Problem problem(LabelRecord r, String message) {
        return new Problem(r.file(), r.line(), message);
    }
}
