#!/usr/bin/env python3
"""Writes the example workflows of workflows/ and the testflows of workflows/tests/ as KNIME
workflow folders (workflow.knime plus one settings.xml per node, KNIME's config XML), keeping each
workflow's data area (data/). Run from anywhere:

    python3 workflows/tools/make_workflows.py

The files are committed; this script only keeps them consistent (node ids, connections,
flow-variable bindings, annotations). Our nodes' settings come from one function per node below,
used by the examples and the testflows alike: after a settings change of our nodes, edit only
those. Their `model` keys are the keys the settings classes save; the plugin's WorkflowFilesTest
checks them. KNIME's own nodes follow settings files KNIME saved (workflows/README.md, "KNIME
nodes used"); KnimeNodeSettingsTest compares them with the key-tree fixtures.
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
    # what KNIME's "install missing extensions" searches the update sites for: <feature id>.feature.group
    "feature": ("Breast CT Segmentation", "org.breastct.knime.feature.feature.group", "breast-ct-knime",
                "1.0.0.qualifier"),
}
# bundle and feature entries as a KNIME-saved CSV Writer has them (see workflows/README.md), at 5.8.0
KNIME_VERSION = "5.8.0"
KNIME_BASE = {
    "bundle": ("KNIME Base Nodes", "org.knime.base", "KNIME AG, Zurich, Switzerland", KNIME_VERSION),
    "feature": ("KNIME Base nodes", "org.knime.features.base.feature.group", "KNIME AG, Zurich, Switzerland",
                KNIME_VERSION),
}
# the testing nodes (KNIME Testing Framework, org.knime.features.testing.application) as saved files have them
KNIME_TESTING = {
    "bundle": ("Test-Node extension for KNIME Workbench", "org.knime.testing", "KNIME AG, Zurich, Switzerland",
               KNIME_VERSION),
    "feature": (None, None, None, "0.0.0"),
}

P = "org.breastct.knime.node."


DATA_AREA = "knime.workflow.data"  # KNIME's "Relative to > Current workflow data area" file system


def data_area_location(relative_path):
    """A file chooser location in the workflow data area (<workflow>/data), as KNIME saves an FSLocation
    (FSLocationSerializationUtils.saveFSLocation): the 'path' config of a file selection or chooser."""
    assert not relative_path.startswith("/") and ".." not in relative_path.split("/"), relative_path
    return ("path", [("location_present", b(True)), ("file_system_type", s("RELATIVE")),
                     ("file_system_specifier", s(DATA_AREA)), ("path", s(relative_path))])


def no_location():
    """An unset file selection, as the parameters' default `new FileSelection()` saves it: the local file
    system with an empty path (no specifier, the local file system has none)."""
    return ("path", [("location_present", b(True)), ("file_system_type", s("LOCAL")), ("path", s(""))])


# Our nodes: the keys and entry types their NodeParameters classes (plugin/.../node/*/XxxParameters.java)
# persist, in field order. A FileSelection is the config <key> holding the location config 'path'; an
# enum is the lower-case string our EnumKeyPersistor writes. Locations are relative to the workflow data
# area; a workflow variable binds the location's inner 'path' string (LOCATION below).


def location(key, relative_path):
    return (key, [data_area_location(relative_path)])


def LOCATION(key):
    """The setting path of a file selection's path string, for a flow-variable binding."""
    return [key, "path", "path"]


def dicom_reader(folder, remove_cylinder=True, dummy_slices=3, trim=True):
    return dict(factory=P + "dicomreader.DicomReaderNodeFactory", name="Breast CT DICOM Reader", origin=OURS,
                outputs=1, model=[location("input_folder", folder), ("path_column", s("")),
                                  ("remove_cylinder", b(remove_cylinder)), ("cylinder_margin", i(30)),
                                  ("trim", b(trim)), ("dummy_slices", i(dummy_slices)), ("fail_fast", b(False)),
                                  ("any_modality", b(False))])


def npy_reader(where, include="*.npy", exclude="cylinder*,segmentation_*", column="image"):
    return dict(factory=P + "npyreader.NpyReaderNodeFactory", name="Breast CT NPY Reader", origin=OURS, outputs=1,
                model=[location("input_location", where), ("path_column", s("")), ("include_pattern", s(include)),
                       ("exclude_pattern", s(exclude)), ("voxel_type", s("auto")), ("spacing_mm", d(0.3)),
                       ("strip_prefix", s("segmentation_")), ("column_name", s(column)),
                       ("stored_offset", i(-1)), ("hu_check", b(True))])


def segmenter():
    return dict(factory=P + "segmenter.SegmenterNodeFactory", name="Breast Segmenter", origin=OURS, outputs=1,
                model=[("image_column", s("image")), ("method", s("published")), ("write_fold_label", b(False)),
                       ("threads", i(0)),
                       ("silicone_hu", i(130)), ("bone_hu", i(100)), ("muscle_hu", i(-100)), ("skin_hu", i(-180)),
                       ("breast_hu", i(-500)), ("gland_start_hu", i(-51)), ("gland_step_hu", i(5)),
                       ("gland_max_iterations", i(20)), ("scripts_gland_rule", b(False)),
                       ("hu_check", b(True))])


def renderer(image_column="image", label_column="labels"):
    return dict(factory=P + "renderer.RendererNodeFactory", name="Representative Image Renderer", origin=OURS,
                outputs=1,
                model=[("image_column", s(image_column)), ("label_column", s(label_column)), ("coronal", b(True)),
                       ("sagittal", b(True)), ("transversal", b(True)), ("coronal_plane", s("slice")),
                       ("coronal_slice", i(0)), ("mode", s("grey")), ("window_low", i(-1024)),
                       ("window_high", i(200)), ("scale", i(1)), ("overlay_alpha", d(0.4))])


def glandularity():
    return dict(factory=P + "glandularity.GlandularityNodeFactory", name="Glandularity Calculator", origin=OURS,
                outputs=1, model=[("image_column", s("image")), ("label_column", s("labels")),
                                  ("fold_column", s("fold"))])


def npy_writer(folder, column="labels"):
    """Existing files are overwritten (the node's default: fail), so that a workflow can be re-run."""
    return dict(factory=P + "npywriter.NpyWriterNodeFactory", name="Breast CT NPY Writer", origin=OURS, outputs=1,
                model=[("volume_column", s(column)), location("output_folder", folder),
                       ("create_missing_folders", b(True)), ("name_pattern", s("auto")),
                       ("overwrite_policy", s("overwrite"))])


def dicom_writer(folder, cylinder_column=None):
    """cylinder_column None: no ring drawn (the column setting keeps its default)."""
    draw = cylinder_column is not None
    return dict(factory=P + "dicomwriter.DicomWriterNodeFactory", name="Breast CT DICOM Writer", origin=OURS,
                outputs=1,
                model=[("label_column", s("labels")), ("draw_cylinder", b(draw)),
                       ("cylinder_column", s(cylinder_column if draw else "cylinder")), ("cylinder_value", i(9)),
                       location("output_folder", folder), ("create_missing_folders", b(True)),
                       ("series_folder_pattern", s("segmentation_{id}")), ("overwrite_policy", s("overwrite")),
                       ("template_file", [no_location()]), ("series_description", s(""))])


# KNIME's own nodes: the key layout of settings KNIME saved (workflows/README.md, "KNIME nodes used";
# fixtures in workflows/src/test/resources/keytrees, checked by KnimeNodeSettingsTest) -------------

def column_filter(included):
    """Column Filter (DataColumnSpecFilterNodeFactory): the 'column-filter' config as KNIME 5.5 saved
    it; manual selection, new columns excluded."""
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


def internals(model_id):
    """What SettingsModel.saveSettingsTo adds next to a model: '<configName>_Internals'."""
    return [("SettingsModelID", s(model_id)), ("EnabledStatus", b(True))]


def fs_chooser_internals():
    return ("file_system_chooser__Internals", [
        ("has_fs_port", b(False)), ("overwritten_by_variable", b(False)), ("convenience_fs_category", s("RELATIVE")),
        ("relative_to", s(DATA_AREA)), ("mountpoint", s("LOCAL")), ("spaceId", s("")), ("spaceName", s("")),
        ("custom_url_timeout", i(1000)), ("connected_fs", b(True))])


def csv_writer(relative_path):
    """CSV Writer (CSVWriter2NodeFactory): the file chooser inside 'settings', 'row_delimiter', as a
    KNIME-saved CSV Writer has them. Comma, header, no row ID, LF line ends, UTF-8; the file lies in
    the workflow data area; missing folders are created, an existing file is overwritten."""
    return dict(factory="org.knime.base.node.io.filehandling.csv.writer.CSVWriter2NodeFactory",
                name="CSV Writer", origin=KNIME_BASE, outputs=0,
                creation=["File System Connection", "Data Table"],
                model=[
                    ("settings", [
                        ("file_chooser_settings_Internals", internals("SMID_WriterFileChooser")),
                        ("file_chooser_settings", [
                            fs_chooser_internals(),
                            data_area_location(relative_path),
                            ("filter_mode_Internals", internals("SMID_FilterMode")),
                            ("create_missing_folders", b(True)),
                            ("if_path_exists", s("overwrite"))]),
                        ("column_delimiter", s(",")), ("row_delimiter", s("\n")),
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
                    ("encoding", [("character_set", s("UTF-8"))]),
                ])


CSV_PATH = ["settings", "file_chooser_settings", "path", "path"]


def image_writer(relative_folder, column, pattern):
    """Image Writer (Table) (ImageWriterTableNodeFactory): one PNG column into a folder of the
    workflow data area; keys as KNIME 5.11.0 saved them (no 5.8-line file; see README)."""
    return dict(factory="org.knime.base.node.io.filehandling.imagewriter.table.ImageWriterTableNodeFactory",
                name="Image Writer (Table)", origin=KNIME_BASE, outputs=1,
                creation=["File System Connection", "Input Data Table", "Output Table"],
                model=[("output_location", [data_area_location(relative_folder), fs_chooser_internals(),
                                            ("create_missing_folders", b(True)),
                                            ("if_path_exists", s("overwrite"))]),
                       ("image_column", s(column)), ("remove_image_column", b(False)),
                       ("generate_file_names", b(True)), ("filename_pattern", s(pattern)),
                       ("filename_column", [("useRowID", b(False)), ("columnName", s(None))])])


IMAGE_PATH = ["output_location", "path", "path"]


def cross_joiner():
    """Cross Joiner (CrossJoinerNodeFactory): keys as KNIME 5.8.2's settings snapshot has them."""
    return dict(factory="org.knime.base.node.preproc.crossjoin.CrossJoinerNodeFactory", name="Cross Joiner",
                origin=KNIME_BASE, outputs=1,
                model=[("rigthSuffix", s(" (#1)")), ("CFG_SEPARATOR", s("_")), ("CFG_CACHE", i(1)),
                       ("CFG_SHOW_FIRST", b(False)), ("CFG_FIRST_COLUMNNAME", s("FirstRowIDs")),
                       ("CFG_SHOW_SECOND", b(False)), ("CFG_SECOND_COLUMNNAME", s("SecondRowIDs"))])


def csv_reader(relative_path):
    """CSV Reader (CSVTableReaderNodeFactory): a comma-separated file with a header in the workflow data
    area, keys as KNIME 5.8.2's settings snapshot has them; the table spec is detected when the node is
    configured (save_table_spec_config_Internals false), so the file alone defines the columns."""
    filter_options = [("filter_files_extension", b(False)), ("files_extension_expression", s("")),
                      ("files_extension_case_sensitive", b(False)), ("filter_files_name", b(False)),
                      ("files_name_expression", s("*")), ("files_name_case_sensitive", b(False)),
                      ("files_name_filter_type", s("WILDCARD")), ("include_hidden_files", b(False)),
                      ("include_special_files", b(True)), ("filter_folders_name", b(False)),
                      ("folders_name_expression", s("*")), ("folders_name_case_sensitive", b(False)),
                      ("folders_name_filter_type", s("WILDCARD")), ("include_hidden_folders", b(False)),
                      ("follow_links", b(True))]
    settings = [
        ("file_selection", [
            data_area_location(relative_path),
            ("filter_mode", [("filter_mode", s("FILE")), ("include_subfolders", b(False)),
                             ("filter_options", filter_options)]),
            fs_chooser_internals()]),
        ("file_selection_Internals", internals("SMID_ReaderFileChooser")),
        ("has_row_id", b(False)), ("has_column_header", b(True)), ("support_short_data_rows", b(False)),
        ("skip_empty_data_rows", b(False)), ("prepend_file_idx_to_row_id", b(False)), ("comment_char", s("#")),
        ("column_delimiter", s(",")), ("quote_char", s('"')), ("quote_escape_char", s('"')),
        ("use_line_break_row_delimiter", b(True)), ("row_delimiter", s("\n")),
        ("autodetect_buffer_size", i(1048576))]
    advanced = [
        ("save_table_spec_config_Internals", b(False)), ("check_table_spec", b(False)),
        ("fail_on_differing_specs", b(True)), ("spec_merge_mode", s("UNION")),
        ("append_path_column_Internals", b(False)), ("path_column_name_Internals", s("Path")),
        ("limit_data_rows_scanned", b(True)), ("max_data_rows_scanned", ("xlong", 10000)),
        ("limit_memory_per_column", b(True)), ("maximum_number_of_columns", i(8192)),
        ("quote_option", s("REMOVE_QUOTES_AND_TRIM")), ("replace_empty_quotes_with_missing", b(True)),
        ("no_row_delimiters_in_quotes", b(False)), ("min_chunk_size_in_bytes", ("xlong", 67108864)),
        ("max_num_chunks_per_file", i(8)), ("thousands_separator", s("\0")), ("decimal_separator", s("."))]
    limit_rows = [("skip_lines", b(False)), ("number_of_lines_to_skip", ("xlong", 0)), ("skip_data_rows", b(False)),
                  ("number_of_rows_to_skip", ("xlong", 0)), ("limit_data_rows", b(False)), ("max_rows", ("xlong", 50))]
    spec_config = [
        ("version", s("V4_4")), ("individual_specs", []),
        ("table_transformation", [
            ("columns", [("num_columns", i(0)), ("intersection_indices", [("array-size", i(0))])]),
            ("skip_empty_columns", b(False)), ("enforce_types", b(True)), ("column_filter_mode", s("UNION")),
            ("unknown_columns_transformation", [("position", i(0)), ("keep", b(True)), ("force_type", b(False))])]),
        ("source_group_id", s("")),
        ("config_id", [("multi_table_read", [
            ("settings", [("has_column_header", b(True)), ("has_row_id", b(False)), ("comment_char", s("#")),
                          ("column_delimiter", s(",")), ("quote_char", s('"')), ("quote_escape_char", s('"')),
                          ("row_delimiter", s("\n")), ("use_line_break_row_delimiter", b(True))]),
            ("advanced_settings", [("quote_option", s("REMOVE_QUOTES_AND_TRIM")),
                                   ("replace_empty_quotes_with_missing", b(True)),
                                   ("limit_data_rows_scanned", b(True)), ("max_data_rows_scanned", ("xlong", 10000)),
                                   ("thousands_separator", s("\0")), ("decimal_separator", s("."))]),
            ("encoding", [("charset", s("UTF-8"))]),
            ("limit_rows", [("skip_lines", b(False)), ("number_of_lines_to_skip", ("xlong", 0)),
                            ("skip_data_rows", b(False)), ("number_of_rows_to_skip", ("xlong", 0))])])])]
    return dict(factory="org.knime.base.node.io.filehandling.csv.reader.CSVTableReaderNodeFactory",
                name="CSV Reader", origin=KNIME_BASE, outputs=1, creation=["File System Connection", "Data Table"],
                model=[("settings", settings), ("advanced_settings", advanced), ("limit_rows", limit_rows),
                       ("encoding", [("charset", s("UTF-8"))]), ("table_spec_config_Internals", spec_config)])


def testflow_configuration(timeout_s=300):
    """Testflow Configuration (TestConfigNodeFactory, KNIME Testing Framework): no log errors or warnings
    expected, no node may fail; keys as a KNIME-saved Testflow Configuration has them."""
    def none():
        return [("array-size", i(0))]
    return dict(factory="org.knime.testing.node.config.TestConfigNodeFactory", name="Testflow Configuration",
                origin=KNIME_TESTING, outputs=0,
                model=[("owner", s("breast-ct-knime")), ("requiredLogErrors", none()),
                       ("requiredLogWarnings", none()), ("requiredLogInfos", none()),
                       ("optionalLogMessages", none()), ("failingNodes", none()),
                       ("requiredNodeWarnings", [("count", i(0))]), ("requiredNodeErrors", [("count", i(0))]),
                       ("timeout", i(timeout_s)), ("maxHilitedRows", i(2500)), ("usedJanitors", none()),
                       ("streamingTest", b(False)), ("testNodesInComponents", b(True)),
                       ("requiredLoadVersion", s("2.8.0")),
                       ("supportedTableBackends", strarray(["org.knime.core.data.container.BufferedTableBackend"]))])


def difference_checker(columns):
    """Table Difference Checker (DifferenceCheckerNodeFactory): input 1 = the table under test, input 2 =
    the expected table; every column compared for equality (EqualityChecker), row IDs, column
    properties and domains ignored (the expected table comes from a CSV file)."""
    def flag(key, value):
        return [(key + "_Internals", internals("SMID_boolean")), (key, b(value))]
    per_column = [("checkerFactory", s("org.knime.testing.internal.diffcheckers.EqualityChecker$Factory")),
                  ("internals", flag("ignoreColumnProperties", True) + flag("ignoreColumnElementNames", False)
                   + flag("ignoreDomain", True) + flag("ignoreDomainPossibleValuesOrdering", False))]
    return dict(factory="org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory",
                name="Table Difference Checker", origin=KNIME_TESTING, outputs=0,
                model=[(f"columnConfig_{c}", per_column) for c in columns] + [("ignoreRowIds", b(True))])


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
          ("factory_settings", [])]
    if n.get("creation"):
        # nodes with configurable ports (a file system port group): the port groups, as KNIME saves them
        e.append(("node_creation_config", [(group, []) for group in n["creation"]]))
    e += [("name", s(n["name"])), ("hasContent", b(False)), ("isInactive", b(False)),
          ("ports", [(f"port_{p}", [("index", i(p)), ("port_dir_location", s(None))])
                     for p in range(1, n["outputs"] + 1)]),
          ("filestores", [("file_store_location", s(None)), ("file_store_id", s(None))])]
    return e


def annotation(text, x, y, w, h):
    return [("text", s(text)), ("contentType", s("text/plain")), ("bgcolor", i(16777201)), ("x-coordinate", i(x)),
            ("y-coordinate", i(y)), ("width", i(w)), ("height", i(h)), ("alignment", s("LEFT")),
            ("borderSize", i(10)), ("borderColor", i(16766976)), ("defFontSize", i(10)),
            ("annotation-version", i(20151123)), ("styles", [])]


def write_workflow(name, variables, nodes, connections, note, note_box, parent=ROOT):
    """Writes workflow.knime and the node folders; keeps the workflow's data area (data/)."""
    folder = os.path.join(parent, name)
    os.makedirs(folder, exist_ok=True)
    for entry in os.listdir(folder):
        if entry != "data":
            p = os.path.join(folder, entry)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
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
    # created_by: the KNIME version that wrote the file; version: the workflow format, 5.1.0 in every
    # workflow KNIME 5.5 to 5.11 saved (knime-core's test workflows)
    wf = [("created_by", s(KNIME_VERSION)), ("created_by_nightly", b(False)), ("version", s("5.1.0")),
          ("name", s(None)),
          ("authorInformation", [("authored-by", s("breast-ct-knime")),
                                 ("authored-when", s("2026-11-25 20:00:00 +0000")),
                                 ("lastEdited-by", s(None)), ("lastEdited-when", s(None))]),
          ("customDescription", s(None)), ("state", s("IDLE")), ("workflow_credentials", []),
          ("workflow_variables", var_entries),
          ("annotations", [("annotation_0", annotation(note, *note_box))]),
          ("nodes", node_entries), ("connections", conn_entries)]
    write_config(os.path.join(folder, "workflow.knime"), "workflow.knime", wf)


def write_group_meta(folder, comment):
    """workflowset.meta of a workflow group (what KNIME writes for a folder of workflows; the .knar
    archives keep it in their top-level folder)."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "workflowset.meta"), "w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<KNIMEMetaInfo nrOfElements="3" xmlns="http://www.knime.org/2.9/metainfo">\n'
                '    <element form="text" name="Author">breast-ct-knime</element>\n'
                '    <element form="date" name="Creation Date">25/11/2026</element>\n'
                f'    <element form="multiline" name="Comments">{escape(comment)}</element>\n'
                '</KNIMEMetaInfo>\n')


TIMES = ["Total", "Glands", "Skin", "Muscle", "Rib", "Fold", "Silicone"]
GLANDULARITY = ["HU_G", "Seg_G", "breast (ml)", "fat (ml)", "glands (ml)", "skin (ml)", "muscle (ml)", "rib (ml)",
                "skin fold (ml)", "implant (ml)", "mean HU tissue", "mean HU fat", "mean HU glands"]
SPACING = ["slice spacing (mm)", "row spacing (mm)", "column spacing (mm)"]



WHERE_OUTPUTS_GO = (
    "All inputs and outputs default to this workflow's data area (<workflow>/data), so the workflow runs "
    "as it is after import or upload to KNIME Hub; nothing is read or written outside the workflow folder.")


def batch_segmentation():
    dr = dicom_reader("dicom")
    dr["bindings"] = [bind(LOCATION("input_folder"), "input_folder")]
    nw = npy_writer("output", "labels")
    nw["bindings"] = [bind(LOCATION("output_folder"), "output_folder")]
    cw_t = csv_writer("output/Segmentation_time.csv")
    cw_t["bindings"] = [bind(CSV_PATH, "segmentation_time_csv")]
    cw_g = csv_writer("output/Glandularity.csv")
    cw_g["bindings"] = [bind(CSV_PATH, "glandularity_csv")]
    iw = image_writer("output/images", "auto_seg_c", "auto_seg_c_?")
    iw["bindings"] = [bind(IMAGE_PATH, "image_folder")]
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
    variables = [("input_folder", "dicom"),
                 ("output_folder", "output"),
                 ("segmentation_time_csv", "output/Segmentation_time.csv"),
                 ("glandularity_csv", "output/Glandularity.csv"),
                 ("image_folder", "output/images")]
    note = (
        "Breast CT batch segmentation (Shim et al. 2022): the same outputs as `breastct run`.\n"
        "DICOM Reader -> Breast Segmenter -> Representative Image Renderer -> Glandularity Calculator -> "
        "Segmentation_time.csv, Glandularity.csv (CSV Writer), segmentation_<uid>.npy (NPY Writer) and the "
        "coronal label images (Image Writer).\n" + WHERE_OUTPUTS_GO + "\n\n"
        "WHAT TO CHANGE (workflow variables: right-click the workflow > Workflow Variables..., or "
        "-workflow.variable=... in a batch run):\n"
        "All locations are paths RELATIVE TO THE WORKFLOW DATA AREA (<workflow>/data); for another place "
        "choose another file system in the node's dialog (the variable then sets the path there).\n"
        "  input_folder  = a folder with one DICOM series subfolder per breast; default: dicom, the synthetic "
        "sample breast\n"
        "  output_folder = where segmentation_<uid>.npy go; default output\n"
        "  segmentation_time_csv, glandularity_csv, image_folder = the files and folder of KNIME's CSV Writer "
        "and Image Writer (default output/...).\n"
        "Existing outputs are overwritten. Glandularity.csv names the breast column 'id' (the scripts: 'uid').")
    write_workflow("Breast CT batch segmentation", variables, nodes, conns, note, (20, -280, 880, 270))


def from_npy():
    dr = npy_reader("npy")
    dr["bindings"] = [bind(LOCATION("input_location"), "input_folder")]
    cw = csv_writer("output/Glandularity.csv")
    cw["bindings"] = [bind(CSV_PATH, "glandularity_csv")]
    nodes = {
        1: (dr, (40, 120), "<uid>.npy of input_folder\n(not cylinder*, segmentation_*)"),
        2: (segmenter(), (180, 120), "the published method"),
        3: (glandularity(), (320, 120), "HU_G, Seg_G, volumes"),
        4: (column_filter(["id"] + GLANDULARITY + TIMES), (460, 120), "id, glandularity,\nstage times"),
        5: (cw, (600, 120), "Glandularity.csv"),
    }
    conns = [(1, 1, 2, 1), (2, 1, 3, 1), (3, 1, 4, 1), (4, 1, 5, 1)]
    variables = [("input_folder", "npy"),
                 ("glandularity_csv", "output/Glandularity.csv")]
    note = (
        "From existing NPY files: for users of the authors' Python scripts. Reads the <uid>.npy volumes that "
        "DICOM_to_numpy.py (or `breastct dicom2npy`) wrote - int16 HU, [slice][row][column], slice 0 = chest "
        "wall - segments them and writes the glandularity of every breast.\n" + WHERE_OUTPUTS_GO + "\n\n"
        "WHAT TO CHANGE (workflow variables, paths relative to the workflow data area <workflow>/data; for "
        "another place choose another file system in the node's dialog):\n"
        "  input_folder     = the folder with the <uid>.npy files (cylinder.npy and segmentation_*.npy are "
        "skipped); default: npy, the sample\n"
        "  glandularity_csv = output file (KNIME's CSV Writer)\n"
        "NPY files carry no voxel spacing: the NPY Reader assumes 0.3 mm (the scanner of the method); change "
        "it in its dialog for other data, otherwise the volumes in ml are wrong.")
    write_workflow("From existing NPY files", variables, nodes, conns, note, (20, -220, 760, 210))


def labels_to_dicom():
    labels = npy_reader("npy", include="segmentation_*.npy", exclude="", column="labels")
    labels["bindings"] = [bind(LOCATION("input_location"), "input_folder")]
    cyl = npy_reader("npy/cylinder.npy", column="cylinder")
    cyl["bindings"] = [bind(LOCATION("input_location"), "cylinder_file")]
    dw = dicom_writer("output", "cylinder")
    dw["bindings"] = [bind(LOCATION("output_folder"), "output_folder")]
    nodes = {
        1: (labels, (40, 80), "segmentation_<uid>.npy\nof input_folder"),
        2: (cyl, (40, 220), "cylinder.npy (the CT-table ring)"),
        3: (cross_joiner(), (200, 140), "the ring on every row"),
        4: (dw, (360, 140), "segmentation_<uid>/CT*.dcm\ninto output_folder"),
    }
    conns = [(1, 1, 3, 1), (2, 1, 3, 2), (3, 1, 4, 1)]
    variables = [("input_folder", "npy"),
                 ("cylinder_file", "npy/cylinder.npy"),
                 ("output_folder", "output")]
    note = (
        "Labels to DICOM: writes label volumes as DICOM series for the AB-CT Monte-Carlo dose simulation "
        "(Numpy_to_DICOM.py / `breastct npy2dicom`). Value = label + 1024 with RescaleIntercept -1024 "
        "(HU = label); the CT-table cylinder ring is drawn as label 9 (set 'Cylinder label' to 8 for the "
        "scripts' value). Every series gets new Series/SOP Instance UIDs.\n" + WHERE_OUTPUTS_GO + "\n\n"
        "WHAT TO CHANGE (workflow variables, paths relative to the workflow data area <workflow>/data; for "
        "another place choose another file system in the node's dialog):\n"
        "  input_folder  = folder with segmentation_<uid>.npy (uint8 labels)\n"
        "  cylinder_file = the cylinder.npy that dicom2npy wrote for these breasts\n"
        "  output_folder = where the series folders segmentation_<uid>/ go; default output\n"
        "Without a ring: delete the Cross Joiner and the second reader, connect the first reader to the "
        "DICOM Writer and switch off its 'Draw the cylinder ring'.")
    write_workflow("Labels to DICOM", variables, nodes, conns, note, (20, -240, 700, 220))


# --- testflows (workflows/tests): one per node of ours, run by KNIME's testing framework ----------

TESTS = os.path.join(ROOT, "tests")


def copy_sample(testflow, *files):
    """Copies sample inputs of the example workflows into a testflow's data area (data/<subpath>)."""
    for example, sub in files:
        src = os.path.join(ROOT, example, "data", sub)
        dst = os.path.join(TESTS, testflow, "data", sub)
        if os.path.isdir(src):
            if os.path.isdir(dst):
                shutil.rmtree(dst)
            shutil.copytree(src, dst)
        else:
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(src, dst)


IMAGE_NPY = ("From existing NPY files", "npy/phantom_s5.npy")
LABELS_NPY = ("Labels to DICOM", "npy/segmentation_phantom_s5.npy")
DICOM_SERIES = ("Breast CT batch segmentation", "dicom/phantom_s5")


def image_reader():
    return npy_reader("npy/phantom_s5.npy", include="*.npy", exclude="", column="image")


def labels_reader(location="npy/segmentation_phantom_s5.npy"):
    return npy_reader(location, include="*.npy", exclude="", column="labels")


def testflow(name, what, chain, chain_conns, last, compared, inputs):
    """A testflow: Testflow Configuration, the node under test in `chain` (node id -> (node, comment)),
    a Column Filter on the compared columns of node `last`, a CSV Reader of data/expected.csv (written by
    tools/ExpectedTables.java from the sample data with the engine alone) and a Table Difference Checker."""
    copy_sample(name, *inputs)
    nodes = {1: (testflow_configuration(), (40, -120), "no errors,\nno failing node")}
    x = 40
    for nid, (n, comment) in chain.items():
        nodes[nid] = (n, (x, 80 if nid % 2 == 0 else 200), comment)
        x += 140
    cf, rd, dc = 90, 91, 92
    nodes[cf] = (column_filter(compared), (x, 80), "the compared columns")
    nodes[rd] = (csv_reader("expected.csv"), (x, 240), "expected table\n(data/expected.csv)")
    nodes[dc] = (difference_checker(compared), (x + 160, 160), "equal to the\nexpected table")
    conns = chain_conns + [(last, 1, cf, 1), (cf, 1, dc, 1), (rd, 1, dc, 2)]
    note = (f"Testflow of the node '{what}' (KNIME Testing Framework): runs it on the sample data in this "
            "workflow's data area and compares the columns " + ", ".join(compared) + " with data/expected.csv "
            "(Table Difference Checker, exact equality). The expected table was computed from the same sample "
            "data with the engine alone (workflows/tools/ExpectedTables.java), not with KNIME.\n"
            "WHAT TO CHANGE: nothing; run it with KNIME's test application (workflows/README.md, 'Testflows').")
    write_workflow(name, [], nodes, conns, note, (20, -300, 760, 150), parent=TESTS)


def testflows():
    os.makedirs(TESTS, exist_ok=True)
    gland = ["id"] + GLANDULARITY
    testflow("Test Breast CT DICOM Reader", "Breast CT DICOM Reader",
             {2: (dicom_reader("dicom"), "the sample series")}, [], 2,
             ["id", "slices", "rows", "columns"], [DICOM_SERIES])
    testflow("Test Breast CT NPY Reader", "Breast CT NPY Reader",
             {2: (image_reader(), "int16 HU volume"), 3: (labels_reader(), "uint8 labels,\nprefix stripped"),
              4: (cross_joiner(), "image + labels"), 5: (glandularity(), "values that follow\nfrom both volumes")},
             [(2, 1, 4, 1), (3, 1, 4, 2), (4, 1, 5, 1)], 5, gland, [IMAGE_NPY, LABELS_NPY])
    testflow("Test Breast Segmenter", "Breast Segmenter",
             {2: (image_reader(), "int16 HU volume"), 3: (segmenter(), "default settings"),
              4: (glandularity(), "label volumes, Seg_G,\nmean HU per label")},
             [(2, 1, 3, 1), (3, 1, 4, 1)], 4, gland, [IMAGE_NPY])
    testflow("Test Glandularity Calculator", "Glandularity Calculator",
             {2: (image_reader(), "int16 HU volume"), 3: (labels_reader(), "labels of the method"),
              4: (cross_joiner(), "image + labels"), 5: (glandularity(), "HU_G, Seg_G, volumes")},
             [(2, 1, 4, 1), (3, 1, 4, 2), (4, 1, 5, 1)], 5, gland, [IMAGE_NPY, LABELS_NPY])
    testflow("Test Representative Image Renderer", "Representative Image Renderer",
             {2: (image_reader(), "int16 HU volume"), 3: (labels_reader(), "labels of the method"),
              4: (cross_joiner(), "image + labels"), 5: (renderer(), "PNGs of every plane")},
             [(2, 1, 4, 1), (3, 1, 4, 2), (4, 1, 5, 1)], 5, ["id"], [IMAGE_NPY, LABELS_NPY])
    nw = npy_writer("output", "labels")
    testflow("Test Breast CT NPY Writer", "Breast CT NPY Writer",
             {2: (labels_reader(), "labels of the method"), 3: (nw, "into data/output"),
              4: (image_reader(), "int16 HU volume"), 5: (labels_reader("output"), "read back\n(after the writer)"),
              6: (cross_joiner(), "image + written labels"), 7: (glandularity(), "values that follow\nfrom both")},
             [(2, 1, 3, 1), (3, 0, 5, 0), (4, 1, 6, 1), (5, 1, 6, 2), (6, 1, 7, 1)], 7, gland,
             [IMAGE_NPY, LABELS_NPY])
    dw = dicom_writer("output")
    testflow("Test Breast CT DICOM Writer", "Breast CT DICOM Writer",
             {2: (labels_reader(), "labels of the method"), 3: (dw, "series into data/output"),
              4: (dicom_reader("output", remove_cylinder=False, dummy_slices=0, trim=False),
                  "read back as written\n(after the writer)")},
             [(2, 1, 3, 1), (3, 0, 4, 0)], 4, ["slices", "rows", "columns"], [LABELS_NPY])
    write_group_meta(TESTS, "Testflows of the Breast CT Segmentation nodes (KNIME Testing Framework).")


if __name__ == "__main__":
    batch_segmentation()
    from_npy()
    labels_to_dicom()
    write_group_meta(ROOT, "Example workflows of the Breast CT Segmentation extension (breast-ct-knime).")
    testflows()
    print("workflows written to", ROOT)
