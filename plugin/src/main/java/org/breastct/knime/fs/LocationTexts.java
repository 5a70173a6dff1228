package org.breastct.knime.fs;

/** Parts of the dialog texts that every file node uses for its locations. */
public final class LocationTexts {

    /** How to choose the file system (appended to a location's description). */
    public static final String FILE_SYSTEMS = " Choose the file system first: <i>Local</i>, <i>relative to the current "
            + "workflow</i>, <i>its data area</i> or <i>the current Hub space</i> (what to use on KNIME Hub or "
            + "Server), a mountpoint, or the file system of a connector node attached to the optional File System "
            + "port.";

    /** How to name a folder with the 5.8 file browser, which picks files. */
    public static final String TYPE_FOLDER = " Type or paste the folder's path (the browser picks files; remove the "
            + "file name to keep its folder).";

    /** Description of the writers' "Create missing folders". */
    public static final String CREATE_MISSING_FOLDERS = "Create the output folder and its parents if they do not "
            + "exist (default on, as before). Off: a missing folder is an error.";

    private LocationTexts() {
    }
}
