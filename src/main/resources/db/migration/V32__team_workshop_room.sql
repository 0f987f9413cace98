-- The team in the room: locked and revealed by its coordinator, anonymous if chosen when it starts, a short code to
-- type beside the join link, and respondents who took their sent answers back to change them.

-- Locked: no more sends or changes, and no one joins. Revealed: the presenter view shows the result (only while
-- locked, so the room discusses one fixed picture). Both empty again when the coordinator unlocks.
ALTER TABLE team_assessment ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE team_assessment ADD COLUMN revealed_at TIMESTAMP WITH TIME ZONE;

-- Anonymous: no respondent's name is asked or kept; every page and card names roles and counts only.
ALTER TABLE team_assessment ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;

-- The join link's short code, for people who type rather than scan ("K7M-Q2P"); given to older teams when first shown.
ALTER TABLE team_assessment ADD COLUMN join_code VARCHAR(8);
CREATE UNIQUE INDEX team_by_join_code ON team_assessment (join_code);

-- When a respondent last took their sent answers back to change them; with the answers sent again, "sent again".
ALTER TABLE team_respondent ADD COLUMN taken_back_at TIMESTAMP WITH TIME ZONE;

-- Invitations per team per hour are counted by this.
CREATE INDEX team_respondent_by_team_and_time ON team_respondent (team_id, invited_at);

-- Each save of a company profile asks whether its team is locked.
CREATE INDEX team_by_profile ON team_assessment (profile_assessment_id);
