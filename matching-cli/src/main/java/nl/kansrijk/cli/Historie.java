package nl.kansrijk.cli;

import java.nio.file.Path;
import java.util.List;

import nl.kansrijk.io.InputException;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.InvalidProblemException;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.ProblemValidator;
import nl.kansrijk.model.Periode;
import nl.kansrijk.simulate.Verwachting;

/**
 * Reads {@code --history DIR}: an earlier period's input folder whose households (with vergunningdatum; their
 * koppelingen ignored) are the profile mix later arrivals are drawn from. They must fit this problem's gemeenten,
 * azcs and zorglocaties; a mismatch exits with code 2 naming the folder.
 */
final class Historie {

    private Historie() {
    }

    /** The expectation to draw from: the history's households, or the profile mix seen so far when {@code dir} is null. */
    static Verwachting lees(Path dir, MatchingProblem probleem, ReadOptions opties) {
        if (dir == null) {
            return Verwachting.PROFIELMIX;
        }
        InputFolder in = ProblemReader.read(dir, opties);
        List<Huishouden> huishoudens = in.problem().huishoudens().stream().filter(h -> h.vergunningdatum() != null)
                .map(h -> h.metGekoppeldGemeente(null)).toList();
        if (huishoudens.isEmpty()) {
            throw new InputException(dir.resolve("huishoudens.csv"),
                    "--history: geen huishoudens met een vergunningdatum in " + dir.resolve("huishoudens.csv"));
        }
        try {
            ProblemValidator.requireValid(probleem.withHuishoudens(huishoudens));
            return Verwachting.uitHistorie(huishoudens, Periode.van(in.problem().effectievePeriode()));
        } catch (InvalidProblemException | IllegalArgumentException e) {
            throw new InputException(dir.resolve("huishoudens.csv"), "--history " + dir
                    + ": de huishoudens passen niet bij de gemeenten/azc's van " + "de invoer: " + e.getMessage());
        }
    }
}
