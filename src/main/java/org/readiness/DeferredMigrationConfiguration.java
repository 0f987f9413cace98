package org.readiness;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
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
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Flyway does not hold up the server's port: it is set up and migrates once the app is up (on the main thread,
 * before the app reports itself ready), and every connection the app takes before then waits for it, so no request
 * ever sees an old schema. Whoever needs the database first migrates it; a failed migration still stops the app.
 * <p>
 * Spring Boot would make Flyway, and migrate, before any bean that uses the database; the start-up profile showed
 * setting Flyway up alone (its plugins) as a large part of the app's start beyond its twin's. So Boot's Flyway
 * beans are made lazy, nothing waits for Boot's migration bean, and the gate on the connections does the ordering.
 */
@Configuration(proxyBeanMethods = false)
class DeferredMigrationConfiguration {

    private static final String BOOT_FLYWAY = "flyway";
    private static final String BOOT_MIGRATION = "flywayInitializer";

    @Bean
    static DeferredMigration deferredMigration(ObjectProvider<Flyway> flyway) {
        return new DeferredMigration(flyway);
    }

    /** After Boot's own post-processor, which makes every database user depend on its migration bean. */
    @Bean
    static BeanFactoryPostProcessor flywayOnlyWhenMigrating() {
        return new FlywayOnlyWhenMigrating();
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

    static final class FlywayOnlyWhenMigrating implements BeanFactoryPostProcessor, Ordered {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                if (dependsOn != null && Arrays.asList(dependsOn).contains(BOOT_MIGRATION)) {
                    definition.setDependsOn(Arrays.stream(dependsOn).filter(bean -> !bean.equals(BOOT_MIGRATION))
                            .toArray(String[]::new));
                }
            }
            for (String lazy : new String[] {BOOT_FLYWAY, BOOT_MIGRATION}) {
                if (beanFactory.containsBeanDefinition(lazy)) {
                    beanFactory.getBeanDefinition(lazy).setLazyInit(true);
                }
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Flyway's migration, run once by whichever thread needs it first; none when Flyway is switched off. */
    static final class DeferredMigration {

        private final AtomicReference<Thread> migrating = new AtomicReference<>();
        private final CompletableFuture<Void> migrated = new CompletableFuture<>();
        private final ObjectProvider<Flyway> flyway;

        DeferredMigration(ObjectProvider<Flyway> flyway) {
            this.flyway = flyway;
        }

        void migrate() {
            if (migrated.isDone()) {
                migrated.join();
                return;
            }
            if (migrating.compareAndSet(null, Thread.currentThread())) {
                try {
                    flyway.ifAvailable(Flyway::migrate);
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
