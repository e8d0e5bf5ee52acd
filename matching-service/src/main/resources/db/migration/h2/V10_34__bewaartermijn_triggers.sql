-- The decision log and the input versions stay append-only, with one exception, the retention term: an update may only
-- remove a reason (reden and reden_zout to NULL, reden_verwijderd_op set) or empty an input file (inhoud_base64 to
-- '', verwijderd_op set), and must leave every other column as it was (AlleenBewaartermijn). Deletes stay refused.
DROP TRIGGER beslissing_geen_wijziging;
CREATE TRIGGER beslissing_geen_wijziging BEFORE UPDATE ON beslissing FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenBewaartermijn';
DROP TRIGGER invoerversie_bestand_geen_wijziging;
CREATE TRIGGER invoerversie_bestand_geen_wijziging BEFORE UPDATE ON invoerversie_bestand FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenBewaartermijn';
CREATE TRIGGER invoerversie_bestand_geen_verwijdering BEFORE DELETE ON invoerversie_bestand FOR EACH ROW CALL 'nl.kansrijk.service.opslag.AlleenToevoegen';
