package org.readiness;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.readiness.DeferredMigrationConfiguration.DeferredMigration;
import org.readiness.DeferredMigrationConfiguration.MigratedDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class DeferredMigrationTest {

    private final JdbcDataSource pool = new JdbcDataSource();
    private final Flyway flyway = mock(Flyway.class);
    private final List<String> happened = new ArrayList<>();

    DeferredMigrationTest() {
        pool.setURL("jdbc:h2:mem:deferred-migration");
    }

    @Test
    void the_first_connection_the_app_takes_waits_for_the_migration_which_takes_its_own_connections_meanwhile()
            throws Exception {
        MigratedDataSource dataSource = new MigratedDataSource(pool, new DeferredMigration(provider()));
        doAnswer(call -> {
            try (Connection own = dataSource.getConnection()) {
                happened.add("migrated with its own connection");
            }
            return null;
        }).when(flyway).migrate();

        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            happened.add("connections handed out");
        }

        assertThat(happened).containsExactly("migrated with its own connection", "connections handed out");
        verify(flyway, times(1)).migrate();
    }

    @Test
    void after_a_failed_migration_no_connection_is_handed_out() {
        doThrow(new FlywayException("checksum mismatch")).when(flyway).migrate();
        DeferredMigration migration = new DeferredMigration(provider());
        MigratedDataSource dataSource = new MigratedDataSource(pool, migration);

        assertThatThrownBy(migration::migrate).hasMessageContaining("checksum mismatch");
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class)
                .hasMessageContaining("could not be migrated").hasStackTraceContaining("checksum mismatch");
    }

    @Test
    void nothing_waits_for_boots_migration_bean_and_boots_flyway_beans_are_made_only_when_migrating() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        RootBeanDefinition jdbc = new RootBeanDefinition(Object.class);
        jdbc.setDependsOn("flywayInitializer", "somethingElse");
        beans.registerBeanDefinition("jdbcTemplate", jdbc);
        beans.registerBeanDefinition("flyway", new RootBeanDefinition(Object.class));
        beans.registerBeanDefinition("flywayInitializer", new RootBeanDefinition(Object.class));

        new DeferredMigrationConfiguration.FlywayOnlyWhenMigrating().postProcessBeanFactory(beans);

        assertThat(beans.getBeanDefinition("jdbcTemplate").getDependsOn()).containsExactly("somethingElse");
        assertThat(beans.getBeanDefinition("flyway").isLazyInit()).isTrue();
        assertThat(beans.getBeanDefinition("flywayInitializer").isLazyInit()).isTrue();
    }

    private ObjectProvider<Flyway> provider() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("flyway", flyway);
        return beans.getBeanProvider(Flyway.class);
    }
}
