#!/usr/bin/env python3
"""Independent reader for DicomSeriesWriterTest (needs numpy + pydicom only).

Usage: read_series_pydicom.py SERIES_FOLDER OUT_RAW
Reads every file of the folder with pydicom (strict: a preamble and file meta are required),
sorts by InstanceNumber, converts to HU-space as the authors' scripts do
(pixel_array * RescaleSlope + RescaleIntercept) and writes the stack as little-endian int16 to
OUT_RAW. Prints one line per header fact: "key value value ...".
"""
import os
import sys

import numpy as np
import pydicom

folder, out = sys.argv[1], sys.argv[2]
names = sorted(os.listdir(folder))
ds = [pydicom.dcmread(os.path.join(folder, n)) for n in names]
order = sorted(range(len(ds)), key=lambda i: int(ds[i].InstanceNumber))
ds = [ds[i] for i in order]
names = [names[i] for i in order]
hu = np.stack([d.pixel_array.astype(np.float64) * float(d.RescaleSlope) + float(d.RescaleIntercept) for d in ds])
hu.astype('<i2').tofile(out)
print("shape", *hu.shape)
print("files", *names)
print("instance", *[int(d.InstanceNumber) for d in ds])
print("sop", *[d.SOPInstanceUID for d in ds])
print("series", *sorted({d.SeriesInstanceUID for d in ds}))
print("study", *sorted({d.StudyInstanceUID for d in ds}))
print("ippz", *[float(d.ImagePositionPatient[2]) for d in ds])
print("sliceloc", *[float(d.SliceLocation) for d in ds])
print("spacing", *[float(v) for v in ds[0].PixelSpacing], float(ds[0].SliceThickness))
print("ts", *sorted({str(d.file_meta.TransferSyntaxUID) for d in ds}))
print("sopclass", *sorted({str(d.SOPClassUID) for d in ds}))
print("mediasop", *[str(d.file_meta.MediaStorageSOPInstanceUID == d.SOPInstanceUID) for d in ds])
print("modality", *sorted({d.Modality for d in ds}))
print("pixelrep", *sorted({int(d.PixelRepresentation) for d in ds}))
print("patient", ds[0].PatientID)
