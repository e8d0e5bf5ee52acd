package nl.kansrijk.io.input;

import java.util.List;

import nl.kansrijk.io.InputException;

/** Bad input with more than one problem: carries every problem found, each located in its file, line and column. */
public class InputProblemsException extends InputException {

    private final transient List<InputException> problems;

    public InputProblemsException(List<InputException> problems) {
        super(null, 0, null, null, summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<InputException> problems() {
        return problems;
    }

    /** The problems as one exception: the single problem itself, or this class for several. */
    static InputException of(List<InputException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        return problems.size() == 1 ? problems.get(0) : new InputProblemsException(problems);
    }

    /** The problems inside any input exception: the list for this class, else the exception alone. */
    public static List<InputException> problemsOf(InputException e) {
        return e instanceof InputProblemsException p ? p.problems() : List.of(e);
    }

    private static String summary(List<InputException> problems) {
        StringBuilder sb = new StringBuilder().append(problems.size()).append(" problemen in de invoer:");
        for (InputException p : problems) {
            sb.append("\n- ").append(p.getMessage());
        }
        return sb.toString();
    }
}
