/**
 * The segmentation method of docs/method.md section 2 (Shim et al., J Appl Clin Med Phys 2022,
 * DOI 10.1002/acm2.13726): HU volume to label volume ({@link org.breastct.segmentation.LabelCode}).
 *
 * <p>Entry point: {@link org.breastct.segmentation.BreastSegmenter#segment}. One class per step of the
 * method, each with one public {@code run} method and a result record: {@link
 * org.breastct.segmentation.BreastMaskStage} (2.1), {@link org.breastct.segmentation.SkinFoldStage} (2.2),
 * {@link org.breastct.segmentation.SkinStage} (2.3), {@link org.breastct.segmentation.RibImplantStage}
 * (2.4), {@link org.breastct.segmentation.MuscleStage} (2.5), {@link
 * org.breastct.segmentation.DensityEstimate} (2.6), {@link org.breastct.segmentation.GlandStage} (2.7).
 * Parameters: {@link org.breastct.segmentation.SegmentationSettings#DEFAULTS}.
 *
 * <p>Checked voxel for voxel against an independent Python implementation on scipy / scikit-image
 * primitives ({@code segment_oracle.py} in the test resources) on four phantoms (plain, fold, ribs,
 * ribs + implant with the scripts' gland rule).
 */
package org.breastct.segmentation;
