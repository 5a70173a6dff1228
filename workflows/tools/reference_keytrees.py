#!/usr/bin/env python3
"""Writes the key trees of KNIME's own nodes (workflows/src/test/resources/keytrees/*.keys) from
settings files KNIME itself saved, read from the bare git mirrors of KNIME's public repositories:

    python3 workflows/tools/reference_keytrees.py [--mirrors /work/.mirror]

A key tree is the list of config paths and entry types (no values) of a node's `model` and, for
nodes with configurable ports, its `node_creation_config`. It is our own fixture, derived from
KNIME's file, not a copy of it. KnimeNodeSettingsTest compares every KNIME node in workflows/
against it. The references (repository, tag, commit, path) are written into each fixture and
listed in workflows/README.md.

A reference may be combined from two saved files where one saved file alone does not show the
layout we need (`graft`): e.g. the CSV Writer's file chooser location relative to the workflow
data area (`file_system_specifier`), which the CSV Writer reference (a local path) lacks, comes
from a Table Writer that KNIME saved with the same file chooser settings model.
"""

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "keytrees")
NS = "{http://www.knime.org/2008/09/XMLConfig}"


def ref(repo, tag, path, saved_by, root=("model",)):
    return dict(repo=repo, tag=tag, path=path, saved_by=saved_by, root=root)


CSV_WRITER = ref("knime/knime-gateway", "analytics-platform/5.8.2",
                 "org.knime.gateway.testing.helper/files/testflows/Auto Connect Nodes/CSV Writer (#28)/settings.xml",
                 "KNIME 5.3.0 (node-bundle-version 5.3.0.v202404170734)")
TABLE_WRITER = ref("knime/knime-core", "analytics-platform/5.8.3",
                   "org.knime.core.workflow.tests/src/org/knime/core/node/workflow/"
                   "bugAP19046_BlobDuplicatesInNewTableReader/Table Writer (#713)/settings.xml",
                   "KNIME 4.6.0 (node-bundle-version 4.6.0.qualifier)")
COLUMN_FILTER = ref("knime/knime-core", "analytics-platform/5.8.3",
                    "org.knime.core.workflow.tests/src/org/knime/core/node/workflow/"
                    "enhAP23936_BDTRefReaderNoCopy/Column Filter (#3)/settings.xml",
                    "KNIME 5.5.0 (node-bundle-version 5.5.0.v202503092242)")
CROSS_JOINER = ref("knime/knime-base", "analytics-platform/5.8.2",
                   "org.knime.base.tests/files/test_snapshots/"
                   "org.knime.base.node.preproc.crossjoin.CrossJoinerNodeParametersTest0.settings.xml.snap",
                   "KNIME 5.8.2 settings snapshot test (the node's model settings, root key 'test')", root=())
IMAGE_WRITER = ref("knime/knime-base", "analytics-platform/5.11.0",
                   "org.knime.base.tests/files/node_settings/ImageWriterTableNodeParameters.xml",
                   "KNIME 5.11.0 (node-bundle-version 5.11.0.qualifier); no saved file of this node on the 5.8 line")
TESTFLOW_CONFIG = ref("knime/knime-core", "analytics-platform/5.8.3",
                      "org.knime.core.workflow.tests/src/org/knime/core/node/workflow/"
                      "bugAP23528_WorkflowLoad_FolderNames_CaseIgnorant/Testflow Configuration (#2)/settings.xml",
                      "KNIME 5.4.0 (node-bundle-version 5.4.0.qualifier)")
DIFF_CHECKER = ref("knime/knime-core", "analytics-platform/5.8.3",
                   "org.knime.core.workflow.tests/src/org/knime/core/node/workflow/"
                   "enhAP23790_UpdatesOfMetanodeLinksToComponentLinks/Table Difference Checker (#10)/settings.xml",
                   "KNIME 5.5.0 (node-bundle-version 5.5.0.qualifier)")
CSV_READER_SAVED = ref("knime/knime-core", "analytics-platform/5.8.3",
                       "org.knime.core.tests/files/Workflow_Test/Component__Link/CSV Reader (#2)/settings.xml",
                       "KNIME 4.5.1 (node-bundle-version 4.5.1.v202201171147)", root=("node_creation_config",))
CSV_READER = ref("knime/knime-base", "analytics-platform/5.8.2",
                 "org.knime.base.tests/files/test_snapshots/"
                 "org.knime.base.node.io.filehandling.csv.reader2.CSVTableReaderNodeSettingsTest1.settings.xml.snap",
                 "KNIME 5.8.2 settings snapshot test (the node's model settings, root key 'test')", root=())

# factory -> (name, reference, grafts [(path in target, reference, path in reference)], wildcards, note)
NODES = {
    "org.knime.base.node.io.filehandling.csv.writer.CSVWriter2NodeFactory": (
        "CSV Writer", CSV_WRITER,
        [("model/settings/file_chooser_settings/path", TABLE_WRITER, "model/file_selection/path"),
         ("model/settings/file_chooser_settings/file_system_chooser__Internals", CSV_WRITER,
          "model/settings/file_chooser_settings/file_system_chooser__Internals")],
        [], "location relative to the workflow data area: `path` sub-config as the Table Writer reference "
            "saved it (file_system_specifier knime.workflow.data); the same SettingsModelWriterFileChooser"),
    "org.knime.base.node.io.filehandling.imagewriter.table.ImageWriterTableNodeFactory": (
        "Image Writer (Table)", IMAGE_WRITER,
        [("model/output_location/path", TABLE_WRITER, "model/file_selection/path")],
        [], "closest saved file is 5.11.0 (NodeParameters). KNIME 5.8's SettingsModel-based config saves the "
            "same keys plus optional '<key>_Internals' configs (enable status, model id), which KNIME "
            "ignores when absent (SettingsModel.readEnableStatusAndCheckModelID), so 5.8 loads this layout"),
    "org.knime.base.node.preproc.filter.column.DataColumnSpecFilterNodeFactory": (
        "Column Filter", COLUMN_FILTER, [], [], "config paths also listed in knime-base 5.8.2 "
        "NodeSettingsSnapshotTests$ColumnFilterNodeSettingsTest.snap (configPaths column-filter/...)"),
    "org.knime.base.node.preproc.crossjoin.CrossJoinerNodeFactory": (
        "Cross Joiner", CROSS_JOINER, [], [], ""),
    "org.knime.testing.node.config.TestConfigNodeFactory": (
        "Testflow Configuration", TESTFLOW_CONFIG, [], [], ""),
    "org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory": (
        "Table Difference Checker", DIFF_CHECKER, [], ["model/columnConfig_*"],
        "one 'columnConfig_<column>' sub-config per compared column"),
    "org.knime.base.node.io.filehandling.csv.reader.CSVTableReaderNodeFactory": (
        "CSV Reader", CSV_READER,
        [("node_creation_config", CSV_READER_SAVED, "node_creation_config")], [],
        "model from the 5.8.2 snapshot; the port groups (node_creation_config), which a snapshot of the "
        "model does not show, from a CSV Reader KNIME saved")
}


def show(mirrors, r):
    git = os.path.join(mirrors, r["repo"].replace("/", "+"), "repo")
    commit = subprocess.check_output(["git", "--git-dir", git, "rev-parse", r["tag"] + "^{commit}"], text=True).strip()
    text = subprocess.check_output(["git", "--git-dir", git, "show", f"{r['tag']}:{r['path']}"])
    return commit, ET.fromstring(text)


def walk(el, prefix, out):
    for c in el:
        key = c.get("key")
        path = f"{prefix}/{key}" if prefix else key
        if c.tag == NS + "config":
            out.append(("config", path, ""))
            walk(c, path, out)
        elif c.tag == NS + "entry":
            out.append(("entry", path, c.get("type")))


def subtree(root_el, r, path):
    """Lines (kind, path, type) under `path` of a parsed reference; path relative to settings.xml."""
    lines = []
    root_prefix = "/".join(r["root"])
    base = root_el
    if root_prefix:
        for k in root_prefix.split("/"):
            base = next(c for c in base if c.get("key") == k)
    walk(base, root_prefix, lines)
    # a snapshot test's root config is the node's model
    if not r["root"]:
        lines = [(k, "model/" + p, t) for k, p, t in lines]
        lines.insert(0, ("config", "model", ""))
    else:
        lines.insert(0, ("config", root_prefix, ""))
    return [l for l in lines if l[1] == path or l[1].startswith(path + "/")]


def node_creation(root_el, r):
    if not r["root"]:
        return []
    nc = next((c for c in root_el if c.get("key") == "node_creation_config"), None)
    if nc is None:
        return []
    lines = [("config", "node_creation_config", "")]
    walk(nc, "node_creation_config", lines)
    return lines


def wildcard(path, wildcards):
    parts = path.split("/")
    for w in wildcards:
        wp = w.split("/")
        if len(parts) >= len(wp) and all(a == b or (b.endswith("*") and a.startswith(b[:-1]))
                                         for a, b in zip(parts, wp)):
            return "/".join(wp + parts[len(wp):])
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", default="/work/.mirror")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    for factory, (name, r, grafts, wildcards, note) in NODES.items():
        commit, root_el = show(a.mirrors, r)
        lines = subtree(root_el, r, "model") + node_creation(root_el, r)
        sources = [(r, commit)]
        for target, gr, gpath in grafts:
            gcommit, groot = show(a.mirrors, gr)
            grafted = [(k, target + p[len(gpath):], t) for k, p, t in subtree(groot, gr, gpath)]
            lines = [l for l in lines if not (l[1] == target or l[1].startswith(target + "/"))] + grafted
            if (gr, gcommit) not in sources:
                sources.append((gr, gcommit))
        lines = sorted({(k, wildcard(p, wildcards), t) for k, p, t in lines}, key=lambda l: l[1])
        fname = os.path.join(OUT, factory + ".keys")
        with open(fname, "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# Key tree of KNIME's '{name}' node ({factory}): config paths and entry types of\n")
            f.write("# what KNIME saves under model (and node_creation_config), generated by\n")
            f.write("# workflows/tools/reference_keytrees.py from settings KNIME saved:\n")
            for s, c in sources:
                f.write(f"#   {s['repo']} {s['tag']} ({c}) {s['path']}\n#     saved by {s['saved_by']}\n")
            if note:
                f.write(f"# note: {note}\n")
            f.write(f"factory {factory}\n")
            for w in wildcards:
                f.write(f"wildcard {w}\n")
            for k, p, t in lines:
                f.write(f"{k} {p}" + (f" {t}" if t else "") + "\n")
        print("wrote", os.path.relpath(fname), len(lines), "paths", file=sys.stderr)


if __name__ == "__main__":
    main()
