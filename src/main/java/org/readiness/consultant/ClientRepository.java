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
class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultantId, ClientDetails details, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO client (consultant_id, organisation, contact_person, industry, notes, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(consultantId, details.organisation(), details.contactPerson(), details.industry(),
                        details.notes(), utc(at), utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, ClientDetails details, Instant at) {
        jdbc.sql("UPDATE client SET organisation = ?, contact_person = ?, industry = ?, notes = ?, updated_at = ?"
                        + " WHERE id = ?")
                .params(details.organisation(), details.contactPerson(), details.industry(), details.notes(), utc(at), id)
                .update();
    }

    Optional<Client> find(long id) {
        return jdbc.sql("SELECT * FROM client WHERE id = ?").param(id).query(ClientRepository::client).optional();
    }

    /** Clients whose organisation, contact or industry contains the text, of one consultant or (null) of all. */
    List<Client> search(Long consultantId, String text) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("SELECT * FROM client WHERE (CAST(? AS BIGINT) IS NULL OR consultant_id = ?)"
                        + " AND (LOWER(organisation) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(contact_person, '')) LIKE ? ESCAPE '\\'"
                        + " OR LOWER(COALESCE(industry, '')) LIKE ? ESCAPE '\\') ORDER BY LOWER(organisation), id")
                .params(consultantId, consultantId, like, like, like)
                .query(ClientRepository::client).list();
    }

    private static Client client(ResultSet rs, int row) throws SQLException {
        return new Client(rs.getLong("id"), rs.getLong("consultant_id"), rs.getString("organisation"),
                rs.getString("contact_person"), rs.getString("industry"), rs.getString("notes"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
