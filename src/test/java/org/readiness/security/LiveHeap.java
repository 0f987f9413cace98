package org.readiness.security;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The heap in use after a full garbage collection, in this JVM (the test's server runs in it): what is still
 * reachable, whatever the collector did before. {@code System.gc()} is a full, stop-the-world collection with G1 as
 * configured here (no -XX:+ExplicitGCInvokesConcurrent); it runs twice, so that what the first one only made
 * unreachable (references cleared, cleaners run) goes too.
 */
final class LiveHeap {

    private LiveHeap() {
    }

    static long megabytes() {
        return bytes() / (1024 * 1024);
    }

    static long bytes() {
        long fullCollections = fullCollections();
        System.gc();
        System.gc();
        if (fullCollections() < fullCollections + 2) {
            throw new IllegalStateException("System.gc() ran no full collection; the measure would mean nothing");
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> !collector.getName().contains("Young"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
