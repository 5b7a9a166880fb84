package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real classify process stopped mid-way by a signal: no partial file, the earlier output intact. */
class InterruptTest {

    @TempDir
    static Path tmp;
    static Path model;
    static Path input;

    @BeforeAll
    static void prepare() throws Exception {
        model = tmp.resolve("seeds.model");
        assertEquals(0, Cli.run("train", "--labels", "labels/seeds.jsonl", "--out", model.toString()).code());
        // the seed paragraphs many times over: a run that lasts long enough to be interrupted
        List<String> lines = new ArrayList<>();
        List<String> seeds = Files.readAllLines(Path.of("labels", "seeds.jsonl"), StandardCharsets.UTF_8);
        for (int copy = 0; copy < 200; copy++) {
            for (int i = 0; i < seeds.size(); i++) {
                String text = org.arstance.io.Json.MAPPER.readTree(seeds.get(i)).get("text").asText();
                lines.add(org.arstance.io.Json.line(java.util.Map.of("id", copy + "-" + i, "text", text)));
            }
        }
        input = tmp.resolve("many.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void aStoppedClassifyLeavesNoPartialFileAndTheEarlierOutputIntact(String signal) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out-" + signal));
        Path out = dir.resolve("predictions.jsonl");
        Files.writeString(out, "earlier output\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "classify", "--model", model.toString(), "--out", out.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (partials(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "classify ended before it could be interrupted: " + Files.readString(dir.resolve("log.txt")));
        assertEquals(1, partials(dir).size(), "writing under a temporary name");
        Thread.sleep(300);
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process stops");
        assertTrue(p.exitValue() != 0, "an interrupted run does not report success");
        assertEquals("earlier output\n", Files.readString(out), "the earlier output is intact");
        assertEquals(List.of(), partials(dir), "no partial file is left");
    }

    private static List<Path> partials(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
