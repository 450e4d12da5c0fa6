package cyd.opendata;

import java.util.List;
import java.util.Map;

/** CSV as RFC 4180 writes it, safe to open in a spreadsheet (no cell can start a formula). */
final class Csv {

    private Csv() {
    }

    static String write(List<String> header, List<Map<String, Object>> rows) {
        StringBuilder b = new StringBuilder();
        line(b, header.stream().map(h -> (Object) h).toList());
        for (Map<String, Object> row : rows) {
            line(b, header.stream().map(row::get).toList());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<Object> cells) {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(k)));
        }
        b.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            // A spreadsheet would run it as a formula: kept as text.
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || s.startsWith(" ") || s.endsWith(" ")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
