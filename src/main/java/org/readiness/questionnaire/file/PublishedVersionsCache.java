package org.readiness.questionnaire.file;

import org.readiness.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The newest published versions as this instance last read them. A look-up asks the source's marker at most once a
 * second (one small query), and reads the versions again only when the marker has changed, so a version published on
 * another instance is served here within a second; this instance's own publishing is served at the next look-up
 * ({@link #recheck()}). While the source cannot be asked, the versions last read are served, and it is asked again a second later.
 */
final class PublishedVersionsCache {

    static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** The versions read at a marker, and when the marker was last asked. */
    record Snapshot(String marker, long checkedAt, List<Questionnaire> newest) {
    }

    private final LongSupplier nanoTime;
    private volatile PublishedSource source = PublishedSource.NONE;
    private volatile Snapshot snapshot = new Snapshot("", 0, List.of());
    private volatile boolean recheck = true;
    private final AtomicBoolean checking = new AtomicBoolean();
    /** Published versions read so far, by content hash: a hash's content never changes. */
    private final Map<String, Questionnaire> byHash = new ConcurrentHashMap<>();
    private final Map<String, byte[]> contentByHash = new ConcurrentHashMap<>();

    PublishedVersionsCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    void readFrom(PublishedSource source) {
        this.source = source;
        recheck();
    }

    /** The next look-up asks the source, whenever the last one did. */
    void recheck() {
        recheck = true;
    }

    /**
     * The newest versions: as last read while the marker was asked less than a second ago, or while another thread
     * is asking it; otherwise after asking.
     */
    Snapshot current() {
        Snapshot now = snapshot;
        boolean due = recheck || nanoTime.getAsLong() - now.checkedAt() >= CHECK_EVERY_NANOS;
        if (!due || !checking.compareAndSet(false, true)) {
            return now;
        }
        try {
            recheck = false;
            snapshot = checked(now);
            return snapshot;
        } finally {
            checking.set(false);
        }
    }

    private Snapshot checked(Snapshot last) {
        long at = nanoTime.getAsLong();
        try {
            String marker = source.marker();
            if (marker.equals(last.marker()) && last.checkedAt() != 0) {
                return new Snapshot(marker, at, last.newest());
            }
            return new Snapshot(marker, at, read(source.newest()));
        } catch (RuntimeException unreachable) {
            return new Snapshot(last.marker(), at, last.newest()); // asked again in a second
        }
    }

    private List<Questionnaire> read(Collection<SourceFile> files) {
        List<Questionnaire> newest = new ArrayList<>();
        QuestionnaireReader reader = null;
        for (SourceFile file : files) {
            String hash = QuestionnaireReader.sha256(file.content());
            Questionnaire known = byHash.get(hash);
            if (known == null) {
                reader = reader == null ? new QuestionnaireReader() : reader;
                QuestionnaireReader.Result result = reader.read(file.name(), file.content());
                if (!result.isAccepted()) {
                    continue; // checked when published; a later app version's stricter rule keeps the file's
                }
                known = result.questionnaire();
                byHash.put(hash, known);
                contentByHash.put(hash, file.content().clone());
            }
            newest.add(known);
        }
        return List.copyOf(newest);
    }

    Optional<byte[]> contentOf(String contentHash) {
        return Optional.ofNullable(contentByHash.get(contentHash)).map(byte[]::clone);
    }
}
