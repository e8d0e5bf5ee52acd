package nl.kansrijk.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of damage (or harmless change) done to an input folder. Each kind picks its file, line and cell with the
 * given {@link Random}, so a seed replays a case exactly. A kind that damages one data row is {@link #rowLevel()}:
 * the error it causes must name a line.
 */
enum Mutation {

    /** Cuts one data line short. */
    TRUNCATE_LINE(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onDataLine(in, rnd, (line, r) -> line.substring(0, r.nextInt(Math.max(1, line.length()))));
        }
    },
    /** Cuts a whole file short at a random byte (possibly inside the header or a UTF-8 sequence). */
    TRUNCATE_FILE(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.names(), rnd);
            byte[] b = in.bytes(f);
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
            return new Mutated(in.with(f, Arrays.copyOf(b, at)), name() + " " + f + " at byte " + at);
        }
    },
    /** Uses the other delimiter in one data line. */
    WRONG_DELIMITER_LINE(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onDataLine(in, rnd, (line, r) -> line.replace(',', ';'));
        }
    },
    /** Uses semicolons in a whole file (allowed: the delimiter is detected). */
    SEMICOLON_FILE(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.csvNames(), rnd);
            return new Mutated(in.with(f, in.text(f).replace(',', ';')), name() + " " + f);
        }
    },
    /** Inserts one unbalanced double quote into a data line. */
    STRAY_QUOTE(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onDataLine(in, rnd, (line, r) -> {
                int at = r.nextInt(line.length() + 1);
                return line.substring(0, at) + '"' + line.substring(at);
            });
        }
    },
    /** Quotes one cell properly (allowed). */
    QUOTED_CELL(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onCell(in, rnd, false, (cell, r) -> "\"" + cell.replace("\"", "\"\"") + "\"");
        }
    },
    /** Puts an out-of-range or malformed number into a numeric cell. */
    HUGE_NUMBER(true) {
        private static final List<String> NUMBERS = List.of("99999999999999999999", "2147483648", "-2147483649",
                "1e400", "-1", "NaN", "Infinity", "-0", "0x1F", "１２", "3.", ".5e", "9".repeat(400), "1_000");

        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onCell(in, rnd, true, (cell, r) -> pick(NUMBERS, r));
        }
    },
    /** Puts a value at or beyond a domain boundary into a cell: zero persons, bad dates, too many regions, … */
    BOUNDARY_VALUE(true) {
        private static final List<String> VALUES = List.of("0", "-3", "91", "-181", "2026-02-30", "26-01-2026",
                "AM01|AM02|AM03|AM04", "AM01|AM01", "1.5", "-0.1", " ", "ONBEKEND", "laag|hoog", "|", "||",
                "GM0363|GM0363", "gm0363", "2026-H3", "2026-h1", "1,5", "\"\"", "null", "-", "ﬁ", "\t");

        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onCell(in, rnd, false, (cell, r) -> pick(VALUES, r));
        }
    },
    /** Inserts bytes that are not UTF-8 into a data line. */
    NON_UTF8(true) {
        private static final byte[][] BAD = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF}};

        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.csvNames(), rnd);
            byte[] b = in.bytes(f);
            int firstLf = indexOf(b, (byte) '\n');
            if (firstLf < 0 || firstLf + 1 >= b.length) {
                return null;
            }
            int at = firstLf + 1 + rnd.nextInt(b.length - firstLf - 1);
            byte[] bad = BAD[rnd.nextInt(BAD.length)];
            byte[] out = new byte[b.length + bad.length];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(bad, 0, out, at, bad.length);
            System.arraycopy(b, at, out, at + bad.length, b.length - at);
            return new Mutated(in.with(f, out), name() + " " + f + " at byte " + at);
        }
    },
    /** Empties a file completely. */
    EMPTY_FILE(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.names(), rnd);
            return new Mutated(in.with(f, new byte[0]), name() + " " + f);
        }
    },
    /** Keeps only a file's header. */
    HEADER_ONLY(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.csvNames(), rnd);
            List<String> lines = in.lines(f);
            return lines.isEmpty() ? null : new Mutated(in.withLines(f, lines.subList(0, 1)), name() + " " + f);
        }
    },
    /** Deletes a file. */
    DELETE_FILE(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.names(), rnd);
            return new Mutated(in.without(f), name() + " " + f);
        }
    },
    /** Gives a header column the name of another column of the same header. */
    DUPLICATE_HEADER(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onLines(in, rnd, 1, (lines, r) -> {
                List<String> cols = new ArrayList<>(Arrays.asList(lines.get(0).split(",", -1)));
                if (cols.size() < 2) {
                    return null;
                }
                int a = r.nextInt(cols.size());
                int b = (a + 1 + r.nextInt(cols.size() - 1)) % cols.size();
                cols.set(b, cols.get(a));
                lines.set(0, String.join(",", cols));
                return "header column " + (b + 1);
            });
        }
    },
    /** Replaces a gemeente, region, azc or zorg code in a data line with a code defined nowhere. */
    MISSING_CODE(true) {
        private static final Pattern CODE = Pattern.compile("GM\\d{4}|AM\\d{2}|AZC[\\w-]*|ZL[\\w-]*");

        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onDataLine(in, rnd, (line, r) -> {
                Matcher m = CODE.matcher(line);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return null;
                }
                int[] s = pick(spans, r);
                String code = line.substring(s[0], s[1]);
                String missing = code.startsWith("GM") ? "GM9" + (100 + r.nextInt(900))
                        : code.startsWith("AM") ? "AM9" + r.nextInt(10) : code + "-ONBEKEND";
                return line.substring(0, s[0]) + missing + line.substring(s[1]);
            });
        }
    },
    /** Repeats a data line (a duplicate id or code). */
    DUPLICATE_ROW(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            Mutated m = onRow(in, rnd, (lines, i) -> lines.add(i, lines.get(i)));
            return m == null ? null : new Mutated(m.files(), name() + " " + m.description());
        }
    },
    /** Deletes a data line (harmless, or leaves references dangling). */
    DELETE_ROW(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            Mutated m = onRow(in, rnd, (lines, i) -> lines.remove(i));
            return m == null ? null : new Mutated(m.files(), name() + " " + m.description());
        }
    },
    /**
     * Makes nareiziger households contradict themselves or each other: bound to one gemeente but pinned to another,
     * excluded from their own family's gemeente, or so many bound to one gemeente that it overflows. Valid input:
     * the run must succeed and report the unplaced households and overfilled gemeenten.
     */
    NAREIZIGER_CONTRADICTION(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = HUISHOUDENS;
            List<String> lines = householdLines(in, 3);
            if (lines == null) {
                return null;
            }
            List<String> header = Arrays.asList(lines.get(0).split(",", -1));
            int nar = header.indexOf("nareiziger_van_gemeente");
            int gek = header.indexOf("gekoppeld_gemeente");
            int uit = header.indexOf("uitgesloten_gemeenten");
            List<String> gemeenten = codes(in, "GM\\d{4}");
            if (nar < 0 || gek < 0 || uit < 0 || gemeenten.size() < 2) {
                return null;
            }
            String x = pick(gemeenten, rnd);
            String y = pick(gemeenten.stream().filter(g -> !g.equals(x)).toList(), rnd);
            int kind = rnd.nextInt(3);
            int rows = kind == 2 ? lines.size() - 1 : 1 + rnd.nextInt(Math.min(3, lines.size() - 1));
            for (int k = 0; k < rows; k++) {
                int i = 1 + rnd.nextInt(lines.size() - 1);
                String[] cells = lines.get(i).split(",", -1);
                if (cells.length != header.size()) {
                    continue;
                }
                cells[nar] = x;
                cells[gek] = kind == 0 ? y : "";
                cells[uit] = kind == 1 ? x : "";
                lines.set(i, String.join(",", cells));
            }
            String what = switch (kind) {
                case 0 -> "nareiziger of " + x + " pinned to " + y;
                case 1 -> "nareiziger of " + x + " excluded from " + x;
                default -> "every household a nareiziger of " + x;
            };
            return new Mutated(in.withLines(f, lines), name() + ": " + what);
        }
    },
    /** Replaces a cell with nine digits passing the elfproef (a BSN look-alike); must be refused, never echoed. */
    BSN(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String bsn = Bsns.random(rnd);
            Mutated m = onCell(in, rnd, false, (cell, r) -> bsn);
            return m == null ? null : m.withSecret(bsn);
        }
    },
    /** Replaces a household cell (not the id) with a unique token that no message may repeat. */
    SECRET_ATTRIBUTE(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = HUISHOUDENS;
            List<String> lines = householdLines(in, 2);
            if (lines == null) {
                return null;
            }
            int i = 1 + rnd.nextInt(lines.size() - 1);
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length < 2) {
                return null;
            }
            int c = 1 + rnd.nextInt(cells.length - 1);
            String token = "Geheim" + Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000L, 36) + "x";
            cells[c] = token;
            lines.set(i, String.join(",", cells));
            return new Mutated(in.withLines(f, lines), name() + " " + f + " line " + (i + 1) + " cell " + (c + 1))
                    .withSecret(token);
        }
    },
    /** Overwrites a few random bytes anywhere in a file. */
    RANDOM_BYTES(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.names(), rnd);
            byte[] b = in.bytes(f).clone();
            if (b.length == 0) {
                return null;
            }
            int n = 1 + rnd.nextInt(4);
            for (int k = 0; k < n; k++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            return new Mutated(in.with(f, b), name() + " " + f + " (" + n + " bytes)");
        }
    },
    /** Inserts empty and blank lines (allowed). */
    BLANK_LINES(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onLines(in, rnd, 1, (lines, r) -> {
                lines.add(1 + r.nextInt(lines.size()), r.nextBoolean() ? "" : "   ");
                return name();
            });
        }
    },
    /** Uses CRLF line ends and a UTF-8 BOM (allowed). */
    CRLF_AND_BOM(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.csvNames(), rnd);
            String t = in.text(f).replace("\n", "\r\n");
            return new Mutated(in.with(f, (rnd.nextBoolean() ? "\uFEFF" : "") + t), name() + " " + f);
        }
    },
    /** Permutes a file's columns consistently in header and rows (allowed: column order is free). */
    PERMUTE_COLUMNS(false) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String f = pick(in.csvNames(), rnd);
            List<String> lines = in.lines(f);
            if (lines.isEmpty()) {
                return null;
            }
            int width = lines.get(0).split(",", -1).length;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, rnd);
            List<String> out = new ArrayList<>();
            for (String line : lines) {
                String[] cells = line.split(",", -1);
                if (cells.length != width) {
                    return null;
                }
                List<String> c = new ArrayList<>();
                order.forEach(i -> c.add(cells[i]));
                out.add(String.join(",", c));
            }
            return new Mutated(in.withLines(f, out), name() + " " + f);
        }
    },
    /** Makes one cell very long (100,000 characters). */
    LONG_CELL(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onCell(in, rnd, false, (cell, r) -> "x".repeat(100_000));
        }
    },
    /** Adds one field too many to a data line. */
    EXTRA_FIELD(true) {
        @Override
        Mutated apply(InputFiles in, Random rnd) {
            return onDataLine(in, rnd, (line, r) -> line + ",extra");
        }
    },
    /** Breaks config.json: bad JSON, an unknown key, a wrong type or an impossible value. */
    BAD_CONFIG(false) {
        private static final List<String> CONFIGS = List.of("{", "{\"gewichten\": {\"regioadvies\": -5}}",
                "{\"onbekend\": 1}", "{\"tolerantie\": \"veel\"}", "{\"seed\": 1e400}", "[]", "null",
                "{\"beeindiging\": {\"zettenlimiet\": 0}}", "{\"stralen\": {\"familie_km\": -1}}",
                "{\"gewichten\": {\"bestaat-niet\": 1}}", "{\"seed\": 1, \"seed\": 2}",
                "{\"beeindiging\": {\"tijdslimiet\": \"eeuwig\"}}");

        @Override
        Mutated apply(InputFiles in, Random rnd) {
            String c = pick(CONFIGS, rnd);
            return new Mutated(in.with("config.json", c), name() + " " + c);
        }
    };

    private final boolean rowLevel;

    Mutation(boolean rowLevel) {
        this.rowLevel = rowLevel;
    }

    /** Whether this kind damages one line, so that an error it causes must name a line. */
    boolean rowLevel() {
        return rowLevel;
    }

    /** The mutated files, or {@code null} when this kind does not apply to these files. */
    abstract Mutated apply(InputFiles in, Random rnd);

    /**
     * A mutated input folder.
     *
     * @param files the files after the change
     * @param description what was done, for failure messages
     * @param secrets values no output may repeat
     */
    record Mutated(InputFiles files, String description, Set<String> secrets) {
        Mutated(InputFiles files, String description) {
            this(files, description, Set.of());
        }

        Mutated withSecret(String secret) {
            java.util.Set<String> s = new java.util.HashSet<>(secrets);
            s.add(secret);
            return new Mutated(files, description, Set.copyOf(s));
        }
    }

    /** Changes a line; returning {@code null} means the change does not apply. */
    @FunctionalInterface
    interface LineChange {
        String change(String line, Random rnd);
    }

    static Mutated onDataLine(InputFiles in, Random rnd, LineChange change) {
        return onLines(in, rnd, 2, (lines, r) -> {
            int i = 1 + r.nextInt(lines.size() - 1);
            String changed = change.change(lines.get(i), r);
            if (changed == null) {
                return null;
            }
            lines.set(i, changed);
            return "line " + (i + 1);
        });
    }

    /** Changes the lines of a random CSV file with at least {@code min} lines; the change returns a description or {@code null}. */
    @FunctionalInterface
    interface LinesChange {
        String change(List<String> lines, Random rnd);
    }

    static Mutated onLines(InputFiles in, Random rnd, int min, LinesChange change) {
        String f = pick(in.csvNames(), rnd);
        List<String> lines = new ArrayList<>(in.lines(f));
        if (lines.size() < min) {
            return null;
        }
        String what = change.change(lines, rnd);
        return what == null ? null : new Mutated(in.withLines(f, lines), what + " of " + f);
    }

    /** Changes the list of lines of a random CSV file at a random data line index (1 or more). */
    static Mutated onRow(InputFiles in, Random rnd, java.util.function.ObjIntConsumer<List<String>> change) {
        return onLines(in, rnd, 2, (lines, r) -> {
            int i = 1 + r.nextInt(lines.size() - 1);
            change.accept(lines, i);
            return "line " + (i + 1);
        });
    }

    static Mutated onCell(InputFiles in, Random rnd, boolean numericOnly, LineChange change) {
        String f = pick(in.csvNames(), rnd);
        List<String> lines = new ArrayList<>(in.lines(f));
        if (lines.size() < 2) {
            return null;
        }
        int i = 1 + rnd.nextInt(lines.size() - 1);
        String[] cells = lines.get(i).split(",", -1);
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            if (!numericOnly || cells[c].matches("-?\\d+(\\.\\d+)?")) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int c = pick(candidates, rnd);
        cells[c] = change.change(cells[c], rnd);
        lines.set(i, String.join(",", cells));
        return new Mutated(in.withLines(f, lines), "line " + (i + 1) + " cell " + (c + 1) + " of " + f);
    }

    private static final String HUISHOUDENS = "huishoudens.csv";

    /** The lines of huishoudens.csv (mutable copy), or {@code null} when it is absent or has fewer than {@code min}. */
    static List<String> householdLines(InputFiles in, int min) {
        if (!in.files().containsKey(HUISHOUDENS)) {
            return null;
        }
        List<String> lines = new ArrayList<>(in.lines(HUISHOUDENS));
        return lines.size() < min ? null : lines;
    }

    static <T> T pick(List<T> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> codes(InputFiles in, String regex) {
        if (!in.files().containsKey("gemeenten.csv")) {
            return List.of();
        }
        Matcher m = Pattern.compile(regex).matcher(new String(in.bytes("gemeenten.csv"), StandardCharsets.UTF_8));
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        while (m.find()) {
            out.add(m.group());
        }
        return List.copyOf(out);
    }
}
