package org.readiness.questionnaire.file;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The questionnaires the app serves. A bad file is refused with its problems; the good ones are served all the same.
 * Versions published in the studio (kept in the database, shared by every instance) are kept in memory and checked
 * against a cheap marker at most once a second ({@link PublishedVersionsCache}): for each questionnaire id, the higher
 * version of the file's and the newest published one is served (a published one on a tie), so a version published on
 * another instance is served here within a second, and one published here at the next look-up.
 * A catalog can read and check its files later, on a thread of its own (the app starts it once its port is open);
 * until that is done, every question put to it waits, and the first question starts the reading if nothing has.
 */
public final class QuestionnaireCatalog {

    private final CompletableFuture<Contents> contents;
    private final Runnable startReading;
    private final PublishedVersionsCache published = new PublishedVersionsCache(System::nanoTime);
    /** What is served, made again only when the published versions read change. */
    private volatile @Nullable Served served;

    private record Served(List<Questionnaire> published, Map<String, Questionnaire> byId) {
    }

    private record Contents(Map<String, Questionnaire> byId, Map<String, byte[]> contentById,
                            List<FileProblem> problems) {
    }

    private QuestionnaireCatalog(CompletableFuture<Contents> contents, Runnable startReading) {
        this.contents = contents;
        this.startReading = startReading;
    }

    public static QuestionnaireCatalog of(Collection<SourceFile> files) {
        return new QuestionnaireCatalog(CompletableFuture.completedFuture(read(files)), () -> { });
    }

    /** A catalog that reads the files on a daemon thread of its own once {@link #startReading()} is called. */
    public static QuestionnaireCatalog readLater(Callable<? extends Collection<SourceFile>> files) {
        CompletableFuture<Contents> contents = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        return new QuestionnaireCatalog(contents, () -> {
            if (started.compareAndSet(false, true)) {
                Thread reader = new Thread(() -> {
                    try {
                        contents.complete(read(files.call()));
                    } catch (Exception | Error e) {
                        contents.completeExceptionally(e);
                    }
                }, "questionnaire-catalog");
                reader.setDaemon(true);
                reader.start();
            }
        });
    }

    /**
     * Where the newest published version of each questionnaire comes from (the studio's table). Without it only the
     * files are served.
     */
    public void publishedFrom(PublishedSource source) {
        published.readFrom(source);
    }

    /** A version was just published here: the next look-up serves it. */
    public void published() {
        published.recheck();
    }

    /** Starts reading the files, unless that has started already; returns at once. */
    public void startReading() {
        startReading.run();
    }

    private static Contents read(Collection<SourceFile> files) {
        QuestionnaireReader reader = new QuestionnaireReader();
        Map<String, Questionnaire> byId = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        Map<String, byte[]> contentById = new LinkedHashMap<>();
        List<FileProblem> problems = new ArrayList<>();
        files.stream().sorted(Comparator.comparing(SourceFile::name)).forEach(file -> {
            QuestionnaireReader.Result result = reader.read(file.name(), file.content());
            problems.addAll(result.problems());
            if (result.isAccepted()) {
                String id = result.questionnaire().id();
                if (byId.containsKey(id)) {
                    problems.add(new FileProblem(file.name(), "/id", 0, 0, "the questionnaire id \"" + id
                            + "\" is already served by " + fileOf.get(id) + "; each file needs its own id."));
                } else {
                    byId.put(id, result.questionnaire());
                    fileOf.put(id, file.name());
                    contentById.put(id, file.content());
                }
            }
        });
        return new Contents(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(contentById),
                List.copyOf(problems));
    }

    /** Whether the files have been read (without waiting for them). */
    public boolean isLoaded() {
        return contents.isDone() && !contents.isCompletedExceptionally();
    }

    /** Runs the action once the files have been read, or with the reason they could not be. */
    public void whenLoaded(Runnable loaded, Consumer<Throwable> failed) {
        contents.whenComplete((done, failure) -> {
            if (failure == null) {
                loaded.run();
            } else {
                failed.accept(failure instanceof CompletionException ? failure.getCause() : failure);
            }
        });
    }

    /** Every {@code *.json} file directly in the folder, named by its path as given. */
    public static List<SourceFile> filesIn(Path folder) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(QuestionnaireCatalog::isQuestionnaireFile).sorted().toList()) {
                files.add(read(path));
            }
        }
        return files;
    }

    static boolean isQuestionnaireFile(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json");
    }

    /** Reads at most one byte past the limit, so a huge file is refused without being loaded whole. */
    static SourceFile read(Path path) throws IOException {
        try (var in = Files.newInputStream(path)) {
            return new SourceFile(path.toString(), in.readNBytes(QuestionnaireReader.MAX_FILE_BYTES + 1));
        }
    }

    public List<Questionnaire> all() {
        return List.copyOf(served().values());
    }

    public Optional<Questionnaire> find(String id) {
        return Optional.ofNullable(served().get(id));
    }

    /** The questionnaires of the files alone, as read at start-up, whatever was published since. */
    public List<Questionnaire> files() {
        return List.copyOf(contents().byId().values());
    }

    /** The bytes of the questionnaire served now under this id, to store beside an assessment answered under it. */
    public Optional<byte[]> content(String id) {
        return find(id).flatMap(questionnaire -> contentOf(questionnaire.contentHash()));
    }

    /** The bytes of a file or a published version by its content hash, as read. */
    public Optional<byte[]> contentOf(String contentHash) {
        for (var entry : contents().byId().entrySet()) {
            if (contentHash.equals(entry.getValue().contentHash())) {
                return Optional.of(contents().contentById().get(entry.getKey()).clone());
            }
        }
        return published.contentOf(contentHash);
    }

    private Map<String, Questionnaire> served() {
        Map<String, Questionnaire> files = contents().byId();
        List<Questionnaire> newest = published.current().newest();
        Served now = served;
        if (now != null && now.published() == newest) {
            return now.byId();
        }
        Map<String, Questionnaire> byId = new LinkedHashMap<>(files);
        for (Questionnaire version : newest) {
            Questionnaire file = byId.get(version.id());
            if (file == null || VersionNumber.compare(version.version(), file.version()) >= 0) {
                byId.put(version.id(), version);
            }
        }
        served = new Served(newest, Collections.unmodifiableMap(byId));
        return byId;
    }

    /** What was wrong with the files that were refused. */
    public List<FileProblem> problems() {
        return contents().problems();
    }

    private Contents contents() {
        startReading();
        try {
            return contents.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The questionnaire files could not be read", e.getCause());
        }
    }
}
