/**
 * Reading and writing numpy {@code .npy} files (format 1.0, 2.0, 3.0): {@link
 * org.breastct.io.npy.NpyReader} (headers, 3-D volumes, 2-D images such as {@code cylinder.npy},
 * exact conversion to the volume types), {@link org.breastct.io.npy.NpyWriter} (atomic, streaming,
 * byte-identical to numpy's {@code np.save}), {@link org.breastct.io.npy.NpyHeader}, {@link
 * org.breastct.io.npy.NpyDtype} and {@link org.breastct.io.npy.NpyFormatException}; the batch files with their
 * checks: {@link org.breastct.io.npy.NpyVolumes} (HU images and label volumes that are not what they claim
 * are refused) and {@link org.breastct.io.npy.CylinderRingFiles} (one table ring per matrix size).
 */
package org.breastct.io.npy;
