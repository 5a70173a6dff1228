/**
 * Section 1 of the method ("DICOM to volume", docs/method.md 1.2-1.5) on plain volumes, independent
 * of the file format the stored values came from.
 *
 * <ul>
 * <li>{@link org.breastct.preprocessing.Preprocessing}: rescale (padding, slope, intercept), the
 * cylinder ring, the cylinder removal and the trimming of the dummy and empty slices, with
 * {@link org.breastct.preprocessing.PreprocessingSettings} and
 * {@link org.breastct.preprocessing.Rescale}; the DICOM reader uses it, and unsigned NPY images are
 * converted with its rescale step.
 * <li>{@link org.breastct.preprocessing.CylinderGeometry}: the CT-table cylinder radius test.
 * <li>{@link org.breastct.preprocessing.HuPlausibility}: whether a volume looks like a breast CT
 * image in Hounsfield units before it is segmented.
 * </ul>
 */
package org.breastct.preprocessing;
