package nl.kansrijk.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import nl.kansrijk.io.input.Werkboeken;
import nl.kansrijk.io.output.AtomicFolder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Damage (or harmless change) done to the workbooks of an input folder that {@link #toWorkbooks} made from its
 * CSV files: cut or overwritten bytes, a renamed or an extra sheet, merged cells, a formula without stored result,
 * an Excel error value, the same table also left as CSV. A kind whose error must name a row is {@link #rowLevel()}.
 */
enum WorkbookMutation {

    /** Cuts a workbook short (a damaged zip). */
    TRUNCATE_WORKBOOK(false) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            byte[] b = in.bytes(f);
            int at = rnd.nextInt(Math.max(1, b.length));
            return new Mutation.Mutated(in.with(f, Arrays.copyOf(b, at)), name() + " " + f + " at byte " + at);
        }
    },
    /** Overwrites a run of bytes inside a workbook. */
    OVERWRITE_BYTES(false) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            byte[] b = in.bytes(f).clone();
            int at = rnd.nextInt(b.length);
            int n = 1 + rnd.nextInt(64);
            for (int k = at; k < Math.min(b.length, at + n); k++) {
                b[k] = (byte) rnd.nextInt(256);
            }
            return new Mutation.Mutated(in.with(f, b), name() + " " + f + " at byte " + at + " (" + n + ")");
        }
    },
    /** Renames a sheet to Excel's default name (in invoer.xlsx: its table is then missing). */
    RENAME_SHEET(false) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            return edit(in, f, rnd, (wb, s, r) -> {
                wb.setSheetName(wb.getSheetIndex(s), "Blad" + (wb.getSheetIndex(s) + 1));
                return "sheet " + s.getSheetName();
            });
        }
    },
    /** Puts an explanation sheet in front (harmless: sheets are found by name). */
    EXTRA_SHEET_FIRST(false) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            return edit(in, f, rnd, (wb, s, r) -> {
                Sheet t = wb.createSheet("Toelichting");
                t.createRow(0).createCell(0).setCellValue("kolommen: zie docs/input-format.md");
                if (wb.getSheetIndex(s.getSheetName()) == 0 && !f.equals("invoer.xlsx")) {
                    return "after"; // a one-sheet workbook keeps its sheet first, or the wrong sheet would be read
                }
                wb.setSheetOrder("Toelichting", 0);
                wb.setActiveSheet(0);
                wb.setSelectedTab(0);
                return "before " + s.getSheetName();
            });
        }
    },
    /** Merges a data cell with the one below it. */
    MERGE_CELLS(true) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            return edit(in, f, rnd, (wb, s, r) -> {
                if (s.getLastRowNum() < 2) {
                    return null;
                }
                int row = 1 + r.nextInt(s.getLastRowNum() - 1);
                int col = r.nextInt(Math.max(1, s.getRow(0).getLastCellNum()));
                s.addMergedRegion(new CellRangeAddress(row, row + 1, col, col));
                return "rows " + (row + 1) + "-" + (row + 2) + " column " + (col + 1);
            });
        }
    },
    /** Turns a data cell into a formula without a stored result. */
    FORMULA_WITHOUT_RESULT(true) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            return onDataCell(in, f, rnd, c -> {
                c.setCellFormula("1+1");
                XSSFCell x = (XSSFCell) c;
                if (x.getCTCell().isSetV()) {
                    x.getCTCell().unsetV();
                }
            });
        }
    },
    /** Puts Excel's #N/A into a data cell. */
    ERROR_VALUE(true) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            return onDataCell(in, f, rnd, c -> c.setCellErrorValue(FormulaError.NA.getCode()));
        }
    },
    /** Leaves a table in the folder as CSV too (refused: which one counts?). */
    ALSO_AS_CSV(false) {
        @Override
        Mutation.Mutated apply(InputFiles in, String f, Random rnd) {
            return null; // applied by toWorkbooks, which still has the CSV files
        }
    };

    private final boolean rowLevel;

    WorkbookMutation(boolean rowLevel) {
        this.rowLevel = rowLevel;
    }

    boolean rowLevel() {
        return rowLevel;
    }

    /** Applies this damage to workbook {@code f}; {@code null} when it does not apply. */
    abstract Mutation.Mutated apply(InputFiles in, String f, Random rnd);

    /**
     * The folder with its CSV files replaced by workbooks made from them (typed as Excel types cells): one
     * invoer.xlsx or one workbook per file. {@code keepCsv} leaves one CSV file beside its workbook. {@code null}
     * when a CSV file is too damaged to be converted.
     */
    static Mutation.Mutated toWorkbooks(InputFiles in, Random rnd, boolean keepCsv) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("fuzz-xlsx");
            Path csv = tmp.resolve("csv");
            in.write(csv);
            boolean one = rnd.nextBoolean();
            Path out = one ? Werkboeken.alsEenWerkboek(csv, tmp.resolve("xlsx"))
                    : Werkboeken.alsWerkboekPerBestand(csv, tmp.resolve("xlsx"));
            InputFiles converted = InputFiles.read(out);
            String description = one ? "one invoer.xlsx" : "a workbook per file";
            if (keepCsv && !in.csvNames().isEmpty()) {
                String f = Mutation.pick(in.csvNames(), rnd);
                converted = converted.with(f, in.bytes(f));
                description += ", " + f + " kept as well";
            }
            return new Mutation.Mutated(converted, description);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return null;
        } finally {
            if (tmp != null) {
                try {
                    AtomicFolder.deleteRecursively(tmp);
                } catch (IOException e) {
                    // a temporary folder left behind does not change the outcome
                }
            }
        }
    }

    /** The workbooks of a folder. */
    static List<String> workbooks(InputFiles in) {
        return in.names().stream().filter(n -> n.endsWith(".xlsx")).toList();
    }

    interface Edit {
        String edit(XSSFWorkbook wb, Sheet sheet, Random rnd);
    }

    /** Loads the workbook, edits one random sheet, saves it; {@code null} when it does not apply. */
    static Mutation.Mutated edit(InputFiles in, String f, Random rnd, Edit edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(in.bytes(f)))) {
            if (wb.getNumberOfSheets() == 0) {
                return null;
            }
            Sheet s = wb.getSheetAt(rnd.nextInt(wb.getNumberOfSheets()));
            String what = edit.edit(wb, s, rnd);
            if (what == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return new Mutation.Mutated(in.with(f, out.toByteArray()), f + " " + what);
        } catch (IOException | RuntimeException e) {
            return null; // an already damaged workbook cannot be edited
        }
    }

    private static Mutation.Mutated onDataCell(InputFiles in, String f, Random rnd, java.util.function.Consumer<Cell> change) {
        return edit(in, f, rnd, (wb, s, r) -> {
            if (s.getLastRowNum() < 1 || s.getRow(0) == null) {
                return null;
            }
            int row = 1 + r.nextInt(s.getLastRowNum());
            int col = r.nextInt(Math.max(1, s.getRow(0).getLastCellNum()));
            Row rw = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
            Cell c = rw.getCell(col) == null ? rw.createCell(col) : rw.getCell(col);
            change.accept(c);
            return "sheet " + s.getSheetName() + " row " + (row + 1) + " column " + (col + 1);
        });
    }
}
