-- A merchant's assessment taken again from their plan: the plan of its result carries on the plan before it (the
-- open actions) and checks the done ones against the new answers. A client's assessments find it through the client.
CREATE TABLE plan_follow_up (
    assessment_id    BIGINT PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    previous_plan_id BIGINT NOT NULL REFERENCES plan (id) ON DELETE CASCADE
);
