#!/usr/bin/python3
"""The authors' scripts' contour band, drawn by real OpenCV, for OpenCvContourBandCrossCheckTest.

Usage: /usr/bin/python3 opencv_band.py MASKS.npy OUT_DIR N [N ...]
MASKS.npy is a bool volume (slices, rows, columns). For every slice, exactly as the scripts do:
    contours = cv2.findContours(slice * 255 as uint8, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    band_n   = cv2.drawContours(zeros, contours, -1, 255, 2n - 1) AND slice
Writes OUT_DIR/band_N.npy (bool, same shape) per N and OUT_DIR/contours.txt, one line per contour:
"z x0 y0 x1 y1 ..." (the points as findContours returns them).
Needs python3-opencv (Debian: apt-get install python3-opencv).
"""
import sys

import cv2
import numpy as np


def main():
    masks = np.load(sys.argv[1])
    out = sys.argv[2]
    ns = [int(v) for v in sys.argv[3:]]
    bands = {n: np.zeros(masks.shape, bool) for n in ns}
    lines = []
    for z in range(masks.shape[0]):
        m = np.array(masks[z] * 255, dtype=np.uint8)
        contours, _ = cv2.findContours(m, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
        for c in contours:
            lines.append(str(z) + " " + " ".join(str(int(v)) for v in c.reshape(-1)))
        for n in ns:
            drawn = cv2.drawContours(np.zeros(m.shape, np.uint8), contours, -1, (255, 255, 255), 2 * n - 1)
            bands[n][z] = np.logical_and(drawn, m)
    for n in ns:
        np.save(out + "/band_" + str(n) + ".npy", bands[n])
    with open(out + "/contours.txt", "w") as f:
        f.write("\n".join(lines) + "\n")
    print("cv2", cv2.__version__, "slices", masks.shape[0], "contours", len(lines))


if __name__ == "__main__":
    main()
