package org.readiness.questionnaire.file;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --validate FILE_OR_FOLDER...}: checks questionnaire files as the app would at start-up, prints every
 * problem and answers with exit code 1 when any file is bad, so authors can check a file before deploying it.
 */
public final class ValidateCommand {

    public static final String FLAG = "--validate";

    private ValidateCommand() {
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && FLAG.equals(args[0]);
    }

    /** Runs the check over the paths after the flag; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        List<String> paths = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("questionnaires");
        List<SourceFile> files = new ArrayList<>();
        for (String argument : paths) {
            Path path = Path.of(argument);
            try {
                if (Files.isDirectory(path)) {
                    files.addAll(QuestionnaireCatalog.filesIn(path));
                } else if (Files.isRegularFile(path)) {
                    files.add(QuestionnaireCatalog.read(path));
                } else {
                    out.println(argument + ": no such file or folder.");
                    return 2;
                }
            } catch (IOException e) {
                out.println(argument + ": could not be read: " + e.getMessage());
                return 2;
            }
        }
        if (files.isEmpty()) {
            out.println("No questionnaire files (*.json) found in " + paths + ".");
            return 2;
        }
        QuestionnaireCatalog catalog = QuestionnaireCatalog.of(files);
        catalog.all().forEach(questionnaire -> out.println("OK   " + questionnaire.id() + " " + questionnaire.version()
                + " (" + questionnaire.questions().size() + " questions in " + questionnaire.steps().size() + " steps)"));
        catalog.problems().forEach(problem -> out.println("BAD  " + problem));
        long badFiles = catalog.problems().stream().map(FileProblem::file).distinct().count();
        out.println(files.size() + " file(s) checked: " + catalog.all().size() + " good, " + badFiles + " bad.");
        return badFiles == 0 ? 0 : 1;
    }
}
