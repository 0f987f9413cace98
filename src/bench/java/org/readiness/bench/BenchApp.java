package org.readiness.bench;

import org.readiness.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;

/** Starts the application for a hand-run measurement, quietly and on a free port. */
final class BenchApp {

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(String[] args) {
        String[] appArgs = Arrays.copyOf(args, args.length + 2);
        appArgs[args.length] = "--server.port=0";
        appArgs[args.length + 1] = "--logging.level.root=WARN";
        return new SpringApplicationBuilder(Application.class).run(appArgs);
    }
}
