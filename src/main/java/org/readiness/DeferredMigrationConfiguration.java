package org.readiness;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Flyway's migration does not hold up the server's port: it runs once the app is up (on the main thread, before the
 * app reports itself ready), and every connection the app takes before then waits for it, so no request ever sees
 * an old schema. Whoever needs the database first migrates it; a failed migration still stops the app.
 */
@Configuration(proxyBeanMethods = false)
class DeferredMigrationConfiguration {

    @Bean
    static DeferredMigration deferredMigration() {
        return new DeferredMigration();
    }

    @Bean
    FlywayMigrationStrategy migrateOnceStarted(DeferredMigration migration) {
        return migration::defer;
    }

    @Bean
    static BeanPostProcessor connectionsWaitForTheMigration(DeferredMigration migration) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof MigratedDataSource)
                        ? new MigratedDataSource(dataSource, migration) : bean;
            }
        };
    }

    /** First of the ready listeners, so that the first administrator (FirstAdmin) finds the schema in place. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void migrate(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(DeferredMigration.class).migrate();
    }

    /** The migration Boot hands over, run once by whichever thread needs it first. */
    static final class DeferredMigration {

        private final AtomicReference<Thread> migrating = new AtomicReference<>();
        private final CompletableFuture<Void> migrated = new CompletableFuture<>();
        private volatile @Nullable Flyway flyway;

        void defer(Flyway flyway) {
            this.flyway = flyway;
        }

        void migrate() {
            if (migrated.isDone()) {
                migrated.join();
                return;
            }
            if (migrating.compareAndSet(null, Thread.currentThread())) {
                try {
                    Flyway deferred = flyway;
                    if (deferred != null) {
                        deferred.migrate();
                    }
                    migrated.complete(null);
                } catch (RuntimeException | Error e) {
                    migrated.completeExceptionally(e);
                    throw e;
                }
            } else if (migrating.get() != Thread.currentThread()) {
                migrated.join();
            }
        }
    }

    /** The app's pool, whose connections wait for the migration (Flyway's own, on the migrating thread, do not). */
    static final class MigratedDataSource extends DelegatingDataSource implements Closeable {

        private final DeferredMigration migration;

        MigratedDataSource(DataSource pool, DeferredMigration migration) {
            super(pool);
            this.migration = migration;
        }

        @Override
        public Connection getConnection() throws SQLException {
            awaitMigration();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            awaitMigration();
            return super.getConnection(username, password);
        }

        private void awaitMigration() throws SQLException {
            try {
                migration.migrate();
            } catch (CompletionException | org.flywaydb.core.api.FlywayException e) {
                throw new SQLException("The database could not be migrated", e);
            }
        }

        @Override
        public void close() throws IOException {
            if (getTargetDataSource() instanceof Closeable pool) {
                pool.close();
            }
        }
    }
}
