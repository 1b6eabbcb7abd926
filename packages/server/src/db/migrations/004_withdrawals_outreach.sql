-- Withdrawals and visits at outreach sessions (registering afterwards, at another place).
-- A withdrawal is a registration that supersedes the one it withdraws and counts nowhere itself.
-- An outreach visit counts under its location_id (the location that held the session); its
-- session is not checked yet, sessions come with the coordinator's planning.
ALTER TABLE registrations ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
ALTER TABLE registrations ADD COLUMN outreach_name text;
ALTER TABLE registrations ADD COLUMN outreach_session_id text;
