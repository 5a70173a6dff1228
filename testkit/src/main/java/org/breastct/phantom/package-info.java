/**
 * Synthetic dedicated breast-CT volumes with ground truth, for tests, the demo and benchmarks.
 *
 * <ul>
 * <li>{@link org.breastct.phantom.PhantomSpec}: what to generate (shape, seed, ribs, implant,
 *     skin fold, noise, gland fraction), with {@code DEFAULT} 120 x 320 x 320 and
 *     {@code BENCHMARK} 400 x 640 x 640.</li>
 * <li>{@link org.breastct.phantom.PhantomGenerator#generate}: the HU image and the truth labels
 *     ({@link org.breastct.phantom.Phantom}); deterministic for a seed, any thread count.</li>
 * <li>{@link org.breastct.phantom.ScannerExport}: the image as the scanner would export it
 *     (dummy slices, CT-table cylinder ring, padding), to test the DICOM import end to end.</li>
 * </ul>
 */
package org.breastct.phantom;
