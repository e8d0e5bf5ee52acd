-- The decision log is append-only: updates and deletes are refused by the database itself.
CREATE TRIGGER beslissing_geen_wijziging BEFORE UPDATE ON beslissing FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenToevoegen';
CREATE TRIGGER beslissing_geen_verwijdering BEFORE DELETE ON beslissing FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenToevoegen';
