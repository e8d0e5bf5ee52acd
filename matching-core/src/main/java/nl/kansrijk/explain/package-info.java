/**
 * Explanation and advice (toelichting en advies): why a household is linked where it is, the top gemeenten
 * for a new household against the current plan, the cost of overriding the advice, the evaluation of a plan
 * made elsewhere. Everything is computed with the rule functions of {@link nl.kansrijk.rules.Regels} through
 * {@link nl.kansrijk.rules.Bijdragen}, the same ones the solver's constraints use, so it never disagrees with
 * the score.
 */
package nl.kansrijk.explain;
