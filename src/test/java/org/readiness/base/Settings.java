package org.readiness.base;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.HashMap;
import java.util.Map;

/** The app's settings as a test sets them, bound as Spring binds them at start-up (defaults for the rest). */
public final class Settings {

    private Settings() {
    }

    /** @param settings names without the {@code readiness.} prefix, e.g. {@code "admin.password"} */
    public static ReadinessProperties of(Map<String, String> settings) {
        Map<String, String> named = new HashMap<>();
        settings.forEach((name, value) -> named.put("readiness." + name, value));
        return new Binder(new MapConfigurationPropertySource(named)).bindOrCreate("readiness", ReadinessProperties.class);
    }
}
