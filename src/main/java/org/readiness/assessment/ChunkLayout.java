package org.readiness.assessment;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Where the chunks of an H2 file lie, as its layout map lists them, and whether each still holds dead pages. */
record ChunkLayout(List<Chunk> chunks) {

    /** H2's file header takes the first two blocks; chunks follow. */
    private static final long FIRST_CHUNK_BLOCK = 2;

    static ChunkLayout of(MVStore store) {
        List<Chunk> chunks = store.getLayoutMap().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("chunk."))
                .map(entry -> Chunk.of(DataUtils.parseMap(entry.getValue())))
                .sorted(Comparator.comparingLong(Chunk::block))
                .toList();
        return new ChunkLayout(chunks);
    }

    /** No chunk written at or before the version holds a page that is no longer in use. */
    boolean onlyLivePagesUpTo(long version) {
        return chunks.stream().filter(chunk -> chunk.version() <= version).allMatch(Chunk::onlyLivePages);
    }

    /**
     * The chunks follow one another without a gap, so no freed space between them keeps old bytes. (The chunk being
     * written as the layout is read is not listed yet; it follows the others, and H2 cuts the file after it.)
     */
    boolean hasNoGaps() {
        long next = FIRST_CHUNK_BLOCK;
        for (Chunk chunk : chunks) {
            if (chunk.block() != next) {
                return false;
            }
            next = chunk.block() + chunk.blocks();
        }
        return true;
    }

    record Chunk(long block, long blocks, long version, boolean onlyLivePages) {

        static Chunk of(Map<String, String> attributes) {
            long pages = hex(attributes, "pages", 0);
            return new Chunk(hex(attributes, "block", 0), hex(attributes, "len", 0), hex(attributes, "version", 0),
                    hex(attributes, "livePages", pages) == pages);
        }

        private static long hex(Map<String, String> attributes, String name, long absent) {
            String value = attributes.get(name);
            return value == null ? absent : Long.parseLong(value, 16);
        }
    }
}
