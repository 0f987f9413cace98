package org.readiness.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.readiness.base.ReadinessProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code evaluate-team}'s body one respondent at a time and stops at the first one past
 * {@code readiness.evaluate-team.max-respondents}, so that a body of thousands is refused having held only that many.
 */
@Component
class TeamRequestReader {

    private final ObjectMapper json;
    private final int maxRespondents;

    TeamRequestReader(ObjectMapper json, ReadinessProperties properties) {
        this.json = json;
        this.maxRespondents = properties.evaluateTeam().maxRespondents();
    }

    int maxRespondents() {
        return maxRespondents;
    }

    TeamController.TeamRequest read(InputStream body) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiProblems.Malformed(null);
            }
            List<TeamController.RespondentRequest> respondents = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("respondents")) {
                    respondents = respondents(parser);
                } else {
                    parser.skipChildren();
                }
            }
            return new TeamController.TeamRequest(respondents);
        } catch (IOException e) {
            throw new ApiProblems.Malformed(e);
        }
    }

    private List<TeamController.RespondentRequest> respondents(JsonParser parser) throws IOException {
        List<TeamController.RespondentRequest> respondents = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (respondents.size() == maxRespondents) {
                throw new ApiProblems.TooManyRespondents(maxRespondents);
            }
            respondents.add(json.readValue(parser, TeamController.RespondentRequest.class));
        }
        return respondents;
    }
}
