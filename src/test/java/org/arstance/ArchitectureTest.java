package org.arstance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.arstance.io.Json;
import org.arstance.labels.Schema;
import org.junit.jupiter.api.Test;

/** Rules of the code's shape that a reviewer would otherwise have to check by hand. */
class ArchitectureTest {

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src", "main", "java"))) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Topics, targets and actors come from labels/schema.json, never from Java. */
    @Test
    void noTopicOrActorIsHardCodedInJava() throws IOException {
        List<String> banned = List.of("karabakh", "korea", "lebanon", "azerbaijan", "armenia", "hezbollah",
                "كاراباخ", "كوريا", "لبنان", "أذربيجان", "أرمينيا");
        List<String> offenders = mainSources().stream().filter(p -> {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                return banned.stream().anyMatch(text::contains);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    /**
     * Stance values and actor ids are the schema's: no Java string literal names the repository's
     * stance values or its writer actor, and no value of the attribution lexicon is an actor id.
     */
    @Test
    void noStanceValueOrActorIdIsALiteralOrInTheLexicon() throws IOException {
        List<String> banned = List.of("\"favor\"", "\"against\"", "\"neutral\"", "\"press\"");
        List<String> offenders = mainSources().stream().filter(p -> {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                return banned.stream().anyMatch(text::contains);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
        Set<String> actorIds = new HashSet<>();
        Schema.load(Path.of("labels", "schema.json")).actors().forEach(a -> actorIds.add(a.id()));
        JsonNode lexicon = Json.MAPPER.readTree(Path.of("src", "main", "resources", "org", "arstance", "attribution",
                "lexicon.json").toFile());
        List<String> values = new ArrayList<>();
        collectStrings(lexicon, values);
        assertEquals(List.of(), values.stream().filter(actorIds::contains).toList());
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, out));
    }

    /** The pipeline stages are a Java API: none of them imports the command line. */
    @Test
    void noStageImportsTheCli() throws IOException {
        List<String> offenders = mainSources().stream()
                .filter(p -> !p.toString().contains("/cli/"))
                .filter(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8).contains("import org.arstance.cli.")
                                || Files.readString(p, StandardCharsets.UTF_8).contains("import picocli.");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }
}
