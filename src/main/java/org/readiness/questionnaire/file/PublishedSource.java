package org.readiness.questionnaire.file;

import java.util.Collection;
import java.util.List;

/**
 * Where the catalog finds the newest published version of each questionnaire (the studio's table, which every
 * instance shares): a cheap marker that changes whenever a version is published, and the versions themselves, read
 * only when the marker has changed.
 */
public interface PublishedSource {

    PublishedSource NONE = new PublishedSource() {
        @Override
        public String marker() {
            return "";
        }

        @Override
        public Collection<SourceFile> newest() {
            return List.of();
        }
    };

    /** Changes whenever a version is published anywhere (e.g. how many there are and the highest id). */
    String marker();

    /** The newest published version of each questionnaire. */
    Collection<SourceFile> newest();
}
