/*
 * Transport of the Breast CT volume view: how the page reaches its Java data service.
 *
 * - In KNIME the page runs in an iframe of the Modern UI. It speaks the message protocol of KNIME's
 *   UI extensions (as @knime/ui-extension-service 2.x, used by org.knime.core.ui 5.8, does it): a
 *   request {type: "UIExtensionRequest", requestId, payload: {method, params}} posted to the parent
 *   window, answered by {type: "UIExtensionResponse", requestId, payload}. "getConfig" gives the node
 *   ids; "callNodeDataService" with serviceType "initial_data" or "data" (a JSON-RPC 2.0 string) reaches
 *   the node view's InitialDataService and RpcDataService.
 * - Outside KNIME (the browser test, a standalone server) the page is the top window or is opened with
 *   ?transport=http: GET ./initial answers {"result": ...}, POST ./rpc takes and answers JSON-RPC 2.0.
 *
 * Both give the same two calls: initialData() and call(method, params).
 */
(function () {
  "use strict";

  function checkRpc(response, method) {
    const rpc = typeof response === "string" ? JSON.parse(response) : response;
    if (rpc && rpc.error) {
      throw new Error(method + ": " + (rpc.error.message || JSON.stringify(rpc.error)));
    }
    return rpc ? rpc.result : undefined;
  }

  function checkInitial(data) {
    const d = typeof data === "string" ? JSON.parse(data) : data;
    if (!d) {
      throw new Error("the view has no initial data");
    }
    const err = d.userError || d.internalError;
    if (err) {
      throw new Error(err.message || JSON.stringify(err));
    }
    return d.result;
  }

  let rpcId = 0;
  function rpcRequest(method, params) {
    rpcId += 1;
    return { jsonrpc: "2.0", method: method, params: params, id: rpcId };
  }

  function httpTransport(base) {
    return {
      name: "http",
      async initialData() {
        const r = await fetch(base + "initial");
        if (!r.ok) {
          throw new Error("initial data: HTTP " + r.status);
        }
        return checkInitial(await r.json());
      },
      async call(method, params) {
        const r = await fetch(base + "rpc", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(rpcRequest(method, params)),
        });
        if (!r.ok) {
          throw new Error(method + ": HTTP " + r.status);
        }
        return checkRpc(await r.json(), method);
      },
    };
  }

  function knimeTransport(host) {
    let seq = 0;
    const pending = new Map();
    window.addEventListener("message", (event) => {
      const data = event.data;
      if (!data || data.type !== "UIExtensionResponse" || !pending.has(data.requestId)) {
        return;
      }
      const done = pending.get(data.requestId);
      pending.delete(data.requestId);
      done(data.payload);
    });
    function request(method, params) {
      seq += 1;
      const requestId = "breastct-volume-view-" + Date.now() + "-" + seq;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(requestId);
          reject(new Error("KNIME did not answer " + method + " within 60 s"));
        }, 60000);
        pending.set(requestId, (payload) => {
          clearTimeout(timer);
          resolve(payload);
        });
        host.postMessage({ type: "UIExtensionRequest", requestId: requestId, payload: { method: method, params: params } }, "*");
      });
    }
    let config = null;
    async function getConfig() {
      if (!config) {
        config = await request("getConfig", []);
      }
      return config;
    }
    async function callDataService(serviceType, dataServiceRequest) {
      const c = await getConfig();
      const response = await request("callNodeDataService", [{
        serviceType: serviceType,
        dataServiceRequest: dataServiceRequest,
        extensionType: c.extensionType,
        nodeId: c.nodeId,
        projectId: c.projectId,
        workflowId: c.workflowId,
      }]);
      return typeof response === "string" && response !== "" ? JSON.parse(response) : response;
    }
    return {
      name: "knime",
      async initialData() {
        const c = await getConfig();
        return checkInitial(c.initialData || (await callDataService("initial_data", "")));
      },
      async call(method, params) {
        const response = await callDataService("data", JSON.stringify(rpcRequest(method, params)));
        if (!response || response.result === undefined) {
          throw new Error(method + ": empty answer from KNIME");
        }
        return checkRpc(response.result, method);
      },
    };
  }

  window.VolumeViewTransport = {
    create() {
      const wanted = new URLSearchParams(window.location.search).get("transport");
      if (wanted === "http" || (wanted !== "knime" && window.parent === window)) {
        return httpTransport("./");
      }
      return knimeTransport(window.parent);
    },
  };
})();
