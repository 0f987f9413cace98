package org.readiness.scorecard;

import java.util.Arrays;

/**
 * Neutralises cells a spreadsheet program would run as a formula (OWASP's CSV injection advice): a cell starting
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which the program shows as text.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    public static Object[] cells(String... values) {
        return Arrays.stream(values).map(SpreadsheetSafe::cell).toArray();
    }
}
