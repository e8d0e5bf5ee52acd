package nl.kansrijk.service.opslag;

import java.time.OffsetDateTime;

/**
 * One decision of a regievoerder in the append-only log: a koppeling chosen, with the advice it was made against.
 *
 * @param id the log's sequence number
 * @param tijd when it was recorded
 * @param gebruiker the pseudonymous user id
 * @param periode the period (2026-H1)
 * @param planVersie the plan version the decision was made on
 * @param huishoudenId the household
 * @param gekozenGemeente the gemeente chosen
 * @param geadviseerdeGemeente the first advice at that moment, or {@code null} when no gemeente was allowed
 * @param rang the chosen gemeente's rank in the advice (1 = the advice)
 * @param kostenPerRegel JSON object: rule id to points the choice costs against the advice (empty when it is the advice)
 * @param reden the reason given, or {@code null} when the advice was followed without one
 * @param invoerversie the input version the decision was made on ({@code null} for decisions from before issue 33)
 */
public record Beslissing(long id, OffsetDateTime tijd, String gebruiker, String periode, long planVersie,
        String huishoudenId, String gekozenGemeente, String geadviseerdeGemeente, int rang, String kostenPerRegel,
        String reden, Long invoerversie) {
}
