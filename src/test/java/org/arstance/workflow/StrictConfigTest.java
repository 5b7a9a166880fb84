package org.arstance.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.corpus.DataDirectory;
import org.arstance.evaluation.Evaluator;
import org.arstance.evaluation.Fold;
import org.arstance.evaluation.FoldPlanner;
import org.arstance.evaluation.Protocol;
import org.arstance.io.Json;
import org.arstance.io.JsonFields;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.arstance.models.TrainerKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Experiment, config and benchmark files are read strictly: every object's keys and every
 * value's type, named by its path in the file; and training refuses paragraphs that cannot give
 * a usable model.
 */
class StrictConfigTest {

    @TempDir
    static Path tmp;
    static LabelSet seeds;

    @BeforeAll
    static void loadSeeds() {
        seeds = LabelSet.load(List.of(Path.of("labels/seeds.jsonl")), null).orThrow();
    }

    /**
     * Two runs that would share a name (and a runs/ folder), or a grid cell whose settings clash once
     * combined, stop the experiment before anything is trained or written.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'trainers': ['cart', 'cart']}} | two runs would be named 'cart'",
        "{'evaluations': [{'labels': ['labels/seeds.jsonl'], 'protocol': 'file'}, {'labels': ['labels/seeds.jsonl'], 'protocol': 'file'}]} | two runs would be named 'file'",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'features': [{'name': 'f', 'settings': {'char_ngram_min': 4}}], 'variants': [{'name': 'v', 'settings': {'features': {'char_ngram_max': 3}}}]}} | char n-gram range 4..3 is empty"})
    void aClashBetweenRunsStopsTheExperimentBeforeAnyRun(String json, String message) throws Exception {
        Path f = write("clash.json", json.replace('\'', '"'));
        List<String> progress = new ArrayList<>();
        UserInputException e = assertThrows(UserInputException.class,
                () -> new Experiment(ExperimentSpec.load(f), DataDirectory.resolve(null), progress::add).run(tmp.resolve("out")));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(List.of(), progress, "nothing ran");
        assertFalse(Files.exists(tmp.resolve("out").resolve("clash")));
    }

    private static Path write(String name, String json) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    private static String experimentError(String json) throws Exception {
        Path f = write("experiment.json", json);
        return assertThrows(UserInputException.class, () -> ExperimentSpec.load(f)).getMessage();
    }

    // ---- experiments: a typo anywhere is named by its path

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'trainer': ['naive_bayes', 'cart']}} | grid.trainer",
        "{'evaluations': [{'labels': ['labels/seeds.jsonl'], 'protocl': 'file'}]} | evaluations[0].protocl",
        "{'evaluations': [{'labels': ['labels/seeds.jsonl']}, {'labels': ['labels/seeds.jsonl'], 'train_onyl': ['labels/ant']}]} | evaluations[1].train_onyl",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'analysis': [{'name': 'a', 'setings': {'nfkc': false}}]}} | grid.analysis[0].setings",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'analysis': [{'name': 'a', 'settings': {'nfkk': false}}]}} | grid.analysis[0].settings.nfkk",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'features': [{'name': 'f', 'settings': {'min_dff': 3}}]}} | grid.features[0].settings.min_dff",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'variants': [{'name': 'v', 'settings': {'model': {'epochz': 3}}}]}} | grid.variants[0].settings.model.epochz",
        "{'labels': ['labels/seeds.jsonl'], 'base': {'features': {'min_dff': 3}}} | base.features.min_dff"})
    void anUnknownKeyIsNamedByItsLineAndPath(String json, String path) throws Exception {
        String text = pretty(json.replace('\'', '"'));
        Path f = write("typo.json", text);
        UserInputException e = assertThrows(UserInputException.class, () -> ExperimentSpec.load(f));
        assertEquals(f + ":" + lineOfKey(text, path) + ": unknown key '" + path + "'", e.getMessage());
    }

    /** {@code json} laid out one key to a line, as people write config files. */
    private static String pretty(String json) throws Exception {
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(json));
    }

    /** The path a message names: {@code unknown key 'PATH'} or {@code 'PATH' must be …}. */
    private static String pathIn(String message) {
        int from = message.indexOf('\'') + 1;
        return message.substring(from, message.indexOf('\'', from));
    }

    /** The line of {@code text} where the last key of {@code path} first occurs. */
    private static int lineOfKey(String text, String path) {
        String key = path.replaceAll("\\[\\d+]$", "");
        int at = text.indexOf('"' + key.substring(key.lastIndexOf('.') + 1) + '"');
        assertTrue(at >= 0, path);
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{'labels': ['labels/seeds.jsonl'], 'seed': 'abc'} | 'seed' must be an integer, not \"abc\"",
        "{'labels': ['labels/seeds.jsonl'], 'seed': 4.5} | 'seed' must be an integer, not 4.5",
        "{'labels': ['labels/seeds.jsonl'], 'learning_curve': 'no'} | 'learning_curve' must be true or false, not \"no\"",
        "{'labels': ['labels/seeds.jsonl'], 'peers': 'sklearn'} | 'peers' must be a list of strings, not \"sklearn\"",
        "{'labels': 'labels/seeds.jsonl'} | 'labels' must be a list of strings, not \"labels/seeds.jsonl\"",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'trainers': 'naive_bayes'}} | 'grid.trainers' must be a list of strings, not \"naive_bayes\"",
        "{'labels': ['labels/seeds.jsonl'], 'grid': []} | 'grid' must be an object, not []",
        "{'evaluations': [{'labels': ['labels/seeds.jsonl'], 'protocol': 5}]} | 'evaluations[0].protocol' must be a string, not 5",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'features': [{'name': 'f', 'settings': {'min_df': '3'}}]}} | 'grid.features[0].settings.min_df' must be an integer, not \"3\"",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'analysis': [{'name': 'a', 'settings': {'nfkc': 0}}]}} | 'grid.analysis[0].settings.nfkc' must be true or false, not 0",
        "{'labels': ['labels/seeds.jsonl'], 'base': {'model': {'epochs': 2.7}}} | 'base.model.epochs' must be an integer, not 2.7",
        "{'labels': ['labels/seeds.jsonl'], 'grid': {'trainers': ['naive_bayez']}} | 'grid.trainers[0]': unknown trainer 'naive_bayez'",
        "{'labels': ['labels/seeds.jsonl'], 'protocol': 'bogus'} | 'protocol': unknown protocol 'bogus'",
        "{'labels': ['labels/seeds.jsonl'], 'evaluations': [{'labels': ['labels/seeds.jsonl']}]} | 'labels' goes inside each of 'evaluations'"})
    void aValueOfTheWrongTypeIsNamedByItsLineAndPath(String json, String message) throws Exception {
        String text = pretty(json.replace('\'', '"'));
        String error = experimentError(text);
        String path = message.substring(1, message.indexOf('\'', 1));
        assertTrue(error.startsWith(tmp.resolve("experiment.json") + ":" + lineOfKey(text, path) + ": " + message), error);
    }

    @Test
    void whatTheTesterFoundIgnoredIsNowRead() throws Exception {
        Path f = write("ok.json", """
                {"name": "ok", "seed": 7, "learning_curve": false, "peers": ["sklearn"],
                 "evaluations": [{"name": "e", "protocol": "file", "labels": ["labels/seeds.jsonl"], "train_only": ["labels/ant"]}],
                 "grid": {"trainers": ["naive_bayes", "cart"], "analysis": [{"name": "a", "settings": {"light_stem": false}}]}}
                """);
        ExperimentSpec s = ExperimentSpec.load(f);
        assertEquals(7, s.seed());
        assertFalse(s.learningCurve());
        assertEquals(List.of("sklearn"), s.peers());
        assertEquals(List.of("naive_bayes", "cart"), s.trainers());
        assertEquals("file", s.evaluations().get(0).protocol());
        assertEquals(List.of(Path.of("labels/ant")), s.evaluations().get(0).trainOnly());
        assertFalse(s.analysis().get(0).settings().get("light_stem").asBoolean());
    }

    @Test
    void theCommittedExperimentsLoadUnchanged() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("experiments"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size(), files.toString());
        for (Path f : files) {
            ExperimentSpec s = ExperimentSpec.load(f);
            assertFalse(s.evaluations().isEmpty(), f.toString());
            // every grid cell still makes a config
            PipelineConfig base = s.base();
            for (ExperimentSpec.Variant a : s.analysis()) {
                for (ExperimentSpec.Variant features : s.features()) {
                    for (ExperimentSpec.Variant v : s.variants()) {
                        base.with(JsonFields.of(f, "", ExperimentSpec.cell(a, features, null, v)));
                    }
                }
            }
        }
        assertEquals(5, ExperimentSpec.load(Path.of("experiments/seed-baseline.json")).trainers().size());
        assertEquals(4, ExperimentSpec.load(Path.of("experiments/ablation-normalization.json")).analysis().size());
    }

    // ---- configs (--config, and an experiment's settings)

    @Test
    void aConfigValueMustHaveTheTypeOfItsDefault() throws Exception {
        Path f = write("c.json", "{\"model\": {\"epochs\": 2.7}}");
        assertEquals(f + ":1: 'model.epochs' must be an integer, not 2.7",
                assertThrows(UserInputException.class, () -> PipelineConfig.load(f)).getMessage());
        Files.writeString(f, "{\"model\": {\"epochs\": \"20\"}}");
        assertEquals(f + ":1: 'model.epochs' must be an integer, not \"20\"",
                assertThrows(UserInputException.class, () -> PipelineConfig.load(f)).getMessage());
        Files.writeString(f, "{\"analysis\": {\"stop_words\": \"false\"}}");
        assertEquals(f + ":1: 'analysis.stop_words' must be true or false, not \"false\"",
                assertThrows(UserInputException.class, () -> PipelineConfig.load(f)).getMessage());
        Files.writeString(f, "{\"model\": {\"trainer\": 3}}");
        assertEquals(f + ":1: 'model.trainer' must be a string, not 3",
                assertThrows(UserInputException.class, () -> PipelineConfig.load(f)).getMessage());
        Files.writeString(f, "{\"features\": true}");
        assertEquals(f + ":1: 'features' must be an object, not true",
                assertThrows(UserInputException.class, () -> PipelineConfig.load(f)).getMessage());
        Files.writeString(f, "{\"epochs\": 20}");
        assertEquals(f + ":1: unknown key 'epochs'", assertThrows(UserInputException.class, () -> PipelineConfig.load(f)).getMessage());
        Files.writeString(f, "{\"attribution\": {\"trainer\": \"svm\"}}");
        assertTrue(assertThrows(UserInputException.class, () -> PipelineConfig.load(f)).getMessage()
                .startsWith(f + ":1: invalid config: unknown trainer 'svm'"));
    }

    @Test
    void aWholeNumberIsANumberAndRightlyTypedValuesAreKept() throws Exception {
        Path f = write("c.json", """
                {"model": {"cost": 2, "epochs": 3, "trainer": "linear_svm"}, "features": {"char_ngrams": false, "min_df": 1}}
                """);
        PipelineConfig c = PipelineConfig.load(f);
        assertEquals(2.0, c.model().cost());
        assertEquals(3, c.model().epochs());
        assertEquals(TrainerKind.LINEAR_SVM, c.model().trainer());
        assertFalse(c.features().charNgrams());
        assertEquals(1, c.features().minDf());
        // a model file's config, written by toJson, reads back as it was
        assertEquals(c, PipelineConfig.parse("model!config.json", c.toJson()));
    }

    // ---- benchmark configs and schemas

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'selection': {'kind': 'kfold', 'fold': 3}, 'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm'}]}] | unknown key 'benchmark.selection.fold'",
        "'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm', 'cots': 1}]}] | unknown key 'benchmark.candidates[0].models[0].cots'",
        "'candidates': [{'name': 'x', 'settings': {'model': {}}, 'models': [{'trainer': 'linear_svm'}]}] | unknown key 'benchmark.candidates[0].settings.model'",
        "'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm'}], 'nb': 'yes'}] | 'benchmark.candidates[0].nb' must be true or false, not \"yes\"",
        "'selection': {'folds': '3'}, 'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm'}]}] | 'benchmark.selection.folds' must be an integer, not \"3\"",
        "'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm', 'cost': '1'}]}] | 'benchmark.candidates[0].models[0].cost' must be a number, not \"1\"",
        "'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm'}]}], 'published': [{'system': 's', 'metric': 'm', 'value': 1, 'source': 's', 'compar': true}] | unknown key 'benchmark.published[0].compar'",
        "'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm'}]}], 'references': [{'system': 's', 'metric': 'm', 'value': 1, 'source': 's', 'same_split': 'no'}] | 'benchmark.references[0].same_split' must be true or false, not \"no\"",
        "'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm'}]}], 'disclosure': ['scored twice'] | 'benchmark.disclosure' must be a string, not [\"scored twice\"]",
        "'candidates': [{'name': 'x', 'models': [{'trainer': 'linear_svm'}]}], 'disclosures': 'x' | unknown key 'benchmark.disclosures'"})
    void aBenchmarkConfigIsReadAsStrictly(String body, String message) throws Exception {
        String text = pretty(("{'benchmark': {'name': 'b', 'schema': 'experiments/benchmarks/mawqif.schema.json', " + body + "}}")
                .replace('\'', '"'));
        Path f = write("b.json", text);
        assertEquals(f + ":" + lineOfKey(text, pathIn(message)) + ": " + message,
                assertThrows(UserInputException.class, () -> BenchmarkSpec.load(f)).getMessage());
    }

    @Test
    void aBenchmarkSchemaIsReadAsStrictly() throws Exception {
        String ant = Files.readString(Path.of("experiments/benchmarks/ant-categories.schema.json"));
        for (String[] c : new String[][] {
            {"\"label\": \"category\"", "\"labl\": \"category\"", "unknown key 'columns.labl'"},
            {"\"test_fraction\": 0.2", "\"test_fraction\": \"0.2\"", "'random_split.test_fraction' must be a number, not \"0.2\""},
            {"\"max_list_items\": 3", "\"max_list_items\": 2.5", "'max_list_items' must be an integer, not 2.5"}}) {
            String text = ant.replace(c[0], c[1]);
            Path f = write("s.json", text);
            assertEquals(f + ":" + lineOfKey(text, pathIn(c[2])) + ": " + c[2],
                    assertThrows(UserInputException.class, () -> BenchmarkSchema.load(f)).getMessage());
        }
        assertEquals(3, BenchmarkSchema.load(Path.of("experiments/benchmarks/ant-categories.schema.json")).maxListItems());
    }

    // ---- training refuses what cannot give a usable model

    private static PipelineTrainer trainer(String configJson) {
        return new PipelineTrainer(seeds.schema(), PipelineConfig.parse("test config", configJson), m -> { });
    }

    @Test
    void anEmptyVocabularyIsRefusedWithTheMinDfToLower() {
        UserInputException e = assertThrows(UserInputException.class, () -> trainer("{\"features\": {\"min_df\": 1000}}")
                .train(seeds.records(), 42, "", List.of("seeds.jsonl")));
        assertEquals("seeds.jsonl: cannot train: no term occurs in at least min_df=1000 of the " + seeds.records().size()
                + " training paragraphs: lower min_df", e.getMessage());
    }

    @Test
    void oneParagraphOrOneTopicIsRefused() {
        PipelineTrainer t = trainer("{}");
        LabelRecord first = seeds.records().get(0);
        UserInputException e = assertThrows(UserInputException.class, () -> t.train(List.of(first), 42, "", List.of("one.jsonl")));
        assertEquals("one.jsonl: cannot train: fewer than two topics among the 1 training paragraph (only '" + first.topic()
                + "'): the topic classifier needs paragraphs of at least two topics", e.getMessage());
        List<LabelRecord> oneTopic = seeds.records().stream().filter(r -> r.topic().equals(first.topic())).toList();
        e = assertThrows(UserInputException.class, () -> t.train(oneTopic, 42, "", List.of()));
        assertTrue(e.getMessage().startsWith("cannot train: fewer than two topics among the " + oneTopic.size()
                + " training paragraphs (only '" + first.topic() + "')"), e.getMessage());
        // two topics are enough, even with a single stance value among them
        List<LabelRecord> two = new ArrayList<>(oneTopic.subList(0, 5));
        seeds.records().stream().filter(r -> !r.topic().equals(first.topic())).limit(5).forEach(two::add);
        ArstanceModel m = t.train(two, 42, "", List.of());
        assertEquals(2, m.topicClassifier().labels().size());
    }

    @Test
    void anEvaluationFoldThatCannotTrainIsNamed() {
        // two seed articles, each held out in turn: one of the training sides is all one topic
        String doc = seeds.records().get(0).doc();
        List<LabelRecord> records = seeds.records().stream().filter(r -> r.doc().equals(doc)
                ? !r.topic().equals("other") && !r.topic().equals("lebanon") : r.doc().startsWith("001_")).toList();
        Evaluator evaluator = new Evaluator(seeds.schema(), PipelineConfig.defaults(), 42, false, m -> { });
        UserInputException e = assertThrows(UserInputException.class, () -> evaluator.evaluate(Protocol.parse("file"),
                records, List.of(), "", List.of("two.jsonl"), "labels/schema.json"));
        assertTrue(e.getMessage().matches("two\\.jsonl under protocol file, fold \\d/2 \\([0-9a-f_]+\\): cannot train: "
                + "fewer than two topics among the \\d+ training paragraphs \\(only '[a-z]+'\\).*"), e.getMessage());
    }

    /** Under the committed experiments' protocols, every fold's training side has the two topics training needs. */
    @Test
    void everyFoldOfTheCommittedExperimentsCanTrain() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DataDirectory.resolve(null).resolve(AntCorpus.FILE)), "the ANT corpus is not there");
        int checked = 0;
        for (String name : List.of("seed-baseline", "ablation-normalization", "seeds-plus-ant", "attribution")) {
            ExperimentSpec s = ExperimentSpec.load(Path.of("experiments", name + ".json"));
            for (ExperimentSpec.EvaluationSpec e : s.evaluations()) {
                LabelSet labels = LabelSet.load(e.labels(), s.schema(), DataDirectory.resolve(null)).orThrow();
                List<LabelRecord> extra = e.trainOnly().isEmpty() ? List.of()
                        : LabelSet.load(e.trainOnly(), labels.schemaFile(), DataDirectory.resolve(null)).orThrow().records();
                for (Fold fold : FoldPlanner.plan(Protocol.parse(e.protocol()), labels.records(), List.of(), extra, s.seed())) {
                    long topics = fold.train().stream().map(LabelRecord::topic).distinct().count();
                    assertTrue(topics >= 2, name + " " + e.name() + " " + fold.name() + ": " + topics + " topic(s)");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "folds checked: " + checked);
    }
}
