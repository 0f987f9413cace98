package org.readiness.consultant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String displayName, String passwordHash, Role role, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (username, display_name, password_hash, role, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(username, displayName, passwordHash, role.name(), at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Account> find(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = ?").param(id).query(AccountRepository::account).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = ?").param(username)
                .query(AccountRepository::account).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT * FROM account ORDER BY role, username").query(AccountRepository::account).list();
    }

    boolean anyAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'ADMIN'").query(Integer.class).single() > 0;
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    void setAuthor(long id, boolean author) {
        jdbc.sql("UPDATE account SET author = ? WHERE id = ?").params(author, id).update();
    }

    void setPasswordHash(long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("author"));
    }
}
