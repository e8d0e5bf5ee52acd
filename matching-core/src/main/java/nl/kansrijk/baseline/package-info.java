/**
 * Placement policies (plaatsingsbeleid) to compare on the same input: the engine and the baselines a researcher
 * holds it against (random, greedy first-come-first-served, proportional fill). Every policy's plan is scored with
 * the same rules, so its metrics sit beside the engine's in every table. See {@code docs/research.md}.
 */
package nl.kansrijk.baseline;
