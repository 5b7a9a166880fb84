package org.arstance.labels;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arstance.io.Digests;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.UserInputException;

/**
 * The label schema ({@code labels/schema.json}): topics and their stance targets, stance values,
 * paragraph kinds and the actor gazetteer. Everything arstance knows about any topic, target or actor
 * comes from this file, never from code.
 */
public final class Schema {

    /** The conventional file name, looked up beside label files and in their parent folders. */
    public static final String FILE_NAME = "schema.json";

    /** A topic and the target of stances on it ({@code null} target: stance is always the no-stance value). */
    public record Topic(String id, String description, String target) {
        public boolean hasTarget() {
            return target != null;
        }
    }

    /** An actor id with its Arabic name and the mentions that stand for it. */
    public record Actor(String id, String name, List<String> aliases) {
    }

    private final Map<String, Topic> topics;
    private final List<String> stances;
    private final List<String> kinds;
    private final Map<String, Actor> actors;
    private final String noSource;
    private final String noStance;
    private final List<String> dataNotes;
    private final String sha256;
    private final String json;

    private Schema(Map<String, Topic> topics, List<String> stances, List<String> kinds, Map<String, Actor> actors,
                   String noSource, String noStance, List<String> dataNotes, String json) {
        this.topics = Collections.unmodifiableMap(topics);
        this.stances = List.copyOf(stances);
        this.kinds = List.copyOf(kinds);
        this.actors = Collections.unmodifiableMap(actors);
        this.noSource = noSource;
        this.noStance = noStance;
        this.dataNotes = List.copyOf(dataNotes);
        this.json = json;
        this.sha256 = Digests.sha256(json);
    }

    public static Schema load(Path file) {
        return parse(file.toString(), InputFiles.readString(file, "a schema"));
    }

    /** Parses a schema from its JSON text; {@code name} names it in error messages. */
    public static Schema parse(String name, String text) {
        JsonNode root = Json.object(name, text, "a schema");
        String noSource = text(root, "no_source", name);
        String noStance = text(root, "no_stance", name);
        List<String> stances = new ArrayList<>();
        for (JsonNode s : array(root, "stances", name)) {
            stances.add(text(s, "id", name));
        }
        List<String> kinds = new ArrayList<>();
        for (JsonNode k : array(root, "kinds", name)) {
            kinds.add(k.asText());
        }
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (JsonNode t : array(root, "topics", name)) {
            String id = text(t, "id", name);
            JsonNode target = t.get("target");
            String targetId = target == null || target.isNull() ? null : text(target, "id", name);
            if (topics.put(id, new Topic(id, t.path("description").asText(""), targetId)) != null) {
                throw new UserInputException(name + ": topic '" + id + "' is defined twice");
            }
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (JsonNode a : array(root, "actors", name)) {
            String id = text(a, "id", name);
            List<String> aliases = new ArrayList<>();
            a.path("aliases").forEach(x -> aliases.add(x.asText()));
            if (id.equals(noSource)) {
                throw new UserInputException(name + ": actor id '" + id + "' is reserved for 'no source'");
            }
            if (actors.put(id, new Actor(id, a.path("name").asText(""), List.copyOf(aliases))) != null) {
                throw new UserInputException(name + ": actor '" + id + "' is defined twice");
            }
        }
        if (!stances.contains(noStance)) {
            throw new UserInputException(name + ": no_stance '" + noStance + "' is not among the stances");
        }
        for (Topic t : topics.values()) {
            if (t.hasTarget() && !actors.containsKey(t.target())) {
                throw new UserInputException(name + ": target '" + t.target() + "' of topic '" + t.id()
                        + "' is not an actor id");
            }
        }
        checkUnique(name, "stance", stances);
        checkUnique(name, "kind", kinds);
        List<String> notes = new ArrayList<>();
        root.path("data_notes").forEach(n -> notes.add(n.asText()));
        return new Schema(topics, stances, kinds, actors, noSource, noStance, notes, text);
    }

    /** The schema governing a label file: {@code schema.json} in its folder or the nearest parent folder. */
    public static Optional<Path> locateFor(Path labelPath) {
        Path dir = labelPath.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void checkUnique(String name, String what, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                throw new UserInputException(name + ": " + what + " '" + v + "' is listed twice");
            }
        }
    }

    private static String text(JsonNode node, String field, String name) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new UserInputException(name + ": missing or empty text field '" + field + "'");
        }
        return v.asText();
    }

    private static JsonNode array(JsonNode node, String field, String name) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new UserInputException(name + ": missing or empty list '" + field + "'");
        }
        return v;
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public List<String> topicIds() {
        return List.copyOf(topics.keySet());
    }

    public List<String> stances() {
        return stances;
    }

    public List<String> kinds() {
        return kinds;
    }

    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** Actor ids plus the no-source value: every value a {@code source} field may take. */
    public List<String> sourceValues() {
        List<String> v = new ArrayList<>(actors.keySet());
        v.add(noSource);
        return v;
    }

    public boolean isSource(String id) {
        return id.equals(noSource) || actors.containsKey(id);
    }

    /** Facts about the labelled data that every evaluation report states. */
    public List<String> dataNotes() {
        return dataNotes;
    }

    public String noSource() {
        return noSource;
    }

    public String noStance() {
        return noStance;
    }

    /** SHA-256 of the schema file's text: part of every model's provenance. */
    public String sha256() {
        return sha256;
    }

    /** The schema file's text, as loaded (a model carries it). */
    public String json() {
        return json;
    }
}
