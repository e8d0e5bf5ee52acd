package nl.kansrijk.solve;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import java.util.function.ToLongBiFunction;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;

/**
 * The placement rules wired into constraint streams. Each method is one rule of {@code docs/model.md};
 * the points come from {@link Regels}, the weights from the plan's constraint weight overrides.
 */
public class KoppelingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                taakstelling(factory),
                eerstegraadsfamilie(factory),
                medischeZorg(factory),
                werkOfOpleiding(factory),
                nareiziger(factory),
                uitgesloten(factory),
                voorrangGebonden(factory),
                nietGeplaatst(factory),
                regioadvies(factory),
                sectorvraag(factory),
                azcNabijheid(factory),
                voorkeur(factory),
                netwerk(factory),
                woningaanbod(factory),
                woning(factory),
                uitkomstkans(factory),
                balans(factory),
                groepsgelijkheid(factory)
        };
    }

    // ---- hard ----

    Constraint taakstelling(ConstraintFactory factory) {
        return factory.forEach(Plaatsingseenheid.class)
                .groupBy(Plaatsingseenheid::getBestemming, sum(Plaatsingseenheid::getPersonen),
                        sum(Plaatsingseenheid::getGebondenPersonen))
                .filter((bestemming, last, gebonden) -> Regels.taakstelling(bestemming, last, gebonden) > 0)
                .penalize(Regel.TAAKSTELLING.gewichtScore(Regel.TAAKSTELLING.standaardGewicht()), Regels::taakstelling)
                .asConstraint(Regel.TAAKSTELLING.id());
    }

    Constraint eerstegraadsfamilie(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.EERSTEGRAADSFAMILIE, Regels::eerstegraadsfamilie);
    }

    Constraint medischeZorg(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.MEDISCHE_ZORG, Regels::medischeZorg);
    }

    Constraint werkOfOpleiding(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.WERK_OF_OPLEIDING, Regels::werkOfOpleiding);
    }

    Constraint nareiziger(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.NAREIZIGER, Regels::nareiziger);
    }

    Constraint uitgesloten(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.UITGESLOTEN, Regels::uitgesloten);
    }

    Constraint voorrangGebonden(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Plaatsingseenheid.class)
                .filter(p -> p.getBestemming() == null && p.getFamilieBestemming() != null)
                .ifExists(Plaatsingseenheid.class,
                        Joiners.equal(Plaatsingseenheid::getFamilieBestemming, Plaatsingseenheid::getBestemming),
                        Joiners.filtering((nareiziger, vrij) -> vrij.getGebondenPersonen() == 0))
                .penalize(Regel.VOORRANG_GEBONDEN.gewichtScore(Regel.VOORRANG_GEBONDEN.standaardGewicht()),
                        Regels::voorrangGebonden)
                .asConstraint(Regel.VOORRANG_GEBONDEN.id());
    }

    // ---- medium ----

    Constraint nietGeplaatst(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Plaatsingseenheid.class)
                .filter(p -> p.getBestemming() == null)
                .penalize(Regel.NIET_GEPLAATST.gewichtScore(Regel.NIET_GEPLAATST.standaardGewicht()), Regels::nietGeplaatst)
                .asConstraint(Regel.NIET_GEPLAATST.id());
    }

    // ---- soft ----

    Constraint regioadvies(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.REGIOADVIES, Regels::regioadvies);
    }

    Constraint sectorvraag(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.SECTORVRAAG, Regels::sectorvraag);
    }

    Constraint azcNabijheid(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.AZC_NABIJHEID, Regels::azcNabijheid);
    }

    Constraint voorkeur(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.VOORKEUR, Regels::voorkeur);
    }

    Constraint netwerk(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.NETWERK, Regels::netwerk);
    }

    Constraint woningaanbod(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.WONINGAANBOD, Regels::woningaanbod);
    }

    Constraint woning(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.WONING, Regels::woning);
    }

    Constraint uitkomstkans(ConstraintFactory factory) {
        return perHuishouden(factory, Regel.UITKOMSTKANS, Regels::uitkomstkans);
    }

    Constraint balans(ConstraintFactory factory) {
        return factory.forEach(Plaatsingseenheid.class)
                .groupBy(Plaatsingseenheid::getBestemming, sum(Plaatsingseenheid::getPersonen))
                .complement(Bestemming.class, bestemming -> 0L)
                .penalize(Regel.BALANS.gewichtScore(Regel.BALANS.standaardGewicht()), Regels::balans)
                .asConstraint(Regel.BALANS.id());
    }

    Constraint groepsgelijkheid(ConstraintFactory factory) {
        return factory.forEach(Plaatsingseenheid.class)
                .filter(p -> p.getBestemming() != null && p.heeftGroep())
                .flatten(Plaatsingseenheid::getGroepsdelen)
                .groupBy((p, d) -> d.groep(), (p, d) -> p.getGroepReferentie(),
                        sum((Plaatsingseenheid p, Groepsdeel d) -> d.zacht(p.getBestemming())),
                        sum((Plaatsingseenheid p, Groepsdeel d) -> (long) d.personen()))
                .filter((groep, referentie, z, n) -> Regels.groepsgelijkheid(referentie, z, n) > 0)
                .penalize(Regel.GROEPSGELIJKHEID.gewichtScore(Regel.GROEPSGELIJKHEID.standaardGewicht()),
                        (groep, referentie, z, n) -> Regels.groepsgelijkheid(referentie, z, n))
                .asConstraint(Regel.GROEPSGELIJKHEID.id());
    }

    /** A rule judged per placed household: reward or penalise its points when they are not 0. */
    private static Constraint perHuishouden(ConstraintFactory factory, Regel regel,
            ToLongBiFunction<Plaatsingseenheid, Bestemming> punten) {
        var stream = factory.forEach(Plaatsingseenheid.class)
                .filter(p -> punten.applyAsLong(p, p.getBestemming()) != 0);
        var gewicht = regel.gewichtScore(regel.standaardGewicht());
        return (regel.isBeloning()
                ? stream.reward(gewicht, p -> punten.applyAsLong(p, p.getBestemming()))
                : stream.penalize(gewicht, p -> punten.applyAsLong(p, p.getBestemming())))
                .asConstraint(regel.id());
    }
}
