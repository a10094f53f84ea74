-- Every change of the disclosure facts is announced on the channel disclosure_facts_changed, with
-- the new version as payload, when its transaction commits (pg_notify). The csec subgraph passes it
-- on to the gateway, which stops deciding on facts it read before the change without waiting for
-- its next read: a consent revoked counts from the next request on, wherever it was written.
CREATE OR REPLACE FUNCTION disclosure_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed bigint;
BEGIN
  UPDATE disclosure_facts_version SET version = version + 1 RETURNING version INTO changed;
  PERFORM pg_notify('disclosure_facts_changed', changed::text);
  RETURN NULL;
END
$$;
