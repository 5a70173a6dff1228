/**
 * Image-processing primitives on flat primitive arrays in C order (z, y, x), with no knowledge of
 * breasts: {@link org.breastct.imaging.ConnectedComponents}, {@link org.breastct.imaging.DistanceTransform},
 * {@link org.breastct.imaging.Watershed}, {@link org.breastct.imaging.Morphology},
 * {@link org.breastct.imaging.HoleFilling}, {@link org.breastct.imaging.ContourBand} (and its OpenCV-drawing
 * twin {@link org.breastct.imaging.OpenCvContourBand}),
 * {@link org.breastct.imaging.GaussianFilter} and {@link org.breastct.imaging.CentreOfMass}. Each
 * class states its contract (connectivity, border handling, ties) in its Javadoc. A grid with
 * {@code nz == 1} is 2-D. Whole-volume passes run in parallel on the given
 * {@link org.breastct.parallel.TaskExecutor}; results never depend on its thread count. With a
 * cancellable executor ({@link org.breastct.parallel.TaskExecutor#cancellable}) every primitive can
 * be cancelled between the chunks of its parallel passes (and the watershed also inside its
 * sequential flooding): it throws {@link org.breastct.progress.CancelledException} and its outputs are
 * undefined; its read-only inputs stay unchanged.
 */
package org.breastct.imaging;
