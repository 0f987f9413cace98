package org.readiness.assessment;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes deleted assessments gone from the embedded H2 database's file, not only from its tables. H2 writes
 * copy-on-write into chunks: a deleted row stays readable in the chunks written before the deletion until they are
 * rewritten, which H2 leaves for later, at the latest for when the database closes. A few minutes after a deletion
 * this rewrites every chunk written up to then that holds a page no longer in use, lets the old chunks go and moves
 * the rest together, so that the file holds live data only and ends where it does. H2's own housekeeping runs the
 * same steps piecemeal while the database is open, so users can go on working meanwhile.
 * <p>
 * On PostgreSQL, or on an H2 reached over the network, this does nothing: the README ("Storage") says what those
 * need.
 */
@Component
class DeletionCompaction {

    private static final Logger log = LoggerFactory.getLogger(DeletionCompaction.class);
    /** Each round commits, rewrites and moves once; two or three are usual. */
    private static final int MAX_ROUNDS = 20;
    /** A map of our own in H2's store, written to make a new version; H2 drops "temp." maps left at a restart. */
    private static final String TICK_MAP = "temp.readiness-deletion-compaction";

    private final DataSource dataSource;
    private final AtomicBoolean deletionsWaiting = new AtomicBoolean();

    DeletionCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void deleted(AssessmentsDeleted event) {
        deletionsWaiting.set(true);
    }

    @Scheduled(fixedDelayString = "${readiness.deletions.compaction-delay:PT2M}",
            initialDelayString = "${readiness.deletions.compaction-delay:PT2M}")
    void compactAfterDeletions() {
        if (deletionsWaiting.getAndSet(false)) {
            try {
                if (!compact()) {
                    deletionsWaiting.set(true);
                }
            } catch (SQLException | RuntimeException e) {
                deletionsWaiting.set(true);
                log.warn("Could not compact the database file after a deletion; trying again later: {}", e.toString());
            }
        }
    }

    /**
     * Rewrites the embedded H2 file now. False when some chunk from before could not be let go of (it is tried again
     * at the next run); true when done, or when the database is not an embedded H2 file.
     */
    boolean compact() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                    || !(session.getDatabase().getStore().getMvStore().getFileStore() instanceof RandomAccessStore file)) {
                return true;
            }
            return compact(session.getDatabase().getStore().getMvStore(), file);
        }
    }

    private static boolean compact(MVStore store, RandomAccessStore file) {
        long started = System.nanoTime();
        long sizeBefore = file.size();
        int retentionTime = store.getRetentionTime();
        int versionsToKeep = (int) store.getVersionsToKeep();
        // Old chunks may go as soon as nothing uses them: not after 45 s, nor 5 versions later. The file is synced
        // before chunks are moved, and a reader still on an old version keeps its chunks (H2 counts them).
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        MVMap<String, Integer> tick = store.openMap(TICK_MAP);
        try {
            store.commit();
            long deletedBy = store.getCurrentVersion();
            for (int round = 1; round <= MAX_ROUNDS; round++) {
                // A new version: H2 rewrites no chunk of the last two versions and frees no chunk of the current one.
                tick.put("round", round);
                store.commit();
                store.compact(100, Integer.MAX_VALUE);
                store.commit();
                file.compactMoveChunks(101, Long.MAX_VALUE, store);
                ChunkLayout layout = ChunkLayout.of(store);
                if (layout.onlyLivePagesUpTo(deletedBy) && layout.hasNoGaps()) {
                    log.info("Compacted the database file after a deletion: {} KB to {} KB in {} ms, {} round(s)",
                            sizeBefore / 1024, file.size() / 1024, (System.nanoTime() - started) / 1_000_000, round);
                    return true;
                }
            }
            log.warn("The database file still holds chunks from before a deletion after {} rounds", MAX_ROUNDS);
            return false;
        } finally {
            store.removeMap(tick);
            store.setVersionsToKeep(versionsToKeep);
            store.setRetentionTime(retentionTime);
            store.commit();
        }
    }
}
