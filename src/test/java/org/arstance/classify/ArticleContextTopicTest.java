package org.arstance.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.arstance.models.TopicContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The topic of a paragraph read in its article: a model trained on four seed files classifies the
 * fifth, which it never saw, better with each paragraph's title and neighbours than with the
 * paragraph alone (the guide: a paragraph that needs its article takes the article's topic), and
 * classify reads each paragraph's context as evaluation does.
 */
class ArticleContextTopicTest {

    @ParameterizedTest(name = "held out: {0}")
    @ValueSource(strings = {"002_e285bc6e3422a1ef", "003_5fe410f31ff4716c"})
    void aHeldOutSeedFileIsClassifiedBetterInItsArticleThanParagraphByParagraph(String heldOut) {
        LabelSet seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        List<LabelRecord> train = seeds.records().stream().filter(r -> !r.doc().equals(heldOut)).toList();
        List<LabelRecord> test = seeds.records().stream().filter(r -> r.doc().equals(heldOut)).toList();
        ArstanceModel model = new PipelineTrainer(seeds.schema(), PipelineConfig.defaults(), m -> { })
                .train(train, 42, seeds.dataHash(), List.of("seeds.jsonl"));
        List<ClassifiedParagraph> inArticle = new ParagraphClassifier(model).classify(test.stream()
                .map(r -> new InputParagraph(null, r.doc(), r.n(), r.article(), r.kind(), null, r.text())).toList());
        List<List<String>> contexts = TopicContext.ofRecords(test);
        int rightInArticle = 0;
        int rightAlone = 0;
        for (int i = 0; i < test.size(); i++) {
            LabelRecord r = test.get(i);
            // evaluation's way (the label records' contexts) and classify's way agree
            assertEquals(model.predict(r.text(), r.kind(), contexts.get(i), false).topic(), inArticle.get(i).topic(), r.where());
            rightInArticle += inArticle.get(i).topic().equals(r.topic()) ? 1 : 0;
            rightAlone += model.predict(r.text(), r.kind()).topic().equals(r.topic()) ? 1 : 0;
        }
        assertTrue(rightInArticle > rightAlone, heldOut + ": in article " + rightInArticle + ", alone " + rightAlone + " of " + test.size());
    }
}
