package org.readiness.plan;

import java.util.ArrayList;
import java.util.List;

/** Every row of a RACI matrix needs exactly one Accountable: the rows that have none or several. */
public final class RaciCheck {

    private RaciCheck() {
    }

    /** A row breaking the rule, with the people accountable in it (none, or two and more). */
    public record Problem(String rowKey, List<Person> accountable) {
    }

    public static List<Problem> problems(List<String> rows, List<Person> people, List<RaciCell> cells) {
        List<Problem> problems = new ArrayList<>();
        for (String row : rows) {
            List<Person> accountable = people.stream().filter(person -> cells.stream().anyMatch(cell ->
                    cell.rowKey().equals(row) && cell.personId() == person.id() && cell.letter() == Raci.A)).toList();
            if (accountable.size() != 1) {
                problems.add(new Problem(row, accountable));
            }
        }
        return problems;
    }
}
