package org.arstance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateGroupsTest {

    private record Item(String id, List<String> identities) {
    }

    /** Joined through a chain (b shares with a, c with b), named by the least id, in any input order. */
    @ParameterizedTest(name = "shuffle seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void itemsChainedBySharedIdentitiesAreOneGroupWhateverTheOrder(long seed) {
        List<Item> items = new ArrayList<>(List.of(
                new Item("d", List.of("x")),
                new Item("c", List.of("y", "z")),
                new Item("b", List.of("x", "y")),
                new Item("e", List.of("w")),
                new Item("e", List.of("v")),
                new Item("f", List.of("v")),
                new Item("a", List.of("u"))));
        Collections.shuffle(items, new Random(seed));
        Map<String, String> groups = DuplicateGroups.of(items, Item::id, Item::identities);
        assertEquals(Map.of("a", "a", "b", "b", "c", "b", "d", "b", "e", "e", "f", "e"), groups);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  قال   الوزير\n\tإن  ", "قال الوزير إن", "\u00a0قال الوزير\u2003إن"})
    void whiteSpaceRunsCountAsOneSpace(String text) {
        assertEquals("قال الوزير إن", DuplicateGroups.normalizeSpace(text));
    }
}
