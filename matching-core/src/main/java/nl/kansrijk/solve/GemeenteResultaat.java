package nl.kansrijk.solve;

import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.rules.Bijdragen;

/**
 * A gemeente's progress in a plan: its taakstelling, the persons linked to it now and what remains.
 *
 * @param gemeente the gemeente
 * @param taakstelling its taakstelling, achterstand and gerealiseerd for the period
 * @param capaciteit places for the input's households: taakstelling + achterstand − gerealiseerd + tolerance
 * @param gekoppeldePersonen persons linked now (pinned included)
 * @param vastePersonen persons of pinned and nareiziger households bound to this gemeente
 * @param bijdragen the gemeente-level score contributions (taakstelling, balans)
 */
public record GemeenteResultaat(Gemeente gemeente, Taakstelling taakstelling, long capaciteit, long gekoppeldePersonen,
        long vastePersonen, Bijdragen bijdragen) {

    /** Places still open: capaciteit − gekoppeldePersonen (negative when overfilled). */
    public long resterend() {
        return capaciteit - gekoppeldePersonen;
    }

    /** Fill ratio: (gerealiseerd + linked now) / (taakstelling + achterstand); 0 when that is not positive. */
    public double vulgraad() {
        int opgave = taakstelling.opgave();
        return opgave <= 0 ? 0.0 : (taakstelling.gerealiseerd() + gekoppeldePersonen) / (double) opgave;
    }

    /** Persons beyond what the gemeente may take that pinned and nareiziger households alone cause. */
    public long overvullingDoorVastePersonen() {
        return Math.max(0, vastePersonen - capaciteit);
    }
}
