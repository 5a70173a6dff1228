/**
 * Checking segmentations against ground truth: {@link org.breastct.validation.Dice} overlap per label and
 * {@link org.breastct.validation.MethodComparison}, which segments phantoms (with their truth) by the
 * published method and by robust mode and tabulates Dice per label and glandularity for both.
 */
package org.breastct.validation;
