package org.readiness.bench;

import org.readiness.questionnaire.file.QuestionnaireReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;

/** What the app's H2 file holds after a load run, read once the app has stopped. */
record StoredAssessments(long finished, long drafts, long finishedMatchingTokens) {

    static StoredAssessments read(Path dataDir, Set<String> tokens) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("readiness") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            long finished = count(connection, "SELECT COUNT(*) FROM assessment WHERE state = 'FINISHED'");
            long drafts = count(connection, "SELECT COUNT(*) FROM assessment WHERE state = 'DRAFT'");
            long matching = 0;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM assessment WHERE state = 'FINISHED' AND token_hash = ?")) {
                for (String token : tokens) {
                    query.setString(1, QuestionnaireReader.sha256(token.getBytes(StandardCharsets.US_ASCII)));
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        matching += result.getLong(1);
                    }
                }
            }
            return new StoredAssessments(finished, drafts, matching);
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
