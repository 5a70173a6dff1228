package org.breastct.io.npy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@code .npy} file that cannot be read as asked: not an NPY file, an unsupported format version
 * or dtype, a header that is not a valid dict, data shorter or longer than the shape says, an array
 * of the wrong number of dimensions, or a value that does not convert exactly to the requested voxel
 * type. The message always starts with the file and then names the problem, e.g.
 * {@code /data/b1.npy: value 40000 at index [1, 2, 3] does not fit int16 (-32768..32767)}.
 */
public class NpyFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file that was read (named in the message)
     * @param problem what is wrong with it, as a sentence fragment without the file name
     */
    public NpyFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    /** The file that was read. */
    public Path file() {
        return file;
    }
}
