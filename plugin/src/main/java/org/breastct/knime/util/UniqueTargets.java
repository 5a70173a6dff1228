package org.breastct.knime.util;

import java.util.HashMap;
import java.util.Map;

/**
 * Detects two rows claiming the same target within one execution (the same id in the NPY Reader,
 * the same output file or series folder in the writers), so that no row silently overwrites
 * another's output. One instance per execution.
 *
 * @param <K> the target (an id or a path)
 */
public final class UniqueTargets<K> {

    private final Map<K, String> owners = new HashMap<>();

    private final String hint;

    /** @param hint appended to the error, e.g. "use {rowid} in the file name pattern" */
    public UniqueTargets(final String hint) {
        this.hint = hint;
    }

    /**
     * Records that {@code owner} (a row ID or file name) uses {@code target}.
     *
     * @throws IllegalArgumentException naming both owners and the target if another owner has it
     */
    public void claim(final K target, final String owner) {
        String before = owners.putIfAbsent(target, owner);
        if (before != null) {
            throw new IllegalArgumentException("'" + before + "' and '" + owner + "' both give '" + target + "'"
                    + (hint == null || hint.isEmpty() ? "" : "; " + hint));
        }
    }
}
