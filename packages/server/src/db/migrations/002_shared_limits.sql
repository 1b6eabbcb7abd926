-- State that every replica on one PostgreSQL database shares, so limits do not multiply with
-- the number of replicas behind a load balancer. (PGlite runs one process and keeps these in
-- memory; the tables exist there too, unused.)

-- Rate-limit token buckets. `key` is "<limit>:<salted hash>" of a client address or a device
-- id: the address itself is never stored, and the salt (below) never leaves the database.
CREATE TABLE rate_limit_buckets (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  at_ms bigint NOT NULL
);

-- The geocoder's answers (PDOK), by normalised query: `result` is null for "not found".
CREATE TABLE geocode_cache (
  key text PRIMARY KEY,
  result jsonb,
  at_ms bigint NOT NULL
);

-- Secrets made by the server itself (the salt of rate-limit keys).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
