package org.readiness.scorecard;

import org.readiness.questionnaire.answer.FreeText;

import java.util.Arrays;

/**
 * Neutralises cells a spreadsheet program would run as a formula (OWASP's CSV injection advice): a cell starting
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which the program shows as text. Control
 * characters are dropped first (as {@link FreeText} does for everything stored), so none can hide a formula.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        String value = FreeText.clean(text);
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
