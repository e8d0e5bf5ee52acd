-- Decisions per household (issue 32): a decision conflicts only when its household, or the room in its chosen
-- gemeente, changed since the regievoerder looked. For that each decision keeps the plan version it made and the
-- gemeente the household left; a request's Idempotency-Key is kept so that a repeat records no second decision.
ALTER TABLE beslissing ADD COLUMN nieuwe_versie BIGINT;
ALTER TABLE beslissing ADD COLUMN vorige_gemeente VARCHAR(6);
ALTER TABLE beslissing ADD COLUMN idempotentie_sleutel VARCHAR(100);
CREATE UNIQUE INDEX beslissing_idempotentie ON beslissing (gebruiker, idempotentie_sleutel);
CREATE INDEX beslissing_nieuwe_versie ON beslissing (nieuwe_versie);

-- The plan version at which the current period was loaded: a look from before it saw another period.
ALTER TABLE plan_stand ADD COLUMN periode_versie BIGINT;
UPDATE plan_stand SET periode_versie = versie;
