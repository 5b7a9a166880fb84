package org.arstance.evaluation;

import java.util.List;
import org.arstance.labels.LabelRecord;

/** One split: the paragraphs a model is trained on and the paragraphs it is tested on. */
public record Fold(String name, List<LabelRecord> train, List<LabelRecord> test) {
}
