package org.readiness.questionnaire;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * One question as the file defines it. Which fields matter depends on the {@link #type()}: options for
 * choices, {@code points} for yes/no, {@code min}/{@code max} for scales and numbers, ranges for scored numbers.
 * {@code askedOf} limits the question to some roles of a team assessment (empty: every role its step is asked of).
 */
public record Question(
        String id,
        QuestionType type,
        LocalizedText text,
        @Nullable LocalizedText help,
        @Nullable LocalizedText talkingPoint,
        boolean required,
        @Nullable String area,
        boolean allowDontKnow,
        boolean allowNotApplicable,
        @Nullable Condition visibleIf,
        List<Option> options,
        @Nullable Double maxPoints,
        @Nullable YesNoPoints points,
        @Nullable Double min,
        @Nullable Double max,
        @Nullable LocalizedText unit,
        @Nullable LocalizedText minLabel,
        @Nullable LocalizedText maxLabel,
        List<PointRange> ranges,
        @Nullable Integer maxLength,
        List<String> askedOf) {

    /** Free text longer than this is refused even where the file sets no limit. */
    public static final int TEXT_LIMIT = 10_000;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
        askedOf = askedOf == null ? List.of() : List.copyOf(askedOf);
    }

    /** Whether "don't know" may be answered: always for yes/no, elsewhere where the file allows it. */
    public boolean offersDontKnow() {
        return type == QuestionType.YES_NO || allowDontKnow;
    }

    public boolean isScored() {
        return area != null && switch (type) {
            case TEXT -> false;
            case NUMBER -> !ranges.isEmpty();
            default -> true;
        };
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    /** Position of an option in the file's order, or -1; "at least" and "at most" compare by it. */
    public int optionIndex(String value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    public int textLimit() {
        return maxLength == null ? TEXT_LIMIT : Math.min(maxLength, TEXT_LIMIT);
    }
}
