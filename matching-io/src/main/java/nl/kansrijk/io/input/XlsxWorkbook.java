package nl.kansrijk.io.input;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} workbook opened for reading its sheets as tables, with Apache POI's streaming reader
 * ({@link XSSFReader}: one sheet's XML is parsed as it is unzipped, never held as a whole). Cells are read as
 * Excel stores them: text as text; a number as its digits (an id stored as a number keeps them, never
 * {@code 1.0E5}); a number formatted as a date as {@code JJJJ-MM-DD}; a formula as its stored result. Refused
 * with a located message: an error value ({@code #N/A}), a formula without stored result, a whole number of more
 * than 15 digits (Excel has already rounded it) and merged cells. Not thread-safe; one read, then {@link #close}.
 */
final class XlsxWorkbook implements AutoCloseable {

    private final Path path;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<String> sheetNames;

    private XlsxWorkbook(Path path, OPCPackage pkg) throws Exception {
        this.path = path;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        this.date1904 = readDate1904(reader);
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
        this.sheetNames = List.copyOf(names);
    }

    /**
     * Opens a workbook; reports a damaged, encrypted or non-xlsx file (naming it) and returns {@code null}.
     * The caller has checked the byte limit.
     */
    static XlsxWorkbook open(InputFile file, Problems problems) {
        Path path = file.path();
        OPCPackage pkg = null;
        try {
            Optional<Path> onDisk = file.onDisk();
            if (onDisk.isPresent()) {
                pkg = OPCPackage.open(onDisk.get().toFile(), PackageAccess.READ);
            } else {
                try (InputStream in = file.open()) {
                    pkg = OPCPackage.open(in);
                }
            }
            return new XlsxWorkbook(path, pkg);
        } catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            problems.error(path, 0, null, null, "geen leesbaar .xlsx-werkboek: " + reason(e)
                    + "; sla het op in Excel als 'Excel-werkmap (*.xlsx)'");
            return null;
        }
    }

    /** Why a workbook could not be read, in words (never an exception's name or text, which may quote content). */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return "uitgepakt onredelijk veel groter dan het bestand zelf (een zip-bom?)";
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException) {
                return "met een wachtwoord beveiligd, of in het oude .xls-formaat";
            }
        }
        return "beschadigd, of een ander soort bestand met de naam .xlsx";
    }

    Path path() { return path; }

    /** The sheet names in workbook order. */
    List<String> sheetNames() { return sheetNames; }

    /** The name of the sheet called {@code name} (ignoring case and surrounding spaces), or {@code null}. */
    String sheetNamed(String name) {
        for (String s : sheetNames) {
            if (s.strip().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Passes every row of sheet {@code blad} to {@code table}; returns whether the sheet was read to its end. */
    boolean readSheet(String blad, TableFile table) {
        SheetHandler handler = new SheetHandler(table);
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    if (it.getSheetName().equals(blad)) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(handler);
                        xml.parse(new InputSource(sheet));
                        return handler.finish();
                    }
                }
            }
            table.reportFile("blad niet gevonden");
            return false;
        } catch (Stop stop) {
            return false;
        } catch (Exception e) {
            table.report(handler.rowNumber, -1, null, null, "blad kan niet verder gelezen worden: " + reason(e)
                    + "; sla het werkboek opnieuw op in Excel");
            return false;
        }
    }

    /** Ends parsing when the table does not want more rows. */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    private static boolean readDate1904(XSSFReader reader) throws Exception {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(local(localName, qName))) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return found[0];
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** The SAX handler of one sheet: collects each row's cells and hands the row to the table. */
    private final class SheetHandler extends DefaultHandler {
        private final TableFile table;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<String> merged = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final Map<Integer, String> problems = new HashMap<>();
        private final BitSet exact = new BitSet();
        private final StringBuilder text = new StringBuilder();
        private long rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inRun;
        private boolean inPhonetic;
        private long formulas;

        SheetHandler(TableFile table) {
            this.table = table;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r.strip());
                    values.clear();
                    problems.clear();
                    exact.clear();
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s.strip());
                    formula = false;
                    text.setLength(0);
                }
                case "v" -> inValue = true;
                case "f" -> formula = true;
                case "is" -> inInline = true;
                case "t" -> inRun = inInline;
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null) {
                        merged.add(ref);
                    }
                }
                default -> {
                    // other elements (formatting, dimensions, views) carry no data
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || (inRun && !inPhonetic)) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (local(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inRun = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> cell();
                case "row" -> {
                    String[] row = values.toArray(String[]::new);
                    String[] cellProblems = null;
                    if (!problems.isEmpty()) {
                        cellProblems = new String[row.length];
                        for (Map.Entry<Integer, String> e : problems.entrySet()) {
                            cellProblems[e.getKey()] = e.getValue();
                        }
                    }
                    if (!table.record(rowNumber, row, (BitSet) exact.clone(), cellProblems, false)) {
                        throw new Stop();
                    }
                }
                default -> {
                    // nothing to do
                }
            }
        }

        /** One finished {@code <c>} element: its text as the table reads it. */
        private void cell() {
            String raw = text.toString();
            String value;
            if (formula) {
                formulas++;
            }
            if (formula && raw.isEmpty() && !"inlineStr".equals(type)) {
                problem("formule zonder opgeslagen uitkomst; open het werkboek in Excel en sla het op, of plak de cellen "
                        + "als waarden");
                value = "";
            } else if ("s".equals(type)) {
                value = sharedString(raw);
            } else if ("inlineStr".equals(type) || "str".equals(type)) {
                value = raw;
            } else if ("b".equals(type)) {
                value = "1".equals(raw.strip()) ? "WAAR" : "ONWAAR";
            } else if ("e".equals(type)) {
                problem("cel bevat de Excel-fout " + raw + "; herstel de formule of vul een waarde in");
                value = "";
            } else if ("d".equals(type)) {
                value = raw.endsWith("T00:00:00") || raw.endsWith("T00:00:00Z") ? raw.substring(0, raw.indexOf('T')) : raw;
                exact.set(column);
            } else {
                value = raw.isBlank() ? "" : number(raw.strip());
            }
            set(value);
        }

        private void set(String value) {
            while (values.size() <= column) {
                values.add("");
            }
            values.set(column, value);
        }

        private void problem(String message) {
            problems.put(column, message);
            set("");
        }

        private String sharedString(String raw) {
            try {
                return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            } catch (RuntimeException e) {
                problem("verwijst naar een tekst die niet in het werkboek staat; het werkboek is beschadigd");
                return "";
            }
        }

        /** A number cell: a date when its format is one, else its digits as Excel shows them at full precision. */
        private String number(String raw) {
            double d;
            try {
                d = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                problem("getalcel zonder geldig getal; het werkboek is beschadigd");
                return "";
            }
            if (!Double.isFinite(d)) {
                problem("getalcel zonder geldig getal; het werkboek is beschadigd");
                return "";
            }
            exact.set(column);
            if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
            }
            if (d == Math.rint(d)) {
                if (Math.abs(d) >= 1e15) {
                    problem("getal van meer dan 15 cijfers: Excel bewaart maar 15 cijfers, dus het is al afgerond; "
                            + "zet de kolom op de opmaak Tekst en vul de waarden opnieuw in");
                    return "";
                }
                return Long.toString((long) d);
            }
            return new BigDecimal(NumberToTextConverter.toText(d)).toPlainString();
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i < 0 || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle st = styles.getStyleAt(i);
                return st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString());
            });
        }

        /** After the sheet: reports merged cells and formulas; returns whether the table may be used. */
        boolean finish() {
            for (String ref : merged) {
                CellRangeAddress range;
                try {
                    range = CellRangeAddress.valueOf(ref);
                } catch (RuntimeException e) {
                    continue;
                }
                int first = range.getFirstColumn();
                table.report(range.getFirstRow() + 1L, first, table.columnName(first), null, "samengevoegde cellen "
                        + ref.toUpperCase(Locale.ROOT) + ": alleen de eerste cel heeft een waarde; hef de samenvoeging op "
                        + "en vul elke cel");
            }
            if (formulas > 0) {
                table.warn(formulas + " cellen met een formule: de uitkomst die Excel bij het opslaan bewaarde is "
                        + "gelezen");
            }
            return merged.isEmpty();
        }
    }
}
