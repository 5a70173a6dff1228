/**
 * The runtime test kit: the nodes' configure and execute in JUnit, on an in-memory implementation of the KNIME
 * runtime pieces they touch (test scope only, never shipped).
 *
 * <h2>How it works</h2>
 * {@code plugin/src/test/java/org/knime/**} holds stand-ins with the fully qualified names of the real KNIME classes
 * (tables, containers, rows, cells and specs; execution context with progress, cancel, sub contexts and file stores
 * in a temporary folder; node model and factory bases; file-system locations, paths, connections and Path cells).
 * Surefire puts {@code target/test-classes} before the dependencies, so at test runtime the stand-ins shadow the
 * compile-only shim bundles (whose bodies throw) and the plugin's classes, compiled against the shim, run on them.
 * Each stand-in keeps the declarations the plugin relies on (checked by {@code KitLinkageTest}) and says in its
 * Javadoc which real class it mirrors and what of its behaviour was checked against the real source at
 * analytics-platform/5.8.2 ({@code KitFidelityTest} tests those behaviours). Members only the kit needs are named
 * {@code kit...}. Flow variables are not part of the kit: no node reads any.
 *
 * <h2>Use</h2>
 * <pre>
 * KitWorkflow wf = KitWorkflow.create(tempDir);                 // mountpoint, workflow, data area, local folder
 * ExecutionContext exec = new ExecutionContext(tempDir.resolve("fs"));
 * KitNode&lt;?&gt; reader = KitNode.create(wf, new DicomReaderNodeFactory());   // optional port groups as varargs
 * DicomReaderParameters p = KitParameters.set(KitParameters.defaults(DicomReaderParameters.class), "m_folder",
 *     wf.dataAreaRelative("dicom"));                             // or wf.local(..), wf.workflowRelative("../..")
 * BufferedDataTable t = reader.executeTable(p, exec);           // configures first, checks the predicted spec
 * </pre>
 * Use one {@code ExecutionContext} per node execution, as KNIME does (file store names are unique per execution).
 * Cancel: {@code exec.kitOnProgress((progress, message) -> exec.kitCancel())}. A non-local file system:
 * {@link org.breastct.knime.runtime.kit.KitWorkflow#connectedPort} with the node's File System port group.
 */
package org.breastct.knime.runtime.kit;
