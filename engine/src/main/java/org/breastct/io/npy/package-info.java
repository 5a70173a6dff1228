/**
 * Reading and writing numpy {@code .npy} files (format 1.0, 2.0, 3.0): {@link
 * org.breastct.io.npy.NpyReader} (headers, 3-D volumes, 2-D images such as {@code cylinder.npy},
 * exact conversion to the volume types), {@link org.breastct.io.npy.NpyWriter} (atomic, streaming,
 * byte-identical to numpy's {@code np.save}), {@link org.breastct.io.npy.NpyHeader}, {@link
 * org.breastct.io.npy.NpyDtype} and {@link org.breastct.io.npy.NpyFormatException}.
 */
package org.breastct.io.npy;
