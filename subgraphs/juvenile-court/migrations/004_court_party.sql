-- The court keys its records by its own party number for the youth, as every agency keys them by its
-- own identifier; the CSEC program links the party number to its youth (agency JUVENILE_COURT), and the
-- court never learns the program's id. The court gives a person one party number across all their
-- cases: a youth with a dependency case (W&IC 300) and a delinquency case (W&IC 602) is one party in
-- both, so a case number does not name the youth.
CREATE TABLE court_party (
  party_number text PRIMARY KEY
);

-- Records stored before keep the key they were stored under as their party number.
INSERT INTO court_party (party_number)
  SELECT youth_id FROM court_case
  UNION SELECT youth_id FROM inspection_order
  UNION SELECT youth_id FROM proceeding;

ALTER TABLE court_case RENAME COLUMN youth_id TO party_number;
ALTER TABLE court_case ADD FOREIGN KEY (party_number) REFERENCES court_party (party_number);
ALTER INDEX court_case_youth RENAME TO court_case_party;

ALTER TABLE inspection_order RENAME COLUMN youth_id TO party_number;
ALTER TABLE inspection_order ADD FOREIGN KEY (party_number) REFERENCES court_party (party_number);
ALTER INDEX inspection_order_youth RENAME TO inspection_order_party;

ALTER TABLE proceeding RENAME COLUMN youth_id TO party_number;
ALTER TABLE proceeding ADD FOREIGN KEY (party_number) REFERENCES court_party (party_number);
ALTER INDEX proceeding_youth RENAME TO proceeding_party;
