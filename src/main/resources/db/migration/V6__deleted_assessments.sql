-- What is left of a client's assessment once it is deleted (by the merchant who holds its link, or as an
-- unfinished draft nobody touched for months): when it was started, attached and deleted, and by whom. No answer,
-- no note, no token: enough for the consultant's client page to say what happened.
CREATE TABLE deleted_assessment (
    assessment_id BIGINT                   PRIMARY KEY,
    client_id     BIGINT                   NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_at   TIMESTAMP WITH TIME ZONE,
    deleted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_by    VARCHAR(16)              NOT NULL,
    CONSTRAINT deleted_assessment_by CHECK (deleted_by IN ('MERCHANT', 'EXPIRY'))
);

CREATE INDEX deleted_assessment_by_client ON deleted_assessment (client_id);

-- When an assessment joined its client; empty for those attached before this column existed.
ALTER TABLE assessment ADD COLUMN attached_at TIMESTAMP WITH TIME ZONE;

-- Resume links are looked up by the first 4 hex digits of the token's hash (16 bits), and the full hash is compared
-- in the row. An index keeps a deleted key in its inner pages as long as it lives, so an index over the whole hash
-- would keep a deleted link's hash in the database file; one over 16 bits keeps nothing that tells a link apart
-- (one in 65,536 links shares it). The unique constraint on token_hash goes with its index: dropping the column drops
-- it on H2 and PostgreSQL alike (their names for it differ), so the column is copied. A 256-bit random token does not
-- collide.
ALTER TABLE assessment ADD COLUMN resume_hash CHAR(64);
UPDATE assessment SET resume_hash = token_hash;
ALTER TABLE assessment ALTER COLUMN resume_hash SET NOT NULL;
ALTER TABLE assessment DROP COLUMN token_hash;
ALTER TABLE assessment RENAME COLUMN resume_hash TO token_hash;
ALTER TABLE assessment ADD COLUMN token_prefix CHAR(4);
UPDATE assessment SET token_prefix = SUBSTRING(token_hash FROM 1 FOR 4);
ALTER TABLE assessment ALTER COLUMN token_prefix SET NOT NULL;
CREATE INDEX assessment_by_token_prefix ON assessment (token_prefix);
