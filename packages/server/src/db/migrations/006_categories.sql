-- The national categories as versioned data. Each imported categories file is kept whole, by
-- version; the one in force on a date is the latest whose valid_from is on or before it. While
-- none is imported, the feed's taxonomy (or the SDK's default) is in force.
CREATE TABLE categories (
  version text PRIMARY KEY,
  valid_from date NOT NULL,
  doc jsonb NOT NULL,
  imported_at timestamptz NOT NULL
);

-- Where ids of earlier versions count now: `list` is the categories list (`themes`,
-- `organisations`, `help`, `notHelpedReasons`, `partnerKinds`, `channels`), `old_id` an id a
-- registration may carry, `new_id` the id of the newest version it counts under, `version` the
-- version that renamed it. Rebuilt from every version's `formerIds` at each import.
CREATE TABLE category_ids (
  list text NOT NULL,
  old_id text NOT NULL,
  new_id text NOT NULL,
  version text NOT NULL,
  PRIMARY KEY (list, old_id)
);

-- Registrations keep what they were made with: the categories version (filled by the server
-- with the version in force on the visit's date when a client leaves it out; NULL for
-- registrations stored before this migration) and each question's follow-up answers.
ALTER TABLE registrations ADD COLUMN categories_version text;
ALTER TABLE registration_questions ADD COLUMN follow_up jsonb;

-- The ids a registration's list of categories counts under now, each once (two old ids merged
-- into one count once).
CREATE FUNCTION counted_categories(list text, ids text[]) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(array_agg(DISTINCT COALESCE(c.new_id, i)), '{}')
  FROM unnest($2) AS i LEFT JOIN category_ids c ON c.list = $1 AND c.old_id = i
$$;

-- Registration questions as statistics count them: the raw rows stay as registered (they are
-- append-only), ids of earlier categories versions read as the ids they count under now.
-- Same columns as registration_questions, so a query swaps one name for the other. Single ids
-- are joined (a hash join on a small table); a list of ids is mapped only when it holds a
-- renamed id (the renamed ids are gathered once per query), so rows without one, and a server
-- that never renamed anything, count exactly as before.
CREATE VIEW counted_questions AS
SELECT q.registration_id, q.position, q.question_type, q.government_level,
  CASE WHEN q.organisations && (SELECT array_agg(old_id) FROM category_ids
                                WHERE list = 'organisations')
    THEN counted_categories('organisations', q.organisations) ELSE q.organisations END
    AS organisations,
  CASE WHEN q.themes && (SELECT array_agg(old_id) FROM category_ids WHERE list = 'themes')
    THEN counted_categories('themes', q.themes) ELSE q.themes END AS themes,
  COALESCE(h.new_id, q.help) AS help,
  q.referral_partner_id,
  COALESCE(k.new_id, q.referral_partner_kind) AS referral_partner_kind,
  q.referral_warm,
  COALESCE(n.new_id, q.not_helped_reason) AS not_helped_reason,
  q.follow_up
FROM registration_questions q
LEFT JOIN category_ids h ON h.list = 'help' AND h.old_id = q.help
LEFT JOIN category_ids k ON k.list = 'partnerKinds' AND k.old_id = q.referral_partner_kind
LEFT JOIN category_ids n ON n.list = 'notHelpedReasons' AND n.old_id = q.not_helped_reason;
