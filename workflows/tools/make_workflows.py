#!/usr/bin/env python3
"""Writes the example workflows of workflows/ as KNIME workflow folders (workflow.knime plus one
settings.xml per node, KNIME's config XML). Run from anywhere:

    python3 workflows/tools/make_workflows.py

The files are committed; this script only keeps them consistent (node ids, connections,
flow-variable bindings, annotations). Our nodes' `model` keys are the keys their settings classes
save (plugin/src/main/java/org/breastct/knime/node/*/*Settings.java); WorkflowFilesTest checks
them. KNIME's own nodes follow knime-base (see workflows/README.md, "KNIME nodes used").
"""

import os
import shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # workflows/

NS = ('xmlns="http://www.knime.org/2008/09/XMLConfig" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd"')


def knime_escape(v):
    """KNIME's config XML writes control characters as %%ddddd (e.g. a tab as %%00009)."""
    return "".join(f"%%{ord(ch):05d}" if ord(ch) < 32 else ch for ch in v)


def attr(v):
    return escape(knime_escape(v), {'"': "&quot;"})


# --- a tiny model of KNIME's config tree: list of (key, value) with value a tuple (type, v) or a list


def s(v):
    return ("xstring", v)


def i(v):
    return ("xint", v)


def b(v):
    return ("xboolean", v)


def d(v):
    return ("xdouble", v)


def c(v):
    return ("xchar", v)


def strarray(values):
    return [("array-size", i(len(values)))] + [(str(k), s(v)) for k, v in enumerate(values)]


def render(entries, indent=1):
    out = []
    pad = "    " * indent
    for key, val in entries:
        if isinstance(val, list):
            if not val:
                out.append(f'{pad}<config key="{attr(key)}"/>')
            else:
                out.append(f'{pad}<config key="{attr(key)}">')
                out.extend(render(val, indent + 1))
                out.append(f'{pad}</config>')
        else:
            typ, v = val
            if v is None:
                out.append(f'{pad}<entry key="{attr(key)}" type="{typ}" isnull="true" value=""/>')
            else:
                if typ == "xboolean":
                    v = "true" if v else "false"
                elif typ == "xdouble":
                    v = repr(float(v))
                out.append(f'{pad}<entry key="{attr(key)}" type="{typ}" value="{attr(str(v))}"/>')
    return out


def write_config(path, root_key, entries):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<config {NS} key="{root_key}">']
    lines += render(entries)
    lines.append("</config>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --- node kinds ---------------------------------------------------------------------------------

OURS = {
    "bundle": ("Breast CT nodes for KNIME", "org.breastct.knime", "breast-ct-knime", "1.0.0.qualifier"),
    "feature": ("Breast CT Segmentation", "org.breastct.knime.feature", "breast-ct-knime", "1.0.0.qualifier"),
}
KNIME_BASE = {
    "bundle": ("KNIME Base Nodes", "org.knime.base", "KNIME AG, Zurich, Switzerland", "5.5.0"),
    "feature": ("KNIME Core", "org.knime.features.base", "KNIME AG, Zurich, Switzerland", "5.5.0"),
}

P = "org.breastct.knime.node."


def dicom_reader(folder):
    return dict(factory=P + "dicomreader.DicomReaderNodeFactory", name="Breast CT DICOM Reader", origin=OURS,
                outputs=1, model=[("folder", s(folder)), ("remove_cylinder", b(True)), ("cylinder_margin", i(30)),
                                  ("dummy_slices", i(3)), ("trim", b(True)), ("fail_fast", b(False))])


def npy_reader(location, include="*.npy", exclude="cylinder*,segmentation_*", column="image"):
    return dict(factory=P + "npyreader.NpyReaderNodeFactory", name="Breast CT NPY Reader", origin=OURS, outputs=1,
                model=[("location", s(location)), ("include_pattern", s(include)),
                       ("exclude_pattern", s(exclude)), ("voxel_type", s("auto")), ("spacing_mm", d(0.3)),
                       ("strip_prefix", s("segmentation_")), ("column_name", s(column))])


def segmenter():
    return dict(factory=P + "segmenter.SegmenterNodeFactory", name="Breast Segmenter", origin=OURS, outputs=1,
                model=[("image_column", s("image")), ("threads", i(0)), ("write_fold_label", b(False)),
                       ("scripts_gland_rule", b(False)), ("silicone_hu", i(130)), ("bone_hu", i(100)),
                       ("muscle_hu", i(-100)), ("skin_hu", i(-180)), ("breast_hu", i(-500)),
                       ("gland_start_hu", i(-51)), ("gland_step_hu", i(5)), ("gland_max_iterations", i(20))])


def renderer():
    return dict(factory=P + "renderer.RendererNodeFactory", name="Representative Image Renderer", origin=OURS,
                outputs=1,
                model=[("image_column", s("image")), ("label_column", s("labels")), ("mode", s("grey")),
                       ("window_low", i(-1024)), ("window_high", i(200)), ("coronal_plane", s("slice")),
                       ("coronal_slice", i(0)), ("coronal", b(True)), ("sagittal", b(True)),
                       ("transversal", b(True)), ("scale", i(1)), ("overlay_alpha", d(0.4))])


def glandularity():
    return dict(factory=P + "glandularity.GlandularityNodeFactory", name="Glandularity Calculator", origin=OURS,
                outputs=1, model=[("image_column", s("image")), ("label_column", s("labels"))])


def npy_writer(folder, column="labels"):
    return dict(factory=P + "npywriter.NpyWriterNodeFactory", name="Breast CT NPY Writer", origin=OURS, outputs=1,
                model=[("volume_column", s(column)), ("folder", s(folder)), ("name_pattern", s("auto")),
                       ("overwrite_policy", s("overwrite"))])


def dicom_writer(folder, cylinder_column):
    return dict(factory=P + "dicomwriter.DicomWriterNodeFactory", name="Breast CT DICOM Writer", origin=OURS,
                outputs=1,
                model=[("label_column", s("labels")), ("cylinder_column", s(cylinder_column)),
                       ("cylinder_value", i(9)), ("folder", s(folder)), ("series_folder_pattern", s("segmentation_{id}")),
                       ("template", s("")), ("series_description", s("")), ("overwrite_policy", s("overwrite"))])


# KNIME's own nodes (keys from knime-base, see README) ----------------------------------------


def column_filter(included):
    """Column Filter (DataColumnSpecFilterNodeFactory): the legacy 'column-filter' config that
    LegacyColumnFilterPersistor reads; manual selection, new columns excluded."""
    return dict(factory="org.knime.base.node.preproc.filter.column.DataColumnSpecFilterNodeFactory",
                name="Column Filter", origin=KNIME_BASE, outputs=1,
                model=[("column-filter", [
                    ("filter-type", s("STANDARD")),
                    ("included_names", strarray(included)),
                    ("excluded_names", strarray([])),
                    ("enforce_option", s("EnforceInclusion")),
                    ("name_pattern", [("pattern", s("")), ("type", s("Wildcard")), ("caseSensitive", b(True)),
                                      ("excludeMatching", b(False))]),
                    ("datatype", [("typelist", [])]),
                ])])


def filter_options():
    return [("filter_files_extension", b(False)), ("files_extension_expression", s("")),
            ("files_extension_case_sensitive", b(False)), ("filter_files_name", b(False)),
            ("files_name_expression", s("*")), ("files_name_case_sensitive", b(False)),
            ("files_name_filter_type", s("WILDCARD")), ("include_hidden_files", b(False)),
            ("filter_folders_name", b(False)), ("folders_name_expression", s("*")),
            ("folders_name_case_sensitive", b(False)), ("folders_name_filter_type", s("WILDCARD")),
            ("include_hidden_folders", b(False))]


def internals(model_id):
    """What SettingsModel.saveSettingsTo adds next to a model: '<configName>_Internals'."""
    return [("SettingsModelID", s(model_id)), ("EnabledStatus", b(True))]


def writer_file_chooser(relative_path, filter_mode):
    """SettingsModelWriterFileChooser: workflow-relative location (KNIME's 'Relative to current
    workflow' file system), missing folders created, existing files overwritten."""
    return [
        ("path", [("location_present", b(True)), ("file_system_type", s("RELATIVE")),
                  ("file_system_specifier", s("knime.workflow")), ("path", s(relative_path))]),
        ("file_system_chooser__Internals", [
            ("has_fs_port", b(False)), ("overwritten_by_variable", b(False)),
            ("convenience_fs_category", s("RELATIVE")), ("relative_to", s("knime.workflow")),
            ("mountpoint", s("LOCAL")), ("spaceId", s("")), ("spaceName", s("")),
            ("custom_url_timeout", i(1000)), ("connected_fs", b(True))]),
        ("filter_mode", [("filter_mode", s(filter_mode)), ("include_subfolders", b(False)),
                         ("filter_options", filter_options())]),
        ("filter_mode_Internals", internals("SMID_FilterMode")),
        ("create_missing_folders", b(True)),
        ("if_path_exists", s("overwrite")),
    ]


def csv_writer(relative_path):
    """CSV Writer (CSVWriter2NodeFactory), CSVWriter2Config: comma, header, no row ID, '.' decimals."""
    return dict(factory="org.knime.base.node.io.filehandling.csv.writer.CSVWriter2NodeFactory",
                name="CSV Writer", origin=KNIME_BASE, outputs=0,
                model=[
                    ("file_chooser_settings", writer_file_chooser(relative_path, "FILE")),
                    ("file_chooser_settings_Internals", internals("SMID_WriterFileChooser")),
                    ("settings", [("column_delimiter", s(",")), ("line_separator", s(None)),
                                  ("quote_char", c('"')), ("quote_escape_char", c('"')),
                                  ("write_column_header", b(True)), ("skip_column_header_on_append", b(False)),
                                  ("write_row_header", b(False))]),
                    ("advanced_settings", [("missing_value_pattern", s("")), ("compress_with_gzip", b(False)),
                                           ("quote_mode", s("IF_NEEDED")), ("separator_replacement", s("")),
                                           ("decimal_separator", c(".")), ("use_scientific_format", b(False)),
                                           ("keep_trailing_zero_in_decimals", b(False))]),
                    ("comment_header_settings", [("comment_line_marker", s("#")), ("comment_indentation", s("\t")),
                                                 ("add_time_to_comment", b(False)),
                                                 ("add_user_to_comment", b(False)),
                                                 ("add_table_name_to_comment", b(False)),
                                                 ("add_custom_text_to_comment", b(False)),
                                                 ("custom_comment_text", s(""))]),
                    ("encoding", [("character_set", s(None))]),
                ])


def image_writer(relative_folder, column, pattern):
    """Image Writer (Table) (ImageWriterTableNodeFactory): one PNG column into a folder."""
    return dict(factory="org.knime.base.node.io.filehandling.imagewriter.table.ImageWriterTableNodeFactory",
                name="Image Writer (Table)", origin=KNIME_BASE, outputs=1,
                model=[("output_location", writer_file_chooser(relative_folder, "FOLDER")),
                       ("output_location_Internals", internals("SMID_WriterFileChooser")),
                       ("image_column", s(column)), ("remove_image_column", b(False)),
                       ("generate_file_names", b(True)), ("filename_pattern", s(pattern)),
                       ("filename_column", [("useRowID", b(False)), ("columnName", s(None))])])


def cross_joiner():
    """Cross Joiner (CrossJoinerNodeFactory): keys as persisted by CrossJoinerNodeSettings."""
    return dict(factory="org.knime.base.node.preproc.crossjoin.CrossJoinerNodeFactory", name="Cross Joiner",
                origin=KNIME_BASE, outputs=1,
                model=[("rigthSuffix", s(" (#1)")), ("CFG_SEPARATOR", s("_")), ("CFG_CACHE", i(1)),
                       ("CFG_SHOW_FIRST", b(False)), ("CFG_FIRST_COLUMNNAME", s("FirstRowIDs")),
                       ("CFG_SHOW_SECOND", b(False)), ("CFG_SECOND_COLUMNNAME", s("SecondRowIDs"))])


# --- workflow assembly --------------------------------------------------------------------------


def bind(path, variable):
    """A flow-variable binding of the model setting at `path` (list of keys) to `variable`."""
    return (path, variable)


def variables_tree(bindings):
    tree = []
    for path, var in bindings:
        level = tree
        for key in path:
            found = next((v for k, v in level if k == key), None)
            if found is None:
                found = []
                level.append((key, found))
            level = found
        level.extend([("used_variable", s(var)), ("exposed_variable", s(None))])
    return [("version", s("V_2019_09_13")), ("tree", tree)]


def node_settings(n, comment):
    bname, bsym, bvendor, bver = n["origin"]["bundle"]
    fname, fsym, fvendor, fver = n["origin"]["feature"]
    e = [("node_file", s("settings.xml")), ("flow_stack", []),
         ("internal_node_subsettings", [("memory_policy", s("CacheSmallInMemory"))]),
         ("model", n["model"])]
    if n.get("bindings"):
        e.append(("variables", variables_tree(n["bindings"])))
    e += [("nodeAnnotation", [("text", s(comment)), ("bgcolor", i(16777215)), ("x-coordinate", i(0)),
                              ("y-coordinate", i(0)), ("width", i(0)), ("height", i(0)),
                              ("alignment", s("CENTER")), ("borderSize", i(0)), ("borderColor", i(0)),
                              ("defFontSize", i(9)), ("annotation-version", i(20151123)), ("styles", [])]),
          ("customDescription", s(None)), ("state", s("IDLE")), ("factory", s(n["factory"])),
          ("node-name", s(n["name"])), ("node-bundle-name", s(bname)), ("node-bundle-symbolic-name", s(bsym)),
          ("node-bundle-vendor", s(bvendor)), ("node-bundle-version", s(bver)),
          ("node-feature-name", s(fname)), ("node-feature-symbolic-name", s(fsym)),
          ("node-feature-vendor", s(fvendor)), ("node-feature-version", s(fver)),
          ("factory_settings", []), ("name", s(n["name"])), ("hasContent", b(False)), ("isInactive", b(False)),
          ("ports", [(f"port_{p}", [("index", i(p)), ("port_dir_location", s(None))])
                     for p in range(1, n["outputs"] + 1)]),
          ("filestores", [("file_store_location", s(None)), ("file_store_id", s(None))])]
    return e


def annotation(text, x, y, w, h):
    return [("text", s(text)), ("contentType", s("text/plain")), ("bgcolor", i(16777201)), ("x-coordinate", i(x)),
            ("y-coordinate", i(y)), ("width", i(w)), ("height", i(h)), ("alignment", s("LEFT")),
            ("borderSize", i(10)), ("borderColor", i(16766976)), ("defFontSize", i(10)),
            ("annotation-version", i(20151123)), ("styles", [])]


def write_workflow(name, variables, nodes, connections, note, note_box):
    folder = os.path.join(ROOT, name)
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    node_entries = []
    for nid, (n, (x, y), comment) in nodes.items():
        node_dir = f"{n['name']} (#{nid})"
        write_config(os.path.join(folder, node_dir, "settings.xml"), "settings.xml", node_settings(n, comment))
        node_entries.append((f"node_{nid}", [
            ("id", i(nid)), ("node_settings_file", s(f"{node_dir}/settings.xml")), ("node_is_meta", b(False)),
            ("node_type", s("NativeNode")), ("ui_classname", s("org.knime.core.node.workflow.NodeUIInformation")),
            ("ui_settings", [("extrainfo.node.bounds", [("array-size", i(4)), ("0", i(x)), ("1", i(y)),
                                                        ("2", i(75)), ("3", i(80))])])]))
    conn_entries = []
    for k, (src, sport, dst, dport) in enumerate(connections):
        conn_entries.append((f"connection_{k}", [("sourceID", i(src)), ("destID", i(dst)), ("sourcePort", i(sport)),
                                                 ("destPort", i(dport))]))
    var_entries = [(f"Var_{k}", [("name", s(vn)), ("class", s("STRING")), ("value", s(vv))])
                   for k, (vn, vv) in enumerate(variables)]
    wf = [("created_by", s("5.5.0")), ("created_by_nightly", b(False)), ("version", s("5.1.0")),
          ("name", s(None)),
          ("authorInformation", [("authored-by", s("breast-ct-knime")),
                                 ("authored-when", s("2026-11-25 20:00:00 +0000")),
                                 ("lastEdited-by", s(None)), ("lastEdited-when", s(None))]),
          ("customDescription", s(None)), ("state", s("IDLE")), ("workflow_credentials", []),
          ("workflow_variables", var_entries),
          ("annotations", [("annotation_0", annotation(note, *note_box))]),
          ("nodes", node_entries), ("connections", conn_entries)]
    write_config(os.path.join(folder, "workflow.knime"), "workflow.knime", wf)


TIMES = ["Total", "Glands", "Skin", "Muscle", "Rib", "Fold", "Silicone"]
GLANDULARITY = ["HU_G", "Seg_G", "breast (ml)", "fat (ml)", "glands (ml)", "skin (ml)", "muscle (ml)", "rib (ml)",
                "skin fold (ml)", "implant (ml)", "mean HU tissue", "mean HU fat", "mean HU glands"]
SPACING = ["slice spacing (mm)", "row spacing (mm)", "column spacing (mm)"]


def batch_segmentation():
    out = "../output/batch_segmentation"
    dr = dicom_reader("knime://knime.workflow/../data/dicom")
    dr["bindings"] = [bind(["folder"], "input_folder")]
    nw = npy_writer("knime://knime.workflow/" + out, "labels")
    nw["bindings"] = [bind(["folder"], "output_folder")]
    cw_t = csv_writer(out + "/Segmentation_time.csv")
    cw_t["bindings"] = [bind(["file_chooser_settings", "path", "path"], "segmentation_time_csv")]
    cw_g = csv_writer(out + "/Glandularity.csv")
    cw_g["bindings"] = [bind(["file_chooser_settings", "path", "path"], "glandularity_csv")]
    iw = image_writer(out + "/images", "auto_seg_c", "auto_seg_c_?")
    iw["bindings"] = [bind(["output_location", "path", "path"], "image_folder")]
    nodes = {
        1: (dr, (40, 120), "reads every series\nsubfolder of input_folder"),
        2: (segmenter(), (180, 120), "the published method"),
        3: (renderer(), (320, 120), "coronal, sagittal,\ntransversal PNGs"),
        4: (glandularity(), (460, 120), "HU_G, Seg_G, volumes"),
        5: (column_filter(["id"] + TIMES), (600, 40), "id + stage times"),
        6: (cw_t, (740, 40), "Segmentation_time.csv"),
        7: (column_filter(["id"] + GLANDULARITY + ["slices", "rows", "columns"] + SPACING), (600, 160),
            "id, HU_G, Seg_G,\nvolumes, mean HU"),
        8: (cw_g, (740, 160), "Glandularity.csv"),
        9: (nw, (600, 280), "segmentation_<uid>.npy\ninto output_folder"),
        10: (iw, (460, 280), "coronal label image\nof every breast"),
    }
    conns = [(1, 1, 2, 1), (2, 1, 3, 1), (3, 1, 4, 1), (4, 1, 5, 1), (5, 1, 6, 1), (4, 1, 7, 1), (7, 1, 8, 1),
             (4, 1, 9, 1), (3, 1, 10, 1)]
    variables = [("input_folder", "knime://knime.workflow/../data/dicom"),
                 ("output_folder", "knime://knime.workflow/" + out),
                 ("segmentation_time_csv", out + "/Segmentation_time.csv"),
                 ("glandularity_csv", out + "/Glandularity.csv"),
                 ("image_folder", out + "/images")]
    note = (
        "Breast CT batch segmentation (Shim et al. 2022): the same outputs as `breastct run`.\n"
        "DICOM Reader -> Breast Segmenter -> Representative Image Renderer -> Glandularity Calculator -> "
        "Segmentation_time.csv, Glandularity.csv (CSV Writer), segmentation_<uid>.npy (NPY Writer) and the "
        "coronal label images (Image Writer).\n\n"
        "WHAT TO CHANGE (workflow variables: right-click the workflow > Workflow Variables..., or "
        "-workflow.variable=... in a batch run):\n"
        "  input_folder  = a folder with one DICOM series subfolder per breast (local path or knime:// URL); "
        "default: the synthetic sample breast in ../data/dicom\n"
        "  output_folder = where segmentation_<uid>.npy go (local path or knime:// URL)\n"
        "  segmentation_time_csv, glandularity_csv, image_folder = paths RELATIVE TO THIS WORKFLOW for KNIME's "
        "CSV Writer and Image Writer (e.g. ../output/run1/Glandularity.csv); for an absolute location choose "
        "'Local File System' in their dialogs.\n"
        "Existing outputs are overwritten. Glandularity.csv names the breast column 'id' (the scripts: 'uid').")
    write_workflow("Breast CT batch segmentation", variables, nodes, conns, note, (20, -260, 880, 250))


def from_npy():
    dr = npy_reader("knime://knime.workflow/../data/npy")
    dr["bindings"] = [bind(["location"], "input_folder")]
    cw = csv_writer("../output/from_npy/Glandularity.csv")
    cw["bindings"] = [bind(["file_chooser_settings", "path", "path"], "glandularity_csv")]
    nodes = {
        1: (dr, (40, 120), "<uid>.npy of input_folder\n(not cylinder*, segmentation_*)"),
        2: (segmenter(), (180, 120), "the published method"),
        3: (glandularity(), (320, 120), "HU_G, Seg_G, volumes"),
        4: (column_filter(["id"] + GLANDULARITY + TIMES), (460, 120), "id, glandularity,\nstage times"),
        5: (cw, (600, 120), "Glandularity.csv"),
    }
    conns = [(1, 1, 2, 1), (2, 1, 3, 1), (3, 1, 4, 1), (4, 1, 5, 1)]
    variables = [("input_folder", "knime://knime.workflow/../data/npy"),
                 ("glandularity_csv", "../output/from_npy/Glandularity.csv")]
    note = (
        "From existing NPY files: for users of the authors' Python scripts. Reads the <uid>.npy volumes that "
        "DICOM_to_numpy.py (or `breastct dicom2npy`) wrote - int16 HU, [slice][row][column], slice 0 = chest "
        "wall - segments them and writes the glandularity of every breast.\n\n"
        "WHAT TO CHANGE (workflow variables):\n"
        "  input_folder     = the folder with the <uid>.npy files (cylinder.npy and segmentation_*.npy are "
        "skipped); default: the sample in ../data/npy\n"
        "  glandularity_csv = output file, relative to this workflow (KNIME's CSV Writer)\n"
        "NPY files carry no voxel spacing: the NPY Reader assumes 0.3 mm (the scanner of the method); change "
        "it in its dialog for other data, otherwise the volumes in ml are wrong.")
    write_workflow("From existing NPY files", variables, nodes, conns, note, (20, -200, 760, 190))


def labels_to_dicom():
    labels = npy_reader("knime://knime.workflow/../data/npy", include="segmentation_*.npy", exclude="",
                        column="labels")
    labels["bindings"] = [bind(["location"], "input_folder")]
    cyl = npy_reader("knime://knime.workflow/../data/npy/cylinder.npy", column="cylinder")
    cyl["bindings"] = [bind(["location"], "cylinder_file")]
    dw = dicom_writer("knime://knime.workflow/../output/labels_to_dicom", "cylinder")
    dw["bindings"] = [bind(["folder"], "output_folder")]
    nodes = {
        1: (labels, (40, 80), "segmentation_<uid>.npy\nof input_folder"),
        2: (cyl, (40, 220), "cylinder.npy (the CT-table ring)"),
        3: (cross_joiner(), (200, 140), "the ring on every row"),
        4: (dw, (360, 140), "segmentation_<uid>/CT*.dcm\ninto output_folder"),
    }
    conns = [(1, 1, 3, 1), (2, 1, 3, 2), (3, 1, 4, 1)]
    variables = [("input_folder", "knime://knime.workflow/../data/npy"),
                 ("cylinder_file", "knime://knime.workflow/../data/npy/cylinder.npy"),
                 ("output_folder", "knime://knime.workflow/../output/labels_to_dicom")]
    note = (
        "Labels to DICOM: writes label volumes as DICOM series for the AB-CT Monte-Carlo dose simulation "
        "(Numpy_to_DICOM.py / `breastct npy2dicom`). Value = label + 1024 with RescaleIntercept -1024 "
        "(HU = label); the CT-table cylinder ring is drawn as label 9 (set 'Cylinder label' to 8 for the "
        "scripts' value). Every series gets new Series/SOP Instance UIDs.\n\n"
        "WHAT TO CHANGE (workflow variables):\n"
        "  input_folder  = folder with segmentation_<uid>.npy (uint8 labels)\n"
        "  cylinder_file = the cylinder.npy that dicom2npy wrote for these breasts\n"
        "  output_folder = where the series folders segmentation_<uid>/ go\n"
        "Without a ring: delete the Cross Joiner and the second reader, connect the first reader to the "
        "DICOM Writer and set its cylinder column to <none>.")
    write_workflow("Labels to DICOM", variables, nodes, conns, note, (20, -220, 700, 200))


if __name__ == "__main__":
    batch_segmentation()
    from_npy()
    labels_to_dicom()
    print("workflows written to", ROOT)
