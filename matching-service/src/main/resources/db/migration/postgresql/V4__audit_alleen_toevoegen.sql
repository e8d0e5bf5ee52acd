-- The audit tables are append-only: updates, deletes and TRUNCATE (a statement trigger: row triggers do not see
-- it) are refused, on the decision log and on every table of V3. The owner of the tables could still drop these
-- triggers: run the werkbank as a runtime role that does not own them (docs/service.md, "Databaserollen").
CREATE FUNCTION audit_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'het auditlog (%) is alleen aan te vullen', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER beslissing_geen_truncate BEFORE TRUNCATE ON beslissing
    FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();

CREATE TRIGGER invoerversie_geen_wijziging BEFORE UPDATE OR DELETE ON invoerversie
    FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER invoerversie_geen_truncate BEFORE TRUNCATE ON invoerversie
    FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER invoerversie_bestand_geen_wijziging BEFORE UPDATE OR DELETE ON invoerversie_bestand
    FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER invoerversie_bestand_geen_truncate BEFORE TRUNCATE ON invoerversie_bestand
    FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER gebeurtenis_geen_wijziging BEFORE UPDATE OR DELETE ON gebeurtenis
    FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER gebeurtenis_geen_truncate BEFORE TRUNCATE ON gebeurtenis
    FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER keten_geen_wijziging BEFORE UPDATE OR DELETE ON keten
    FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER keten_geen_truncate BEFORE TRUNCATE ON keten
    FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
