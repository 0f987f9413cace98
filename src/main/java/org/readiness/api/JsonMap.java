package org.readiness.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object in the order its fields are given, with room for nulls (which {@link Map#of} refuses). */
final class JsonMap {

    private JsonMap() {
    }

    static Map<String, Object> of(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
