-- The decision log and the input versions stay append-only, with one exception, the retention term: an update may only
-- remove a reason (reden and reden_zout to NULL, reden_verwijderd_op set, on a row whose chain entry covers the
-- reason by its hash) or empty an input file (inhoud_base64 to '', verwijderd_op set), and must leave every other
-- column as it was. Deletes and TRUNCATE stay refused. The runtime role gets UPDATE on those columns only
-- (Databaserollen).
CREATE FUNCTION beslissing_alleen_bewaartermijn() RETURNS trigger AS $$
BEGIN
    IF OLD.reden_verwijderd_op IS NULL AND NEW.reden_verwijderd_op IS NOT NULL AND OLD.reden_sha256 IS NOT NULL
            AND NEW.reden IS NULL AND NEW.reden_zout IS NULL
            AND (to_jsonb(OLD) - 'reden' - 'reden_zout' - 'reden_verwijderd_op')
                = (to_jsonb(NEW) - 'reden' - 'reden_zout' - 'reden_verwijderd_op') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'het beslissingenlog is alleen aan te vullen (de bewaartermijn mag alleen een reden verwijderen)';
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION invoerbestand_alleen_bewaartermijn() RETURNS trigger AS $$
BEGIN
    IF OLD.verwijderd_op IS NULL AND NEW.verwijderd_op IS NOT NULL AND NEW.inhoud_base64 = ''
            AND (to_jsonb(OLD) - 'inhoud_base64' - 'verwijderd_op') = (to_jsonb(NEW) - 'inhoud_base64' - 'verwijderd_op') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'het auditlog (invoerversie_bestand) is alleen aan te vullen (de bewaartermijn mag alleen de inhoud legen)';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER beslissing_geen_wijziging ON beslissing;
CREATE TRIGGER beslissing_geen_wijziging BEFORE UPDATE ON beslissing
    FOR EACH ROW EXECUTE FUNCTION beslissing_alleen_bewaartermijn();
CREATE TRIGGER beslissing_geen_verwijdering BEFORE DELETE ON beslissing
    FOR EACH ROW EXECUTE FUNCTION beslissing_alleen_toevoegen();

DROP TRIGGER invoerversie_bestand_geen_wijziging ON invoerversie_bestand;
CREATE TRIGGER invoerversie_bestand_geen_wijziging BEFORE UPDATE ON invoerversie_bestand
    FOR EACH ROW EXECUTE FUNCTION invoerbestand_alleen_bewaartermijn();
CREATE TRIGGER invoerversie_bestand_geen_verwijdering BEFORE DELETE ON invoerversie_bestand
    FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
