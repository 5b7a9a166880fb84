package org.arstance.labels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arstance.io.Digests;
import org.arstance.io.InputFiles;

/**
 * The label schema ({@code labels/schema.json}): topics and their stance targets, stance values
 * (and which of them are polar), paragraph kinds, the actor gazetteer and the actor an opinion
 * column's own voice is attributed to. Everything arstance knows about any topic, target, stance
 * value or actor comes from this file, never from code. {@link SchemaReader} reads it strictly.
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

    /** The values of a schema, as {@link SchemaReader} checked them. */
    record Values(Map<String, Topic> topics, List<String> stances, List<String> polarStances, List<String> kinds,
                  Map<String, Actor> actors, String noSource, String noStance, String writerSource,
                  List<String> dataNotes) {
    }

    private final String name;
    private final Values v;
    private final String json;
    private final String sha256;
    private final String canonical;

    Schema(String name, Values values, String json, String canonical) {
        this.name = name;
        this.v = new Values(Collections.unmodifiableMap(values.topics()), List.copyOf(values.stances()),
                List.copyOf(values.polarStances()), List.copyOf(values.kinds()), Collections.unmodifiableMap(values.actors()),
                values.noSource(), values.noStance(), values.writerSource(), List.copyOf(values.dataNotes()));
        this.json = json;
        this.sha256 = Digests.sha256(json);
        this.canonical = canonical;
    }

    public static Schema load(Path file) {
        return parse(file.toString(), InputFiles.readString(file, "a schema"));
    }

    /** Parses a schema from its JSON text; {@code name} names it in error messages. */
    public static Schema parse(String name, String text) {
        return SchemaReader.read(name, text);
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

    public List<Topic> topics() {
        return List.copyOf(v.topics().values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(v.topics().get(id));
    }

    public List<String> topicIds() {
        return List.copyOf(v.topics().keySet());
    }

    public List<String> stances() {
        return v.stances();
    }

    /**
     * The stance values that take a side ({@code polar_stances}): F_avg, the SemEval-2016 measure,
     * is the mean F1 of these. Empty when the schema names none (no F_avg is reported).
     */
    public List<String> polarStances() {
        return v.polarStances();
    }

    /** The stance values a source on a topic with a target may take: every stance but the no-stance value. */
    public List<String> sourceStances() {
        return v.stances().stream().filter(s -> !s.equals(v.noStance())).toList();
    }

    public List<String> kinds() {
        return v.kinds();
    }

    public List<Actor> actors() {
        return List.copyOf(v.actors().values());
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(v.actors().get(id));
    }

    /** Actor ids plus the no-source value: every value a {@code source} field may take. */
    public List<String> sourceValues() {
        List<String> values = new ArrayList<>(v.actors().keySet());
        values.add(v.noSource());
        return values;
    }

    public boolean isSource(String id) {
        return id.equals(v.noSource()) || v.actors().containsKey(id);
    }

    /**
     * The actor an opinion column's own voice is attributed to ({@code writer_source}); empty when
     * the schema names none, and the rules for opinion pieces and first-person writing are then off.
     */
    public Optional<String> writerSource() {
        return Optional.ofNullable(v.writerSource());
    }

    /** Facts about the labelled data that every evaluation report states. */
    public List<String> dataNotes() {
        return v.dataNotes();
    }

    public String noSource() {
        return v.noSource();
    }

    public String noStance() {
        return v.noStance();
    }

    /**
     * What a user should know about this schema though it is valid, one line each ({@code FILE:
     * warning: …}); {@code validate} and {@code train} print them.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (v.topics().values().stream().allMatch(Topic::hasTarget)) {
            out.add(name + ": warning: every topic has a target, so a paragraph with no known term gets a topic from "
                    + "the classifier's bias alone (a topic with \"target\": null would take it)");
        }
        if (v.polarStances().isEmpty()) {
            out.add(name + ": warning: no \"polar_stances\", so reports give no F_avg");
        }
        if (v.writerSource() == null) {
            out.add(name + ": warning: no \"writer_source\", so the opinion-column and first-person attribution rules are off");
        }
        return out;
    }

    /** SHA-256 of the schema file's text: part of every model's provenance. */
    public String sha256() {
        return sha256;
    }

    /**
     * True when {@code other} holds the same JSON as this schema, however either file is laid out
     * (white space, key order, a byte-order mark).
     */
    public boolean sameContent(Schema other) {
        return canonical.equals(other.canonical);
    }

    /** The schema file's text, as loaded (a model carries it). */
    public String json() {
        return json;
    }
}
