-- The decision log is append-only: updates and deletes are refused by the database itself.
CREATE FUNCTION beslissing_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'het beslissingenlog is alleen aan te vullen';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER beslissing_geen_wijziging BEFORE UPDATE OR DELETE ON beslissing
    FOR EACH ROW EXECUTE FUNCTION beslissing_alleen_toevoegen();
