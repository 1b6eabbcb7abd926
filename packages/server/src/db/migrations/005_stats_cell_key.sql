-- The secret behind the record keys of the statistics' cell-key perturbation (issue 20): a
-- registration's key is the first 32 bits of md5(secret || id), so the same registrations
-- always give the same published counts, across restarts and replicas. Made once, here, from
-- two random UUIDs (gen_random_uuid draws from a cryptographic source); it never leaves the
-- database: no answer, log or export contains it. Changing it would change every published
-- count at once, and old and new answers could then be combined; so it is never rotated.
CREATE TABLE stats_secret (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  secret text NOT NULL
);
INSERT INTO stats_secret (secret)
  VALUES (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
