package org.readiness.team;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readiness.questionnaire.Fixtures.answer;

/** A team's page reads the team in the same few queries however many people take part (issue 21, point 6). */
@SpringBootTest
class TeamOverviewQueriesTest extends TeamFixture {

    static final AtomicInteger STATEMENTS = new AtomicInteger();

    @TestConfiguration
    static class CountingStatements {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }
    }

    @Test
    void a_team_of_eight_is_read_in_as_many_queries_as_a_team_of_two() {
        long two = teamOf(2);
        long eight = teamOf(8);

        int forTwo = statementsFor(two);
        int forEight = statementsFor(eight);

        assertThat(forEight).isEqualTo(forTwo);
        assertThat(forEight).as("the team, its people, and every assessment with its answers").isLessThanOrEqualTo(3);
    }

    private int statementsFor(long teamId) {
        STATEMENTS.set(0);
        TeamOverview overview = teams.overview(teamId);
        int counted = STATEMENTS.get();
        assertThat(overview.finished()).isEqualTo(overview.members().size());
        return counted;
    }

    private long teamOf(int people) {
        StartedTeam team = startedWithProfile();
        for (int i = 0; i < people; i++) {
            long id = invitations.invite(team.team().id(), i % 2 == 0 ? "owner" : "it", null, null, "en").member()
                    .assessmentId();
            answers.save(id, "owner", answer(i % 2 == 0 ? "yes" : "no"), 0);
            answers.save(id, "knowledge", answer(1 + i % 5), 0);
            answers.save(id, "platforms", answer(java.util.List.of("oms")), 0);
            if (i % 2 == 0) {
                answers.save(id, "owner-time", answer("full"), 0);
            } else {
                answers.save(id, "it-people", answer(3), 0);
            }
            assessments.finish(id);
        }
        return team.team().id();
    }

    private static DataSource counting(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(dataSource, method, arguments);
                    return result instanceof Connection connection ? countingConnection(connection) : result;
                });
    }

    private static Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        STATEMENTS.incrementAndGet();
                    }
                    return invoke(connection, method, arguments);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
