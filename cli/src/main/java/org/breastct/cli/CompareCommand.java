package org.breastct.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.breastct.parallel.TaskExecutor;
import org.breastct.validation.MethodComparison;

/**
 * {@code compare}: the published method against robust mode on the phantoms with ground truth
 * ({@link MethodComparison#standardCases}): Dice per label and glandularity of each method and the truth's
 * glandularity, the table quoted in docs/benchmarks.md.
 */
final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "published method vs robust mode on phantoms with ground truth: Dice per label, glandularity";
    }

    @Override
    public String help() {
        return """
                usage: breastct compare [--threads N] [--only REGEX]

                Generates the standard phantoms (plain 60x160x160, fold 60x200x200, 2 ribs + implant 60x240x240)
                and the stress variants (glands on the chest wall, thin / thick / dense skin, pectoralis reaching
                the surface, no muscle; 60x160x160) with their ground truth, segments each with the published
                method and with robust mode (--method robust) and prints, per phantom, the Dice overlap with the
                truth of fat, glands, skin, muscle, rib and implant ("-" where neither holds the label) and the
                segmented glandularity Seg_G of each method and of the truth. Takes about a minute.

                options:
                  --threads N     worker threads (default: all cores)
                  --only REGEX    only the phantoms whose name matches, e.g. 'thin-skin|plain'
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("threads", "only");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("quiet");
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String only = args.option("only", ".*");
        try {
            java.util.regex.Pattern.compile(only);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UsageException("--only must be a regular expression, got '" + only + "'");
        }
        int threads = ThreadsOption.parse(args, console);
        int shown = 0;
        try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
            console.result(String.format(Locale.ROOT, "# published vs robust, Dice with the phantom truth; %s, %d "
                    + "threads, Java %s, %s %s", LocalDate.now(ZoneOffset.UTC), ex.threads(),
                    System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch")));
            console.result(MethodComparison.header());
            for (MethodComparison.Case c : MethodComparison.standardCases()) {
                if (!c.name().matches(only)) {
                    continue;
                }
                if (console.cancelled()) {
                    return 1;
                }
                MethodComparison.format(MethodComparison.run(c, ex)).forEach(console::result);
                shown++;
            }
        }
        if (shown == 0) {
            throw new UsageException("--only '" + only + "' matches none of the phantoms");
        }
        return 0;
    }
}
