package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as one {@code .xlsx} workbook, a sheet per table, with Apache POI's streaming writer (SXSSF: rows
 * go to disk as they are written): a bold, frozen header row with a filter, column widths fitted to the content
 * (at most 60 characters), numbers as numbers and dates as dates. Deterministic: the workbook carries a fixed
 * creation date and every zip entry a fixed time, so the same tables give the same bytes.
 */
public final class XlsxWriter {

    /** The workbook of the output folder. */
    public static final String UITVOER = "uitvoer.xlsx";

    /** The time stamp of every zip entry and the workbook's creation date: 2000-01-01T00:00:00Z. */
    static final long VASTE_TIJD = 946_684_800_000L;

    private static final java.time.LocalDateTime VASTE_ZIPTIJD = java.time.LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final int MAX_BREEDTE = 60;

    private XlsxWriter() {
    }

    /** Writes {@code tabellen} into {@code file}, one sheet each, in order. */
    public static void write(Path file, List<Tabel> tabellen) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(tmp, out, tabellen);
        }
    }

    /**
     * Writes {@code tabellen} as a workbook to {@code out} (left open), one sheet each, in order. The workbook
     * passes through a temporary file: its entries get their fixed times from a zip read by its directory.
     */
    public static void write(OutputStream out, List<Tabel> tabellen) throws IOException {
        write(Files.createTempFile("kansrijk-uitvoer", ".xlsx"), out, tabellen);
    }

    /** Writes the workbook into {@code tmp}, copies it with fixed times to {@code out}, and removes {@code tmp}. */
    private static void write(Path tmp, OutputStream out, List<Tabel> tabellen) throws IOException {
        try {
            try (OutputStream raw = Files.newOutputStream(tmp)) {
                writeWorkbook(raw, tabellen);
            }
            vasteTijden(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeWorkbook(OutputStream bytes, List<Tabel> tabellen) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, true);
        try {
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(new Date(VASTE_TIJD)));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("kansrijk");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle kop = wb.createCellStyle();
            kop.setFont(bold);
            CellStyle datum = wb.createCellStyle();
            datum.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Tabel t : tabellen) {
                blad(wb, t, kop, datum);
            }
            wb.write(bytes);
        } finally {
            wb.dispose(); // removes SXSSF's temporary row files
            wb.close();
        }
    }

    private static void blad(SXSSFWorkbook wb, Tabel t, CellStyle kop, CellStyle datum) {
        SXSSFSheet sheet = wb.createSheet(t.blad());
        int n = t.kolommen().size();
        int[] breedte = new int[n];
        Row header = sheet.createRow(0);
        for (int i = 0; i < n; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(t.kolommen().get(i));
            c.setCellStyle(kop);
            breedte[i] = t.kolommen().get(i).length() + 2; // room for the filter button
        }
        int r = 1;
        for (List<Object> rij : t.rijen()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < rij.size(); i++) {
                Object v = rij.get(i);
                if (v == null || (v instanceof String s && s.isEmpty())) {
                    continue;
                }
                Cell c = row.createCell(i);
                String shown;
                if (v instanceof BigDecimal b) {
                    c.setCellValue(b.doubleValue());
                    shown = b.toPlainString();
                } else if (v instanceof Number num) {
                    c.setCellValue(num.doubleValue());
                    shown = num.toString();
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    c.setCellStyle(datum);
                    shown = d.toString();
                } else {
                    shown = FormulaGuard.tekst(v.toString());
                    c.setCellValue(shown);
                }
                if (i < n) {
                    breedte[i] = Math.max(breedte[i], Math.min(MAX_BREEDTE, shown.length()));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            sheet.setColumnWidth(i, (Math.min(MAX_BREEDTE, breedte[i]) + 1) * 256);
        }
        try {
            sheet.flushRows(); // now, not at write time: shared strings then number in sheet order, the same every run
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        sheet.createFreezePane(0, 1);
        if (n > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, n - 1));
        }
    }

    /** Copies a zip with every entry's time set to {@link #VASTE_TIJD}, in the same order. */
    static void vasteTijden(Path zip, OutputStream target) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile())) {
            ZipOutputStream out = new ZipOutputStream(target);
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(VASTE_ZIPTIJD); // a local time: the same bytes in every time zone
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
        }
    }
}
