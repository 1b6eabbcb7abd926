-- Read-only report tokens (issue 10): a token is scoped to one location (a staff device, which
-- may register) or to a library organisation or municipality (which may only read statistics).
-- Existing rows are device tokens and codes for one location.
ALTER TABLE devices ADD COLUMN scope text NOT NULL DEFAULT 'location'
  CHECK (scope IN ('location', 'organisation', 'municipality'));
ALTER TABLE devices ADD COLUMN scope_name text;
ALTER TABLE devices ALTER COLUMN location_id DROP NOT NULL;
ALTER TABLE devices ADD CONSTRAINT devices_scope_target CHECK (
  (scope = 'location' AND location_id IS NOT NULL)
  OR (scope <> 'location' AND scope_name IS NOT NULL AND location_id IS NULL));

ALTER TABLE enrolment_codes ADD COLUMN scope text NOT NULL DEFAULT 'location'
  CHECK (scope IN ('location', 'organisation', 'municipality'));
ALTER TABLE enrolment_codes ADD COLUMN scope_name text;
ALTER TABLE enrolment_codes ALTER COLUMN location_id DROP NOT NULL;

-- Locations by their library organisation, for organisation-scoped statistics.
CREATE INDEX locations_organisation_idx ON locations (lower(doc->>'organisation'));
