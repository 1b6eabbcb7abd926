-- IDO Kit schema, version 1. The same SQL runs on PGlite and PostgreSQL (15 and later).

-- The public dataset. Each resource is kept whole as JSONB (what the API serves) plus the
-- columns queries filter on. `search_text` and `municipality_keys` are lowercased and stripped of
-- accents by the importer, so filters need no extension such as unaccent.
CREATE TABLE locations (
  id text PRIMARY KEY,
  name text NOT NULL,
  municipality text NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  doc jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX locations_municipality_idx ON locations (lower(municipality));
CREATE INDEX locations_lat_lon_idx ON locations (lat, lon);

CREATE TABLE partners (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  themes text[] NOT NULL,
  municipality_keys text[] NOT NULL,
  search_text text NOT NULL,
  doc jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX partners_themes_idx ON partners USING gin (themes);
CREATE INDEX partners_municipality_keys_idx ON partners USING gin (municipality_keys);

-- Feed-level facts (taxonomy, publisher, helpline) and `revision`, a counter bumped by every
-- import so each server replica knows when its in-memory copy is stale.
CREATE TABLE dataset_meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
INSERT INTO dataset_meta (key, value) VALUES ('revision', '0');

-- Staff devices. Only a SHA-256 hash of the token is kept; a leaked table grants nothing.
CREATE TABLE devices (
  id text PRIMARY KEY,
  location_id text NOT NULL,
  label text,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_used_on date,
  revoked_at timestamptz
);
CREATE INDEX devices_location_idx ON devices (location_id);

-- One-time enrolment codes, hashed like tokens.
CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  location_id text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text
);

-- Registrations, normalised for aggregation. No IP address, user agent or exact time of a visit:
-- only the date and hour the staff member entered, and when the server received it.
CREATE TABLE registrations (
  id uuid PRIMARY KEY,
  location_id text NOT NULL,
  device_id text NOT NULL,
  visit_date date NOT NULL,
  hour smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
  channel text NOT NULL,
  visitor_kind text,
  duration_minutes smallint NOT NULL,
  note text,
  supersedes uuid,
  -- SHA-256 of the canonical JSON of the validated body: a replay with the same hash is the
  -- same registration, a different hash under the same id is a conflict.
  body_hash text NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE INDEX registrations_location_date_idx ON registrations (location_id, visit_date);
CREATE INDEX registrations_supersedes_idx ON registrations (supersedes) WHERE supersedes IS NOT NULL;

CREATE TABLE registration_questions (
  registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
  position smallint NOT NULL,
  question_type text NOT NULL,
  government_level text,
  organisations text[] NOT NULL,
  themes text[] NOT NULL,
  help text NOT NULL,
  referral_partner_id text,
  referral_partner_kind text,
  referral_warm boolean,
  not_helped_reason text,
  PRIMARY KEY (registration_id, position)
);
