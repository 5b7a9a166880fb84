package org.arstance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
