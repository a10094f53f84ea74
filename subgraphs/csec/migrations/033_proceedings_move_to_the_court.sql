-- Court proceedings and their participants are the juvenile court's records: its subgraph keeps them
-- (juvenile-court migration 002) and serves them to the gateway as disclosure facts. The program keeps
-- no copy; their triggers on the facts version go with them.
DROP TABLE proceeding_participant;
DROP TABLE court_proceeding;
