package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.arstance.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The label schema's rows of docs/bad-inputs.md (D1–D11), fed to the real command: every
 * mistake named by its path in the file, exit 1, no stack trace; a byte-order mark accepted; a
 * schema with no topic for paragraphs about nothing known warned about, not refused.
 */
class SchemaInputTest {

    private static final Path SCHEMA = Path.of("labels", "schema.json");

    @TempDir
    static Path tmp;

    private static String variant(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(Files.readString(SCHEMA));
        edit.accept(root);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode newActor(ObjectNode root) {
        return ((ArrayNode) root.get("actors")).addObject().put("id", "iaea").put("name", "الوكالة الذرية");
    }

    private static ObjectNode topic(ObjectNode root, int i) {
        return (ObjectNode) root.get("topics").get(i);
    }

    static Stream<Arguments> mistakes() throws Exception {
        int actors = Json.MAPPER.readTree(Files.readString(SCHEMA)).get("actors").size();
        String added = "actors[" + actors + "]";
        return Stream.of(
            Arguments.of("D1 alias beside aliases", (Consumer<ObjectNode>) r -> newActor(r).putArray("alias").add("غروسي"),
                    "unknown key '" + added + ".alias'",
                    new Marker("\"alias\" :", 1)),
            Arguments.of("D1 taget", (Consumer<ObjectNode>) r -> topic(r, 0).set("taget", topic(r, 0).remove("target")),
                    "unknown key 'topics[0].taget'",
                    new Marker("\"taget\" :", 1)),
            Arguments.of("D1 top level", (Consumer<ObjectNode>) r -> r.put("no_sources", "none"), "unknown key 'no_sources'",
                    new Marker("\"no_sources\" :", 1)),
            Arguments.of("D2 aliases a string", (Consumer<ObjectNode>) r -> newActor(r).put("aliases", "غروسي"),
                    "'" + added + ".aliases' must be a list of strings, not \"غروسي\"",
                    new Marker("\"aliases\" : \"غروسي\"", 1)),
            Arguments.of("D2 target a string", (Consumer<ObjectNode>) r -> topic(r, 0).put("target", "azerbaijan"),
                    "'topics[0].target' must be an object, not \"azerbaijan\"",
                    new Marker("\"target\" : \"azerbaijan\"", 1)),
            Arguments.of("D3 no target key", (Consumer<ObjectNode>) r -> topic(r, 0).remove("target"),
                    "'topics[0].target' is required: {\"id\": ACTOR} for the actor that stances on this topic are toward, "
                            + "or null for a topic without stance",
                    new Marker("\"topics\" : [", 1)),
            Arguments.of("D4 topic id none", (Consumer<ObjectNode>) r -> topic(r, 0).put("id", "none"),
                    "'topics[0].id' is 'none', the schema's no_source value: choose another id",
                    new Marker("\"id\" : \"none\"", 2)),
            Arguments.of("D4 actor id none", (Consumer<ObjectNode>) r -> newActor(r).put("id", "none"),
                    "'" + added + ".id' is 'none', the schema's no_source value: choose another id",
                    new Marker("\"id\" : \"none\"", 2)),
            Arguments.of("D5 alias of two actors", (Consumer<ObjectNode>) r -> newActor(r).putArray("aliases").add("الامم المتحده"),
                    "'" + added + ".aliases[0]' is alias 'الامم المتحده' of actor 'iaea', already the name of actor 'un'",
                    new Marker("\"الامم المتحده\"", 1)),
            Arguments.of("D6 polar stance unknown", (Consumer<ObjectNode>) r -> r.putArray("polar_stances").add("favor").add("pro"),
                    "'polar_stances[1]' is 'pro': a polar stance is one of the stances other than the no-stance value "
                            + "(favor, against, neutral)",
                    new Marker("\"pro\"", 1)),
            Arguments.of("D7 writer not an actor", (Consumer<ObjectNode>) r -> r.put("writer_source", "writer"),
                    "'writer_source' is 'writer', which is not an actor id",
                    new Marker("\"writer_source\" :", 1)),
            Arguments.of("D8 kinds lack teaser", (Consumer<ObjectNode>) r -> ((ArrayNode) r.get("kinds")).remove(4),
                    "'kinds' lacks teaser: segment gives every paragraph one of headline, caption, heading, body, teaser, "
                            + "and the schema must list them all",
                    new Marker("\"kinds\" :", 1)),
            Arguments.of("D9 target unknown", (Consumer<ObjectNode>) r -> ((ObjectNode) topic(r, 0).get("target")).put("id", "mars"),
                    "'topics[0].target.id' is 'mars', which is not an actor id",
                    new Marker("\"mars\"", 1)),
            Arguments.of("D9 blank alias", (Consumer<ObjectNode>) r -> newActor(r).putArray("aliases").add("«»"),
                    "'" + added + ".aliases[0]' is '«»': a name or alias needs a letter or digit",
                    new Marker("\"«»\"", 1)),
            Arguments.of("D9 topic twice", (Consumer<ObjectNode>) r -> topic(r, 1).put("id", topic(r, 0).get("id").asText()),
                    "'topics[1].id' is 'karabakh': topic 'karabakh' is defined twice",
                    new Marker("\"id\" : \"karabakh\"", 2)),
            Arguments.of("D9 id with a space", (Consumer<ObjectNode>) r -> newActor(r).put("id", "iaea "),
                    "'" + added + ".id' is 'iaea ': an id has no white space at its ends",
                    new Marker("\"iaea \"", 1)),
            Arguments.of("D9 no stances", (Consumer<ObjectNode>) r -> r.remove("stances"), "'stances' is required",
                    new Marker("{", 1)),
            Arguments.of("D9 version", (Consumer<ObjectNode>) r -> r.put("version", 2), "'version' is 2: this arstance reads version 1",
                    new Marker("\"version\" : 2", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aSchemaMistakeIsNamedByItsLineAndPath(String row, Consumer<ObjectNode> edit, String message, Marker at) throws Exception {
        Path schema = tmp.resolve("schema-" + row.replace(' ', '-') + ".json");
        String text = variant(edit);
        Files.writeString(schema, text);
        String expected = schema + ":" + at.line(text) + ": " + message;
        Cli r = Cli.failing(1, expected, "validate", "--schema", schema.toString(), "labels/seeds.jsonl");
        assertTrue(r.err().startsWith(expected), r.err());
    }

    /** The line of a schema variant a message must name: where the {@code nth} occurrence of {@code text} is. */
    record Marker(String text, int nth) {
        int line(String schema) {
            int at = -1;
            for (int k = 0; k < nth; k++) {
                at = schema.indexOf(text, at + 1);
                assertTrue(at >= 0, "no occurrence " + (k + 1) + " of " + text);
            }
            return 1 + (int) schema.substring(0, at).chars().filter(c -> c == '\n').count();
        }
    }

    @Test
    void aByteOrderMarkBeforeTheSchemaIsNoPartOfIt() throws Exception {
        Path schema = tmp.resolve("bom-schema.json");
        Files.write(schema, ("\uFEFF" + Files.readString(SCHEMA)).getBytes(StandardCharsets.UTF_8));
        Cli with = Cli.run("validate", "--schema", schema.toString(), "labels/seeds.jsonl");
        Cli without = Cli.run("validate", "labels/seeds.jsonl");
        assertEquals(0, with.code(), with.err());
        assertEquals(without.out(), with.out());
    }

    /**
     * With no topic without a target, a paragraph with no known term (a separator line, another
     * script) has nowhere to go but where the topic classifier's bias points: validate and train
     * say so and go on.
     */
    @Test
    void aSchemaWhoseEveryTopicHasATargetIsWarnedAboutNotRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("targets-only"));
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(Files.readString(SCHEMA));
        List<String> withTarget = new ArrayList<>();
        ArrayNode topics = (ArrayNode) root.get("topics");
        for (int i = topics.size() - 1; i >= 0; i--) {
            if (topics.get(i).get("target").isNull()) {
                topics.remove(i);
            }
        }
        topics.forEach(t -> withTarget.add(t.get("id").asText()));
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("labels", "seeds.jsonl"))) {
            if (withTarget.contains(Json.MAPPER.readTree(line).get("topic").asText())) {
                lines.add(line);
            }
        }
        Path labels = dir.resolve("seeds.jsonl");
        Files.write(labels, lines);
        String warning = schema + ": warning: every topic has a target, so a paragraph with no known term gets a topic from "
                + "the classifier's bias alone";

        Cli validate = Cli.run("validate", labels.toString());
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.err().contains(warning), validate.err());
        Cli train = Cli.run("train", "--labels", labels.toString(), "--out", dir.resolve("m.zip").toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.err().contains(warning), train.err());
        // the repository's schema has such a topic: no warning
        assertFalse(Cli.run("validate", "labels/seeds.jsonl").err().contains("warning"));
    }

    /** The validator names the stance values of the schema it was given, not those of the repository's. */
    @Test
    void renamedStancesAreTheOnesTheValidatorNames() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("renamed"));
        String renamed = Files.readString(SCHEMA).replace("\"favor\"", "\"pro\"").replace("\"against\"", "\"con\"");
        Files.writeString(dir.resolve("schema.json"), renamed);
        JsonNode first = Json.MAPPER.readTree(Files.readAllLines(Path.of("labels", "seeds.jsonl")).get(0));
        ((ObjectNode) first).put("stance", "none");
        Path labels = dir.resolve("one.jsonl");
        Files.writeString(labels, Json.line(first) + "\n");
        Cli r = Cli.failing(1, labels + ":1: source '" + first.get("source").asText() + "' with stance 'none': a source on topic '"
                + first.get("topic").asText() + "' takes pro, con or neutral", "validate", labels.toString());
        assertFalse(r.err().contains("favor"), r.err());
    }
}
