/*
 * Breast CT volume view: one slice of a breast at a time, rendered by the Java data service
 * (VolumeViewService) as a PNG; this page only lays it out and handles input.
 *
 * Input: breast chooser, plane buttons, slice slider and mouse wheel, window presets and dragging
 * on the image (left/right = window width, up/down = level), label overlay on/off, opacity, per-label
 * show/hide in the legend. Output: the slice (scaled to the voxel spacing), the HU and label under the
 * cursor, the label volumes of the breast in ml.
 *
 * window.volumeView exposes the state and a render counter for tests.
 */
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const transport = window.VolumeViewTransport.create();
  const state = {
    init: null,
    row: 0,
    plane: "coronal",
    index: { coronal: 0, sagittal: 0, transversal: 0 },
    low: -1024,
    high: 200,
    overlay: true,
    opacity: 0.5,
    hidden: new Set(),
    slice: null,
  };
  const view = { state: state, renders: 0, voxelReads: 0, errors: [], ready: false };
  window.volumeView = view;

  function showError(e) {
    const msg = e && e.message ? e.message : String(e);
    view.errors.push(msg);
    $("status").textContent = msg;
  }

  function currentRow() {
    return state.init.rows[state.row];
  }

  function planeCount(plane) {
    const s = currentRow().shape; // [nz, ny, nx]
    return plane === "coronal" ? s[0] : plane === "sagittal" ? s[2] : s[1];
  }

  // ---- rendering: at most one request in flight, the latest wish wins -------------------------
  let inFlight = false;
  let again = false;

  function requestRender() {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    again = false;
    const row = currentRow();
    const opacity = state.overlay && row.hasLabels ? state.opacity : 0;
    const args = [state.row, state.plane, state.index[state.plane], state.low, state.high, opacity, Array.from(state.hidden)];
    transport.call("slice", args)
      .then(drawSlice)
      .catch(showError)
      .finally(() => {
        inFlight = false;
        if (again) {
          requestRender();
        }
      });
  }

  function drawSlice(slice) {
    return new Promise((resolve, reject) => {
      const img = new Image();
      img.onload = () => {
        const canvas = $("canvas");
        canvas.width = slice.width;
        canvas.height = slice.height;
        canvas.getContext("2d").drawImage(img, 0, 0);
        state.slice = slice;
        layout();
        view.renders += 1;
        view.lastRendered = { plane: slice.plane, index: slice.index, overlay: state.overlay, low: state.low, high: state.high };
        resolve();
      };
      img.onerror = () => reject(new Error("slice image could not be decoded"));
      img.src = "data:image/png;base64," + slice.png;
    });
  }

  /** Fits the canvas into the viewport, keeping the aspect ratio in millimetres. */
  function layout() {
    const s = state.slice;
    if (!s) {
      return;
    }
    const vp = $("viewport");
    const wMm = s.width * s.columnMm;
    const hMm = s.height * s.lineMm;
    const f = Math.min(vp.clientWidth / wMm, vp.clientHeight / hMm);
    const canvas = $("canvas");
    canvas.style.width = Math.max(1, Math.floor(wMm * f)) + "px";
    canvas.style.height = Math.max(1, Math.floor(hMm * f)) + "px";
  }

  // ---- controls ---------------------------------------------------------------------------------
  function updateSliceControls() {
    const n = planeCount(state.plane);
    const slider = $("slider");
    slider.max = String(n - 1);
    slider.value = String(state.index[state.plane]);
    $("slice-label").textContent = state.plane + " " + (state.index[state.plane] + 1) + " / " + n;
    document.querySelectorAll("button.plane").forEach((b) => b.classList.toggle("active", b.dataset.plane === state.plane));
  }

  function updateWindowLabel() {
    $("window-label").textContent = "[" + state.low + ", " + state.high + "] HU";
  }

  function setIndex(i) {
    const n = planeCount(state.plane);
    const clamped = Math.max(0, Math.min(n - 1, i));
    if (clamped !== state.index[state.plane]) {
      state.index[state.plane] = clamped;
      updateSliceControls();
      requestRender();
    }
  }

  function selectRow(r) {
    state.row = r;
    const s = currentRow().shape;
    state.index = { coronal: Math.floor(s[0] / 2), sagittal: Math.floor(s[2] / 2), transversal: Math.floor(s[1] / 2) };
    state.hidden.clear();
    document.querySelectorAll("#legend input").forEach((c) => { c.checked = true; });
    $("overlay").disabled = !currentRow().hasLabels;
    updateSliceControls();
    requestRender();
    loadVolumes();
  }

  function loadVolumes() {
    const body = $("volumes").querySelector("tbody");
    body.innerHTML = "";
    const row = state.row;
    if (!currentRow().hasLabels) {
      body.innerHTML = "<tr><td colspan=2>no label volume</td></tr>";
      return;
    }
    body.innerHTML = "<tr><td colspan=2>counting...</td></tr>";
    transport.call("labelVolumes", [row]).then((list) => {
      if (row !== state.row) {
        return;
      }
      body.innerHTML = "";
      list.filter((v) => v.code !== 0).forEach((v) => {
        const tr = document.createElement("tr");
        tr.dataset.code = String(v.code);
        tr.innerHTML = "<td><span class=swatch></span> </td><td class=ml></td>";
        tr.querySelector(".swatch").style.background = v.colour;
        tr.firstChild.append(v.name);
        tr.querySelector(".ml").textContent = v.millilitres.toFixed(2);
        body.appendChild(tr);
      });
    }).catch(showError);
  }

  function buildLegend() {
    const ul = $("legend");
    state.init.legend.forEach((e) => {
      const li = document.createElement("li");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.code = String(e.code);
      box.disabled = e.code === 0;
      box.title = e.code === 0 ? "air is never coloured" : "show/hide " + e.name;
      box.addEventListener("change", () => {
        if (box.checked) {
          state.hidden.delete(e.code);
        } else {
          state.hidden.add(e.code);
        }
        requestRender();
      });
      const sw = document.createElement("span");
      sw.className = "swatch";
      sw.style.background = e.colour;
      li.append(box, sw, " " + e.code + " " + e.name);
      ul.appendChild(li);
    });
  }

  // ---- mouse: readout, wheel, window drag ------------------------------------------------------
  let voxelBusy = false;
  let voxelWish = null;

  function pointOf(ev) {
    const s = state.slice;
    const r = $("canvas").getBoundingClientRect();
    const u = Math.floor(((ev.clientX - r.left) / r.width) * s.width);
    const v = Math.floor(((ev.clientY - r.top) / r.height) * s.height);
    return u >= 0 && v >= 0 && u < s.width && v < s.height ? [u, v] : null;
  }

  function readVoxel(p) {
    if (voxelBusy) {
      voxelWish = p;
      return;
    }
    voxelBusy = true;
    voxelWish = null;
    transport.call("voxel", [state.row, state.slice.plane, state.slice.index, p[0], p[1]]).then((vx) => {
      let text = "x " + vx.x + ", y " + vx.y + ", z " + vx.z + ": " + vx.hu + " HU";
      if (vx.label >= 0) {
        text += ", label " + vx.label + " " + vx.labelName;
      }
      $("readout").textContent = text;
      view.voxelReads += 1;
      view.lastVoxel = vx;
    }).catch(showError).finally(() => {
      voxelBusy = false;
      if (voxelWish) {
        readVoxel(voxelWish);
      }
    });
  }

  let drag = null;

  function installMouse() {
    const canvas = $("canvas");
    canvas.addEventListener("mousemove", (ev) => {
      if (!state.slice) {
        return;
      }
      if (drag) {
        const dx = ev.clientX - drag.x;
        const dy = ev.clientY - drag.y;
        const width = Math.max(2, Math.round(drag.width + dx * 4));
        const level = Math.round(drag.level - dy * 2);
        state.low = level - Math.floor(width / 2);
        state.high = state.low + width;
        $("preset").value = "";
        updateWindowLabel();
        requestRender();
        return;
      }
      const p = pointOf(ev);
      if (p) {
        readVoxel(p);
      }
    });
    canvas.addEventListener("mousedown", (ev) => {
      if (ev.button !== 0) {
        return;
      }
      drag = { x: ev.clientX, y: ev.clientY, width: state.high - state.low, level: Math.round((state.low + state.high) / 2) };
      ev.preventDefault();
    });
    window.addEventListener("mouseup", () => { drag = null; });
    $("viewport").addEventListener("wheel", (ev) => {
      ev.preventDefault();
      setIndex(state.index[state.plane] + (ev.deltaY > 0 ? 1 : -1));
    }, { passive: false });
  }

  // ---- start ------------------------------------------------------------------------------------
  async function start() {
    const init = await transport.initialData();
    state.init = init;
    if (!init.rows.length) {
      $("status").textContent = "The table has no breast with an image.";
      return;
    }
    const rowSel = $("row");
    init.rows.forEach((r) => {
      const o = document.createElement("option");
      o.value = String(r.index);
      o.textContent = r.key + (r.id !== r.key ? " (" + r.id + ")" : "");
      o.title = r.description;
      rowSel.appendChild(o);
    });
    rowSel.addEventListener("change", () => selectRow(Number(rowSel.value)));
    const presetSel = $("preset");
    init.presets.forEach((p, i) => {
      const o = document.createElement("option");
      o.value = String(i);
      o.textContent = p.name;
      presetSel.appendChild(o);
    });
    const custom = document.createElement("option");
    custom.value = "";
    custom.textContent = "custom (drag)";
    presetSel.appendChild(custom);
    presetSel.addEventListener("change", () => {
      const p = init.presets[Number(presetSel.value)];
      if (p) {
        state.low = p.low;
        state.high = p.high;
        updateWindowLabel();
        requestRender();
      }
    });
    state.low = init.presets[0].low;
    state.high = init.presets[0].high;
    state.opacity = init.defaultOpacity;
    $("opacity").value = String(Math.round(init.defaultOpacity * 100));
    $("opacity").addEventListener("input", () => {
      state.opacity = Number($("opacity").value) / 100;
      requestRender();
    });
    $("overlay").addEventListener("change", () => {
      state.overlay = $("overlay").checked;
      requestRender();
    });
    document.querySelectorAll("button.plane").forEach((b) => b.addEventListener("click", () => {
      state.plane = b.dataset.plane;
      updateSliceControls();
      requestRender();
    }));
    $("slider").addEventListener("input", () => setIndex(Number($("slider").value)));
    buildLegend();
    installMouse();
    window.addEventListener("resize", layout);
    updateWindowLabel();
    selectRow(0);
    view.ready = true;
  }

  start().catch(showError);
})();
