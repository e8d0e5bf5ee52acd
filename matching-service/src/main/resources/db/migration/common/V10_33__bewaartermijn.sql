-- Retention of old periods (issue 33 part 7, docs/privacy.md): a decision's reason and an old input version's files
-- can be removed when their period is past its term, without breaking the hash chain. From here on a chain entry
-- (form 2, keten.vorm) covers a decision's reason by its salted SHA-256 (reden_sha256 = SHA-256(reden_zout + reden)),
-- not by its text: the retention removes the reason and its salt and keeps the hash, so the chain still verifies
-- while the text can no longer be guessed back from it. Entries from before (vorm NULL) cover the text itself.
ALTER TABLE keten ADD COLUMN vorm INTEGER;
ALTER TABLE beslissing ADD COLUMN reden_zout CHAR(32);
ALTER TABLE beslissing ADD COLUMN reden_sha256 CHAR(64);
ALTER TABLE beslissing ADD COLUMN reden_verwijderd_op TIMESTAMP WITH TIME ZONE;
-- An old input version's files: the content is emptied, name and SHA-256 stay (the events' file hashes refer to them).
ALTER TABLE invoerversie_bestand ADD COLUMN verwijderd_op TIMESTAMP WITH TIME ZONE;
