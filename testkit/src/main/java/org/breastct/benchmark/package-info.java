/**
 * Benchmark commands with a {@code main} (not tests, not run by the build, not shipped in the engine bundle):
 * {@link org.breastct.benchmark.DicomReadBenchmark} times a DICOM series read and its heap.
 */
package org.breastct.benchmark;
