#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine with only a JDK 17 lacks for `make test` / `make demo`:
# - PixelMed (Debian package libpixelmed-java; not on Maven Central), embedded into the engine bundle;
# - unzip (used by the Maven wrapper to unpack Maven 3.9);
# - python3-numpy and python3-pydicom: independent readers the tests cross-check NPY and DICOM files with;
# - python3-opencv: cv2, the drawing the scripts' contour band (OpenCvContourBand) is cross-checked against;
# - dcmtk: dcmdump, an independent DICOM parser the label-series writer is checked with;
# - chromium: the headless browser the volume view's browser test (plugin VolumeViewBrowserTest) drives.
# Maven itself comes through ./mvnw. Idempotent: installs only what is missing.
set -euo pipefail

need=()
[ -f /usr/share/java/pixelmed.jar ] || need+=(libpixelmed-java)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
/usr/bin/python3 -c 'import numpy' >/dev/null 2>&1 || need+=(python3-numpy)
/usr/bin/python3 -c 'import pydicom' >/dev/null 2>&1 || need+=(python3-pydicom)
/usr/bin/python3 -c 'import cv2' >/dev/null 2>&1 || need+=(python3-opencv)
command -v dcmdump >/dev/null 2>&1 || need+=(dcmtk)
command -v chromium >/dev/null 2>&1 || need+=(chromium)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${need[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: need root (or sudo) to apt-get install ${need[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}" >/dev/null
[ -f /usr/share/java/pixelmed.jar ] || { echo "setup: /usr/share/java/pixelmed.jar still missing after installing libpixelmed-java" >&2; exit 1; }
