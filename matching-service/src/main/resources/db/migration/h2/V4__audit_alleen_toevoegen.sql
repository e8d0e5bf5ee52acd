-- The audit tables of V3 are append-only like the decision log: updates and deletes are refused.
CREATE TRIGGER invoerversie_geen_wijziging BEFORE UPDATE, DELETE ON invoerversie FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenToevoegen';
CREATE TRIGGER invoerversie_bestand_geen_wijziging BEFORE UPDATE, DELETE ON invoerversie_bestand FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenToevoegen';
CREATE TRIGGER gebeurtenis_geen_wijziging BEFORE UPDATE, DELETE ON gebeurtenis FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenToevoegen';
CREATE TRIGGER keten_geen_wijziging BEFORE UPDATE, DELETE ON keten FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenToevoegen';
