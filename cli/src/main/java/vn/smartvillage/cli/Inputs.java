package vn.smartvillage.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.packs.RulePackProvider;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/** Reads what the commands need, turning every mistake into a {@link UserError} with its fix. */
final class Inputs {

    private Inputs() {
    }

    /** The packs found in jars on the class path, and those in {@code folders}. */
    static RulePackRegistry registry(List<Path> folders, List<Path> files) {
        return registry(folders, files, true);
    }

    /**
     * The packs in {@code folders} and {@code files}, and those found in jars when {@code discover}. Without
     * discovery the packs are still read against the vocabulary of the providers in jars (Vietnam's metrics,
     * from criteria-vn), which the packs of their source files name without declaring them.
     */
    static RulePackRegistry registry(List<Path> folders, List<Path> files, boolean discover) {
        RulePackRegistry.Builder b = RulePackRegistry.builder();
        if (discover) {
            b.discover();
        } else {
            try {
                ServiceLoader.load(RulePackProvider.class).forEach(p -> b.vocabulary(p.vocabulary()));
            } catch (ServiceConfigurationError e) {
                // A provider that cannot be loaded is reported when the tool discovers; here only its metrics are missed.
            }
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new UserError(CliText.both("error.packs.noFolder", "file", f), CliText.both("fix.packs.noFolder"));
            }
            b.addDirectory(f);
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new UserError(CliText.both("error.packFile.none", "file", f), CliText.both("fix.packFile.none"));
            }
            if (!Files.isRegularFile(f)) {
                throw new UserError(CliText.both("error.packFile.notRegular", "file", f), CliText.both("fix.packFile.notRegular"));
            }
            b.addFile(f);
        }
        return b.build();
    }

    /** The version of pack {@code id} in force on {@code asOf}. */
    static RulePack resolve(RulePackRegistry registry, String id, LocalDate asOf) {
        known(registry, id);
        return registry.resolve(id, asOf);
    }

    /** Fails unless the registry has pack {@code id}, suggesting the nearest ids. */
    static void known(RulePackRegistry registry, String id) {
        if (!registry.ids().contains(id)) {
            throw new UserError(CliText.both("error.pack.none", "pack", id, "nearest", nearest(id, registry.ids())),
                    CliText.both("fix.pack.none"));
        }
    }

    /** "; did you mean 'x'?" for the nearest of {@code options}, or nothing when none is near. */
    static Object nearest(String wrong, List<String> options) {
        // A text in both languages, or "" (a text is never blank) when no option is near.
        return options.stream().min(Comparator.comparingInt(o -> distance(wrong, o)))
                .filter(o -> distance(wrong, o) <= Math.max(2, wrong.length() / 3))
                .<Object>map(o -> CliText.text("nearest", "suggestion", o)).orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Counts the bytes read, for the progress bar. */
    static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    /**
     * A dataset evaluated with the version of a pack in force on its date (or on {@code asOf}), and the warnings
     * of the check of its official codes (empty when no unit carries one).
     */
    record Evaluated(Dataset dataset, RulePack pack, LocalDate day, Assessment assessment, List<vn.smartvillage.Problem> codeWarnings) {
    }

    /** Loads the packs, reads the dataset, picks the pack's version in force and evaluates. */
    static Evaluated evaluate(List<Path> packFolders, String packId, EvaluationInput input, Progress progress) throws Exception {
        RulePackRegistry registry = registry(packFolders, List.of());
        known(registry, packId);
        LocalDate asOf = input.asOf;
        Dataset dataset = DatasetInputs.read(input, asOf, registry.metrics(), progress);
        // Units that carry official codes are checked against Vietnam's lists of the data's date: an unknown or
        // retired code stops here, located, with its successors or the nearest codes; a name that is not its
        // code's is a warning.
        List<vn.smartvillage.Problem> codeWarnings = dataset.units().stream().anyMatch(u -> u.code().isPresent())
                ? vn.smartvillage.criteria.vn.VietnamUnits.check(dataset) : List.of();
        LocalDate day = asOf != null ? asOf : dataset.asOf();
        RulePack pack = resolve(registry, packId, day);
        Assessment assessment = progress.run(CliText.both("progress.evaluating", "count", dataset.size()), () -> 0, 0,
                () -> Evaluator.create().evaluate(dataset, pack, day));
        return new Evaluated(dataset, pack, day, assessment, codeWarnings);
    }
}
