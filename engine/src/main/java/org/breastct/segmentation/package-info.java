/**
 * The segmentation method of docs/method.md section 2 (Shim et al., J Appl Clin Med Phys 2022,
 * DOI 10.1002/acm2.13726): HU volume to label volume ({@link org.breastct.segmentation.LabelCode}).
 *
 * <p>Public: {@link org.breastct.segmentation.BreastSegmenter} (the one entry), its settings
 * ({@link org.breastct.segmentation.SegmentationSettings#DEFAULTS}, composed of one record per step: {@link
 * org.breastct.segmentation.Thresholds}, {@link org.breastct.segmentation.FoldSettings}, {@link
 * org.breastct.segmentation.SkinSettings}, {@link org.breastct.segmentation.RibSettings}, {@link
 * org.breastct.segmentation.MuscleSettings}, {@link org.breastct.segmentation.GlandSettings}), its result and
 * exception, {@link org.breastct.segmentation.LabelCode} and {@link org.breastct.segmentation.SegmentationMethod}.
 *
 * <p>Package-private: one stage class per step of the method, each with one {@code run} method, a result
 * record and one sub-step method per bullet of its section of docs/method.md (BreastMaskStage 2.1,
 * SkinFoldStage 2.2, SkinStage 2.3, RibImplantStage 2.4, MuscleStage 2.5, DensityEstimate 2.6, GlandStage
 * 2.7; robust mode SkinDepthProfileStage R1, ChestWallSlabMuscleStage R2, ImplantShellStage R3), and the
 * PipelineState that carries the label volume and the large masks from stage to stage and drops each after
 * its last reader. Per-voxel work is done by the named operations of {@code org.breastct.imaging}.
 *
 * <p>Checked voxel for voxel against an independent Python implementation on scipy / scikit-image
 * primitives ({@code segment_oracle.py} in the test resources) on four phantoms (plain, fold, ribs,
 * ribs + implant with the scripts' parity setting).
 */
package org.breastct.segmentation;
