-- The app limits free text in characters (code points). H2 measures VARCHAR in UTF-16 units, where a character
-- outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) takes two, so a text at its limit was
-- refused by H2 (PostgreSQL counts characters). The columns get room for twice the limit; the services keep
-- enforcing the limit itself.
ALTER TABLE assessment ALTER COLUMN organisation SET DATA TYPE VARCHAR(400);
ALTER TABLE assessment_note ALTER COLUMN note SET DATA TYPE VARCHAR(20000);
ALTER TABLE client ALTER COLUMN organisation SET DATA TYPE VARCHAR(400);
ALTER TABLE client ALTER COLUMN contact_person SET DATA TYPE VARCHAR(400);
ALTER TABLE client ALTER COLUMN industry SET DATA TYPE VARCHAR(400);
ALTER TABLE client ALTER COLUMN notes SET DATA TYPE VARCHAR(20000);
