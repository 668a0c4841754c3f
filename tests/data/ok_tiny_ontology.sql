-- ok_tiny_ontology.sql - a hand-written ontology of three occupations and
-- five skills for unit tests that must not depend on the importer.
INSERT INTO concept(id, uri, kind, code, isco_group, skill_type, reuse_level, status) VALUES
 (1, 'urn:t:occ:nurse', 1, '2221.1', '2221', 0, 0, 'released'),
 (2, 'urn:t:occ:carer', 1, '5322.1', '5322', 0, 0, 'released'),
 (3, 'urn:t:occ:welder', 1, '7212.1', '7212', 0, 0, 'released'),
 (10, 'urn:t:skill:care', 2, NULL, NULL, 2, 3, 'released'),
 (11, 'urn:t:skill:meds', 2, NULL, NULL, 2, 4, 'released'),
 (12, 'urn:t:skill:hygiene', 2, NULL, NULL, 1, 2, 'released'),
 (13, 'urn:t:skill:weld', 2, NULL, NULL, 2, 4, 'released'),
 (14, 'urn:t:skill:teamwork', 2, NULL, NULL, 2, 1, 'released'),
 (20, 'urn:t:group:health', 3, 'S1', NULL, 0, 0, 'released'),
 (30, 'urn:t:isco:2221', 4, '2221', NULL, 0, 0, 'released');
INSERT INTO label(concept, lang, role, text) VALUES
 (1, 'en', 0, 'nurse'), (1, 'nl', 0, 'verpleegkundige'), (1, 'en', 1, 'registered nurse'),
 (1, 'nl', 1, 'verpleger'), (1, 'en', 2, 'nurce'),
 (2, 'en', 0, 'care assistant'), (2, 'nl', 0, 'verzorgende'),
 (3, 'en', 0, 'welder'), (3, 'nl', 0, 'lasser'),
 (10, 'en', 0, 'provide patient care'), (10, 'nl', 0, 'patiëntenzorg verlenen'),
 (11, 'en', 0, 'administer medication'), (12, 'en', 0, 'hygiene'),
 (13, 'en', 0, 'weld metal'), (13, 'nl', 0, 'metaal lassen'), (14, 'en', 0, 'work in a team'),
 (20, 'en', 0, 'health care'), (30, 'en', 0, 'Nursing professionals');
INSERT INTO note(concept, lang, kind, text) VALUES
 (1, 'en', 'description', 'Nurses care for patients.'),
 (1, 'nl', 'description', 'Verpleegkundigen verzorgen patiënten.');
INSERT INTO broader(concept, broader) VALUES (1, 30), (10, 20), (11, 20), (12, 20);
INSERT INTO occupation_skill(occupation, skill, essential) VALUES
 (1, 10, 1), (1, 11, 1), (1, 12, 0), (1, 14, 0),
 (2, 10, 1), (2, 12, 1), (2, 14, 0),
 (3, 13, 1), (3, 14, 0);
INSERT INTO skill_skill(skill, related, essential) VALUES (10, 12, 0);
INSERT INTO collection(id, name, uri) VALUES (1, 'transversal', NULL), (2, 'green', NULL);
INSERT INTO collection_member(collection, concept) VALUES (1, 14);
INSERT INTO meta(key, value) VALUES ('taxonomy_version', 'tiny-1');
