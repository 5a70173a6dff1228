package org.breastct.segmentation;

/** Validation shared by the settings records: each message names the parameter and the value. */
final class SettingsChecks {

    private SettingsChecks() {
    }

    static void hu(String name, int v) {
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": HU threshold " + v + " outside the int16 range");
        }
    }

    static void fraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + v);
        }
    }

    static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + v);
        }
    }

    static void nonNegative(String name, long v) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + v);
        }
    }

    static void odd(String name, int v) {
        if (v <= 0 || v % 2 == 0) {
            throw new IllegalArgumentException(name + " must be a positive odd box size, got " + v);
        }
    }
}
