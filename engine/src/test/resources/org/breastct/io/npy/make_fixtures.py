#!/usr/bin/python3
"""Generates the .npy fixtures of org.breastct.io.npy tests with numpy (Debian numpy 1.24).

Run:  /usr/bin/python3 make_fixtures.py   (writes next to this script, then checks every file
against numpy: good files must load with the documented dtype/shape/values, bad files must be
refused by numpy too, except the ones marked 'numpy accepts' below).

Values (the Java tests compute the same formulas independently):
  3-D fixtures have shape (2, 3, 4), index (z, y, x), base = 300*z + 40*y + 3*x  (0..389)
  t_<dtype>_<le|be|na>_<c|f>.npy:
    int16, int32, int64, float32, float64: base - 200      (-200..189)
    uint16, uint32:                        base            (0..389)
    int8:                                  base % 256 - 128
    uint8:                                 base % 256
    bool:                                  base % 3 == 0
  le = '<', be = '>', na = '|' (one-byte types); c = C order, f = Fortran order.
"""
import io
import os
import struct
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPE = (2, 3, 4)


def base():
    z, y, x = np.indices(SHAPE)
    return 300 * z + 40 * y + 3 * x


def formula(name):
    b = base()
    if name in ("int16", "int32", "int64", "float32", "float64"):
        return b - 200
    if name in ("uint16", "uint32"):
        return b
    if name == "int8":
        return b % 256 - 128
    if name == "uint8":
        return b % 256
    if name == "bool":
        return b % 3 == 0
    raise ValueError(name)


def path(name):
    return os.path.join(HERE, name)


def save(name, arr, version=None):
    with open(path(name), "wb") as f:
        np.lib.format.write_array(f, arr, version=version, allow_pickle=False)


def npy_bytes(arr, version=None):
    bio = io.BytesIO()
    np.lib.format.write_array(bio, arr, version=version, allow_pickle=False)
    return bio.getvalue()


def craft(name, header_text, data=b"", version=(1, 0), magic=b"\x93NUMPY", pad=True, length=None):
    """A hand-made file: magic, version, length field, header text (padded like numpy), data."""
    h = header_text.encode("utf-8" if version[0] == 3 else "latin1")
    lenfmt = "<H" if version[0] == 1 else "<I"
    if pad:
        hlen = len(h) + 1
        padlen = 64 - ((8 + struct.calcsize(lenfmt) + hlen) % 64)
        h = h + b" " * padlen + b"\n"
    n = len(h) if length is None else length
    with open(path(name), "wb") as f:
        f.write(magic + bytes(version) + struct.pack(lenfmt, n) + h + data)


GOOD = {}   # name -> (dtype str, shape, fortran, values)
BAD = []    # names numpy must refuse


def good(name, arr, version=None):
    save(name, arr, version)
    GOOD[name] = arr


def main():
    # 1. every dtype x byte order x memory order, 3-D
    for name, code in [("bool", "b1"), ("int8", "i1"), ("uint8", "u1"), ("int16", "i2"), ("uint16", "u2"),
                       ("int32", "i4"), ("uint32", "u4"), ("int64", "i8"), ("float32", "f4"), ("float64", "f8")]:
        orders = ["|"] if code[1] == "1" else ["<", ">"]
        for bo in orders:
            arr = formula(name).astype(bo + code)
            tag = {"<": "le", ">": "be", "|": "na"}[bo]
            good("t_%s_%s_c.npy" % (name, tag), np.ascontiguousarray(arr))
            good("t_%s_%s_f.npy" % (name, tag), np.asfortranarray(arr))

    # 2. format versions 2.0 and 3.0 (same int16 formula)
    good("v2_int16.npy", formula("int16").astype("<i2"), version=(2, 0))
    good("v3_int16.npy", formula("int16").astype("<i2"), version=(3, 0))
    good("v3_int16_be_f.npy", np.asfortranarray(formula("int16").astype(">i2")), version=(3, 0))

    # 3. 2-D arrays: a cylinder-like bool mask and a big-endian Fortran int16 image
    cyl = np.array([[1, 1, 0, 0, 1, 1],
                    [1, 0, 0, 0, 0, 1],
                    [0, 0, 0, 0, 0, 0],
                    [1, 0, 0, 0, 0, 1],
                    [1, 1, 0, 0, 1, 1]], dtype=bool)
    good("cylinder_c.npy", cyl)
    good("cylinder_f.npy", np.asfortranarray(cyl))
    img = np.array([[-32768, -1, 0, 1],
                    [255, 256, 32767, -300],
                    [7, 8, 9, 10]], dtype=">i2")
    good("img2d_int16_be_f.npy", np.asfortranarray(img))

    # 4. extremes and values near the conversion limits
    good("extremes_int16.npy", np.array([[[-32768, -32767, -1, 0], [1, 255, 256, 32767]]], dtype="<i2"))
    good("extremes_uint8.npy", np.array([[[0, 1, 254, 255]]], dtype="|u1"))
    good("fits_int64.npy", np.array([[[-32768, 0, 32767, 1]]], dtype="<i8"))
    a = np.zeros(SHAPE, dtype="<i4")
    a[1, 2, 3] = 40000
    good("lossy_int32_40000.npy", a)
    good("lossy_int32_40000_f.npy", np.asfortranarray(a))
    good("lossy_float64_fraction.npy", np.array([[[0.0, 1.0], [2.5, 3.0]]], dtype="<f8"))
    good("lossy_float32_nan.npy", np.array([[[0.0, np.nan, 2.0]]], dtype=">f4"))
    good("lossy_float64_inf.npy", np.array([[[0.0, -np.inf]]], dtype="<f8"))
    good("lossy_uint16_65535.npy", np.array([[[0, 65535, 2]]], dtype=">u2"))
    good("labels_01_uint8.npy", np.array([[[0, 1, 1], [0, 0, 1]]], dtype="|u1"))
    good("labels_012_uint8.npy", np.array([[[0, 1, 2]]], dtype="|u1"))
    good("negative_int16.npy", np.array([[[5, -1, 3]]], dtype="<i2"))

    # 5. other numbers of dimensions
    good("shape_1d.npy", np.arange(5, dtype="<i2"))
    good("shape_0d.npy", np.array(7, dtype="<i2"))
    good("shape_4d.npy", np.zeros((1, 2, 2, 2), dtype="|u1"))
    good("shape_empty.npy", np.zeros((0, 3, 4), dtype="<i2"))

    # 6. headers numpy accepts although numpy never writes them
    data = formula("int16").astype("<i2").tobytes()
    craft("ok_double_quotes.npy", '{"descr": "<i2", "fortran_order": False, "shape": (2, 3, 4)}', data)
    craft("ok_reordered_keys.npy", "{'shape': (2,3,4), 'fortran_order': False, 'descr': '<i2'}", data)
    craft("ok_python2_long.npy", "{'descr': '<i2', 'fortran_order': False, 'shape': (2L, 3L, 4L), }", data)
    craft("ok_native_order.npy", "{'descr': '=i2', 'fortran_order': False, 'shape': (2, 3, 4), }", data)
    craft("ok_unpadded.npy", "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 3, 4)}", data, pad=False)
    for n in ["ok_double_quotes.npy", "ok_reordered_keys.npy", "ok_python2_long.npy", "ok_native_order.npy",
              "ok_unpadded.npy"]:
        GOOD[n] = formula("int16").astype("<i2")

    # 7. bad files
    valid = npy_bytes(formula("int16").astype("<i2"))
    hl = 10 + struct.unpack("<H", valid[8:10])[0]
    with open(path("bad_magic.npy"), "wb") as f:
        f.write(b"PK\x03\x04 this is not an npy file, but looks like a zip (.npz)")
    with open(path("bad_empty.npy"), "wb") as f:
        pass
    with open(path("bad_short.npy"), "wb") as f:
        f.write(b"\x93NUMPY\x01")
    with open(path("bad_version_4_0.npy"), "wb") as f:
        f.write(valid[:6] + bytes([4, 0]) + valid[8:])
    with open(path("bad_version_1_1.npy"), "wb") as f:
        f.write(valid[:6] + bytes([1, 1]) + valid[8:])
    with open(path("bad_truncated.npy"), "wb") as f:
        f.write(valid[:-5])
    with open(path("bad_trailing.npy"), "wb") as f:
        f.write(valid + b"\0\0\0\0")
    with open(path("bad_header_truncated.npy"), "wb") as f:
        f.write(valid[:hl - 20])
    BAD.extend(["bad_magic.npy", "bad_empty.npy", "bad_short.npy", "bad_version_4_0.npy", "bad_version_1_1.npy",
                "bad_truncated.npy", "bad_header_truncated.npy"])
    # numpy accepts bad_trailing.npy (it ignores bytes after the data); we refuse it as a shape mismatch.
    # not refused by numpy (they are valid numpy files), refused here as unsupported dtypes
    save("bad_dtype_complex64.npy", np.zeros((1, 2, 2), dtype="<c8"))
    save("bad_dtype_float16.npy", np.zeros((1, 2, 2), dtype="<f2"))
    save("bad_dtype_uint64.npy", np.zeros((1, 2, 2), dtype="<u8"))
    save("bad_dtype_unicode.npy", np.array([[["ab", "c"]]]))
    save("bad_dtype_structured.npy", np.zeros((1, 1, 3), dtype=[("a", "<i2"), ("b", "|u1")]))
    dict_cases = {
        "bad_dict_not_dict.npy": "[1, 2, 3]",
        "bad_dict_missing_key.npy": "{'descr': '<i2', 'shape': (2, 3, 4), }",
        "bad_dict_extra_key.npy": "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 3, 4), 'x': 1, }",
        "bad_dict_shape_int.npy": "{'descr': '<i2', 'fortran_order': False, 'shape': (24), }",
        "bad_dict_shape_list.npy": "{'descr': '<i2', 'fortran_order': False, 'shape': [2, 3, 4], }",
        "bad_dict_shape_float.npy": "{'descr': '<i2', 'fortran_order': False, 'shape': (2.0, 3, 4), }",
        "bad_dict_fortran_str.npy": "{'descr': '<i2', 'fortran_order': 'False', 'shape': (2, 3, 4), }",
        "bad_dict_unterminated.npy": "{'descr': '<i2, 'fortran_order': False, 'shape': (2, 3, 4), }",
        "bad_dict_no_brace.npy": "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 3, 4), ",
        "bad_dict_garbage.npy": "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 3, 4), } extra",
        "bad_dict_descr_int.npy": "{'descr': 2, 'fortran_order': False, 'shape': (2, 3, 4), }",
    }
    for n, text in dict_cases.items():
        craft(n, text, data)
        BAD.append(n)
    craft("bad_dict_shape_negative.npy", "{'descr': '<i2', 'fortran_order': False, 'shape': (2, -3, 4), }", data)
    # numpy itself accepts a negative dimension in the header and only fails later; we refuse it early.

    check()


def check():
    for name, arr in GOOD.items():
        got = np.load(path(name), allow_pickle=False)
        assert got.dtype == arr.dtype.newbyteorder("=") or got.dtype == arr.dtype, (name, got.dtype, arr.dtype)
        assert got.shape == arr.shape, (name, got.shape)
        assert np.array_equal(got, arr, equal_nan=arr.dtype.kind == "f"), name
    for name in BAD:
        try:
            np.load(path(name), allow_pickle=False)
        except Exception:
            continue
        sys.exit("numpy accepted %s, which should be bad" % name)
    print("%d good and %d bad fixtures written and checked with numpy %s" % (len(GOOD), len(BAD), np.__version__))


if __name__ == "__main__":
    main()
