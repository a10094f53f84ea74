-- An audit of deliveries: the gateway sends a request's records with the plan's first csec fetch,
-- before it knows what the answer will deliver. When the answer then delivers less than they say
-- was disclosed (a subgraph did not answer, nothing was executed), the gateway appends the request's
-- records again, as delivered, in one record with `amends_request_id` naming the request: the
-- accounting of disclosures shows that record and no longer any earlier record of that request (an
-- answer then not sent after all is amended once more). Nothing is rewritten: all stay in the chain.
--
-- Existing rows are only read; the column is null in every record written before, and is left out
-- of a record's hash while null (subgraphs/csec/src/disclosure-audit.ts), so they still verify.
ALTER TABLE disclosure_record ADD COLUMN amends_request_id text;

-- Whether a record was amended: looked up for each record an accounting lists.
CREATE INDEX disclosure_record_amends ON disclosure_record (amends_request_id) WHERE amends_request_id IS NOT NULL;
