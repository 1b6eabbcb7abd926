-- The coordinator (issue 21): one per library organisation, keeping its data in a browser.

-- Coordinator keys, hashed like device tokens. A key belongs to one library organisation and has a
-- label ("Coördinator Centrum"; never a person's name) that the audit log names. Kept apart from
-- `devices`: a coordinator key can never register a visit or read statistics, and a desk or report
-- token can never edit data, whatever a route forgets to check.
CREATE TABLE coordinator_keys (
  id text PRIMARY KEY,
  organisation text NOT NULL,
  label text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  -- The national categories are the whole server's: only a key made with this may import them.
  may_import_categories boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  last_used_on date,
  revoked_at timestamptz
);
CREATE INDEX coordinator_keys_organisation_idx ON coordinator_keys (lower(organisation));

-- One-time sign-in codes from `idokit-server coordinator-code`, hashed like enrolment codes.
CREATE TABLE coordinator_codes (
  code_hash text PRIMARY KEY,
  organisation text NOT NULL,
  label text NOT NULL,
  may_import_categories boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  key_id text
);

-- What changed, when and by which key (its label, never a person), per organisation. `before` and
-- `after` are the whole documents (public data: locations, partners, outreach sessions; for desks
-- and report keys only ids, labels and scopes), so a change can be shown and undone.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  organisation text NOT NULL,
  key_id text NOT NULL,
  key_label text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  summary text NOT NULL,
  before jsonb,
  after jsonb,
  -- The entry that undid this one, and for an undo the entry it undid.
  undone_by bigint,
  undo_of bigint
);
CREATE INDEX audit_log_organisation_idx ON audit_log (lower(organisation), id DESC);

-- Outreach sessions: a dated IDO consultation at another address (community centre, health centre,
-- market), held by the staff of one location. Public, like locations.
CREATE TABLE outreach_sessions (
  id text PRIMARY KEY,
  location_id text NOT NULL,
  session_date date NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  doc jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX outreach_sessions_date_idx ON outreach_sessions (session_date);
CREATE INDEX outreach_sessions_location_idx ON outreach_sessions (location_id, session_date);

-- A partner may be kept by one library organisation (its coordinator may edit it); partners
-- imported without one are edited through the CLI's import only.
ALTER TABLE partners ADD COLUMN organisation text;
CREATE INDEX partners_organisation_idx ON partners (lower(organisation));

-- A desk code made by a coordinator carries the desk's label ("Balie 1"), given to the device
-- that redeems it unless the desk names itself.
ALTER TABLE enrolment_codes ADD COLUMN label text;
