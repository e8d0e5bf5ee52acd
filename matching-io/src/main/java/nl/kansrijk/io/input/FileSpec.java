package nl.kansrijk.io.input;

import java.util.List;

/**
 * How one input table (a CSV file or a workbook sheet) must look.
 *
 * @param name file name in the input folder
 * @param required columns that must be in the header (their cells may still be optional)
 * @param optional columns that may be left out of the header
 * @param keepExtraColumns keep unknown columns as household attributes (kenmerken) instead of ignoring them
 * @param echoValues whether error messages may repeat a cell's value; false for files about households,
 *        whose messages name only the pseudonymous household id
 * @param maxRows most data rows accepted
 */
record FileSpec(String name, List<String> required, List<String> optional, boolean keepExtraColumns,
        boolean echoValues, int maxRows) {

    /** A file of public reference data (gemeenten, regions, azcs, …) whose values may be echoed. */
    static FileSpec reference(String name, List<String> required, List<String> optional) {
        return new FileSpec(name, required, optional, false, true, Integer.MAX_VALUE);
    }

    /** Whether a column is one of the file's own. */
    boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }
}
