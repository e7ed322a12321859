const __cgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports2) {
    "use strict";
    var net = require("net");
    var tls = require("tls");
    var http = require("http");
    var https = require("https");
    var events = require("events");
    var assert = require("assert");
    var util = require("util");
    exports2.httpOverHttp = httpOverHttp2;
    exports2.httpsOverHttp = httpsOverHttp2;
    exports2.httpOverHttps = httpOverHttps2;
    exports2.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self2 = this;
      self2.options = options || {};
      self2.proxyOptions = self2.options.proxy || {};
      self2.maxSockets = self2.options.maxSockets || http.Agent.defaultMaxSockets;
      self2.requests = [];
      self2.sockets = [];
      self2.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i2 = 0, len = self2.requests.length; i2 < len; ++i2) {
          var pending = self2.requests[i2];
          if (pending.host === options2.host && pending.port === options2.port) {
            self2.requests.splice(i2, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self2.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self2 = this;
      var options = mergeOptions({ request: req }, self2.options, toOptions(host, port, localAddress));
      if (self2.sockets.length >= this.maxSockets) {
        self2.requests.push(options);
        return;
      }
      self2.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self2.emit("free", socket, options);
        }
        function onCloseOrRemove(err2) {
          self2.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self2 = this;
      var placeholder = {};
      self2.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self2.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self2.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self2.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self2.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self2.sockets[self2.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self2.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self2 = this;
      TunnelingAgent.prototype.createSocket.call(self2, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self2.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self2.sockets[self2.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i2 = 1, len = arguments.length; i2 < len; ++i2) {
        var overrides = arguments[i2];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports2.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports2, module2) {
    module2.exports = require_tunnel();
  }
});

// lib:undici
var require_undici = __commonJS({
  "lib:undici"(exports2, module2) {
    module2.exports = require("./lib/undici.cjs");
  }
});

// src/github/undici-on-demand.ts
var undici_on_demand_exports = {};
__export(undici_on_demand_exports, {
  ProxyAgent: () => ProxyAgent,
  fetch: () => fetch2
});
async function fetch2(input, init) {
  const via = init?.dispatcher;
  if (via instanceof ProxyAgent) {
    const lib = await loadUndici();
    const response = await lib.fetch(input, {
      ...init,
      dispatcher: await via.dispatcher()
    });
    return response;
  }
  return globalThis.fetch(input, init);
}
var importUndici, undici, loadUndici, ProxyAgent;
var init_undici_on_demand = __esm({
  "src/github/undici-on-demand.ts"() {
    importUndici = () => Promise.resolve().then(() => __toESM(require_undici()));
    loadUndici = () => {
      undici ??= importUndici();
      return undici;
    };
    ProxyAgent = class {
      constructor(init) {
        this.init = init;
      }
      init;
      /** Read by @actions/http-client when told to ignore TLS errors, which @actions/github never is. */
      options = {};
      agent;
      dispatcher() {
        this.agent ??= loadUndici().then((lib) => new lib.ProxyAgent(this.init));
        return this.agent;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getProxyUrl = getProxyUrl2;
    exports2.checkBypass = checkBypass;
    function getProxyUrl2(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a2) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x2) => x2.trim().toUpperCase()).filter((x2) => x2)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x2) => x2 === upperNoProxyItem || x2.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x2.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i2 = 0; i2 < k.length; i2++) if (k[i2] !== "default") __createBinding(result, mod, k[i2]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter3 = exports2 && exports2.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve3) {
          resolve3(value);
        });
      }
      return new (P || (P = Promise))(function(resolve3, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.HttpClient = exports2.HttpClientResponse = exports2.HttpClientError = exports2.MediaTypes = exports2.Headers = exports2.HttpCodes = void 0;
    exports2.getProxyUrl = getProxyUrl2;
    exports2.isHttps = isHttps;
    var http = __importStar(require("http"));
    var https = __importStar(require("https"));
    var pm = __importStar(require_proxy());
    var tunnel2 = __importStar(require_tunnel2());
    var undici_1 = (init_undici_on_demand(), __toCommonJS(undici_on_demand_exports));
    var HttpCodes2;
    (function(HttpCodes3) {
      HttpCodes3[HttpCodes3["OK"] = 200] = "OK";
      HttpCodes3[HttpCodes3["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes3[HttpCodes3["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes3[HttpCodes3["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes3[HttpCodes3["SeeOther"] = 303] = "SeeOther";
      HttpCodes3[HttpCodes3["NotModified"] = 304] = "NotModified";
      HttpCodes3[HttpCodes3["UseProxy"] = 305] = "UseProxy";
      HttpCodes3[HttpCodes3["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes3[HttpCodes3["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes3[HttpCodes3["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes3[HttpCodes3["BadRequest"] = 400] = "BadRequest";
      HttpCodes3[HttpCodes3["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes3[HttpCodes3["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes3[HttpCodes3["Forbidden"] = 403] = "Forbidden";
      HttpCodes3[HttpCodes3["NotFound"] = 404] = "NotFound";
      HttpCodes3[HttpCodes3["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes3[HttpCodes3["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes3[HttpCodes3["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes3[HttpCodes3["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes3[HttpCodes3["Conflict"] = 409] = "Conflict";
      HttpCodes3[HttpCodes3["Gone"] = 410] = "Gone";
      HttpCodes3[HttpCodes3["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes3[HttpCodes3["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes3[HttpCodes3["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes3[HttpCodes3["BadGateway"] = 502] = "BadGateway";
      HttpCodes3[HttpCodes3["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes3[HttpCodes3["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes2 || (exports2.HttpCodes = HttpCodes2 = {}));
    var Headers2;
    (function(Headers3) {
      Headers3["Accept"] = "accept";
      Headers3["ContentType"] = "content-type";
    })(Headers2 || (exports2.Headers = Headers2 = {}));
    var MediaTypes2;
    (function(MediaTypes3) {
      MediaTypes3["ApplicationJson"] = "application/json";
    })(MediaTypes2 || (exports2.MediaTypes = MediaTypes2 = {}));
    function getProxyUrl2(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes2 = [
      HttpCodes2.MovedPermanently,
      HttpCodes2.ResourceMoved,
      HttpCodes2.SeeOther,
      HttpCodes2.TemporaryRedirect,
      HttpCodes2.PermanentRedirect
    ];
    var HttpResponseRetryCodes2 = [
      HttpCodes2.BadGateway,
      HttpCodes2.ServiceUnavailable,
      HttpCodes2.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports2.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3) => __awaiter3(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve3(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3) => __awaiter3(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve3(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports2.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient3 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers2.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers2.Accept, MediaTypes2.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers2.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers2.Accept, MediaTypes2.ApplicationJson);
          additionalHeaders[Headers2.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes2.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers2.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers2.Accept, MediaTypes2.ApplicationJson);
          additionalHeaders[Headers2.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes2.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers2.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers2.Accept, MediaTypes2.ApplicationJson);
          additionalHeaders[Headers2.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes2.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter3(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info2 = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info2, data);
            if (response && response.message && response.message.statusCode === HttpCodes2.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info2, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes2.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info2, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes2.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info2, data) {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3, reject) => {
            function callbackForResult(err2, res) {
              if (err2) {
                reject(err2);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve3(res);
              }
            }
            this.requestRawWithCallback(info2, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info2, data, onResult) {
        if (typeof data === "string") {
          if (!info2.options.headers) {
            info2.options.headers = {};
          }
          info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err2, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err2, res);
          }
        }
        const req = info2.httpModule.request(info2.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info2.options.path}`));
        });
        req.on("error", function(err2) {
          handleResult(err2);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info2 = {};
        info2.parsedUrl = requestUrl;
        const usingSsl = info2.parsedUrl.protocol === "https:";
        info2.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info2.options = {};
        info2.options.host = info2.parsedUrl.hostname;
        info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
        info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
        info2.options.method = method;
        info2.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info2.options.headers["user-agent"] = this.userAgent;
        }
        info2.options.agent = this._getAgent(info2.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info2.options);
          }
        }
        return info2;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers2.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers2.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel2.httpsOverHttps : tunnel2.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel2.httpOverHttps : tunnel2.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter3(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve3) => setTimeout(() => resolve3(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3, reject) => __awaiter3(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes2.NotFound) {
              resolve3(response);
            }
            function dateTimeDeserializer(key, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err2) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err2 = new HttpClientError(msg, statusCode);
              err2.result = response.result;
              reject(err2);
            } else {
              resolve3(response);
            }
          }));
        });
      }
    };
    exports2.HttpClient = HttpClient3;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports2, module2) {
    (function(global2, factory) {
      typeof exports2 === "object" && typeof module2 !== "undefined" ? module2.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports2, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults2, onto = {}) {
        var k, ref, v;
        for (k in defaults2) {
          v = defaults2[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults2, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults2[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser2 = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises3;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises3 = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises3)).find(function(x2) {
              return x2 != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i2;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i2 = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i2 = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser2;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run3, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run3, free);
          }
        }
        doExpire(clearGlobalState, run3, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run3, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run3, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run3(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser2;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i2) => {
            acc[this.status[i2]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve3;
          resolve3 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser2;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i2, k, keys, len, next, start2;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start2 = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i2 = 0, len = found.length; i2 < len; i2++) {
                k = found[i2];
                keys.push(k.slice(start2, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser2;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser2;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run3;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run3 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run3, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run3, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at2) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at2;
              };
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan3 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start2) {
            parts.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan3;
  }
});

// lib:picomatch
var require_picomatch = __commonJS({
  "lib:picomatch"(exports2, module2) {
    module2.exports = require("./lib/picomatch.cjs");
  }
});

// first-call:picomatch
var require_picomatch2 = __commonJS({
  "first-call:picomatch"(exports2, module2) {
    module2.exports = (...call) => require_picomatch()(...call);
  }
});

// lib:fast-xml-parser
var require_fast_xml_parser = __commonJS({
  "lib:fast-xml-parser"(exports2, module2) {
    module2.exports = require("./lib/fast-xml-parser.cjs");
  }
});

// lib:tinyglobby
var require_tinyglobby = __commonJS({
  "lib:tinyglobby"(exports2, module2) {
    module2.exports = require("./lib/tinyglobby.cjs");
  }
});

// src/git.ts
var git_exports = {};
__export(git_exports, {
  git: () => git,
  startGit: () => startGit
});
function git(dir, args) {
  return startGit(dir, args).output;
}
function startGit(dir, args) {
  const running = run("git", [...args], { cwd: dir, encoding: "utf8", maxBuffer: MAX_BUFFER });
  return {
    output: running.then(({ stdout }) => stdout),
    stop: () => {
      running.child.kill();
    }
  };
}
var import_node_child_process, import_node_util2, run, MAX_BUFFER;
var init_git = __esm({
  "src/git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_util2 = require("node:util");
    run = (0, import_node_util2.promisify)(import_node_child_process.execFile);
    MAX_BUFFER = 512 * 1024 * 1024;
  }
});

// lib:ignore
var require_ignore = __commonJS({
  "lib:ignore"(exports2, module2) {
    module2.exports = require("./lib/ignore.cjs");
  }
});

// lib:ajv
var require_ajv = __commonJS({
  "lib:ajv"(exports2, module2) {
    module2.exports = require("./lib/ajv.cjs");
  }
});

// lib:badge-maker
var require_badge_maker = __commonJS({
  "lib:badge-maker"(exports2, module2) {
    module2.exports = require("./lib/badge-maker.cjs");
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require("crypto"), 1);
var fs = __toESM(require("fs"), 1);
var os2 = __toESM(require("os"), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
var os4 = __toESM(require("os"), 1);

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);
init_undici_on_demand();
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
var import_os = require("os");
var import_fs = require("fs");
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text3, addEOL = false) {
    this._buffer += text3;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells2 = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells2);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label2, content) {
    const element = this.wrap("details", this.wrap("summary", label2) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text3, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text3);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text3, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text3, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text3, href) {
    const element = this.wrap("a", text3, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require("os"), 1);

// node_modules/@actions/io/lib/io-util.js
var fs2 = __toESM(require("fs"), 1);
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// node_modules/@actions/github/lib/context.js
var import_fs2 = require("fs");
var import_os3 = require("os");
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a2, _b2, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if ((0, import_fs2.existsSync)(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse((0, import_fs2.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path2 = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path2} does not exist${import_os3.EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a2 = process.env.GITHUB_API_URL) !== null && _a2 !== void 0 ? _a2 : `https://api.github.com`;
    this.serverUrl = (_b2 = process.env.GITHUB_SERVER_URL) !== null && _b2 !== void 0 ? _b2 : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
init_undici_on_demand();
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter2(this, void 0, void 0, function* () {
    return fetch2(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a2;
  const orchId = (_a2 = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a2 === void 0 ? void 0 : _a2.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview2) => !mergedOptions.mediaType.previews.includes(preview2)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview2) => preview2.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key, modifier) {
  var value = context3[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview2) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview2}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse(merge(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code2 = 128; code2 <= 255; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code2 = 48; code2 <= 57; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
for (let code2 = 65; code2 <= 90; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code2 = 97; code2 <= 122; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code2 = header.charCodeAt(index);
    const flags = CHAR_MAP[code2];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code2 & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code2 = header.charCodeAt(index);
      const flags = CHAR_MAP[code2];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code2 === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code3 = header.charCodeAt(index);
            if (code3 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code4 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code4];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code3 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code3 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code3];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code2 & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start2, end) {
  let result = "";
  for (let index = start2; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start2, index);
      start2 = ++index;
    }
  }
  return result + str.slice(start2, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context3);
};
var JSONParseV2 = (text3, reviver) => {
  return JSON.parse(text3, (key, value, context3) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i2 = keys.length - 1; i2 >= 0; i2--) {
          stack.push({ parent: value, key: keys[i2], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text3) => {
  return text3.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text3, reviver) => {
  if (!text3) return originalParse(text3, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text3, reviver);
    const serializedData = serializeBigInts(text3);
    return originalParse(
      serializedData,
      (key, value, context3) => convertMarkedBigIntsReviver(key, value, context3, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text3);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch3 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch3) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log2 = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch3(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log2.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text3 = "";
    try {
      text3 = await response.text();
      return JSONParse(text3);
    } catch (err2) {
      return text3;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i2 = 0; i2 < classConstructor.plugins.length; ++i2) {
      Object.assign(this, classConstructor.plugins[i2](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION5 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION5;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info2) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info2.retryCount + 1;
    if (maxRetries > info2.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION7;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path2) => path2.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request2, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION8;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
var RATE_LIMIT_RETRIES = 3;
var FAULT_RETRIES = 3;
var positiveInt = (text3, fallback) => {
  const n = Number(text3);
  return text3 && Number.isInteger(n) && n > 0 ? n : fallback;
};
function httpTiming(env = process.env) {
  return {
    timeoutMs: positiveInt(env.COVERAGE_GATE_HTTP_TIMEOUT_MS, 3e4),
    retryBaseMs: positiveInt(env.COVERAGE_GATE_HTTP_RETRY_BASE_MS, 1e3)
  };
}
function apiBaseUrl(env = process.env) {
  return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}
var noAnswer = (what, timeoutMs) => `${what}: no answer within ${timeoutMs / 1e3} s`;
function attemptTimeout(timeoutMs) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request2, options) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      const given = options.request;
      const signal = given.signal ? AbortSignal.any([given.signal, timeout]) : timeout;
      options.request = { ...given, signal };
      try {
        return await request2(options);
      } catch (error2) {
        if (!timeout.aborted || given.signal?.aborted || !(error2 instanceof Error)) throw error2;
        const url = octokit.request.endpoint.parse(options).url;
        const message = noAnswer(`${options.method} ${url}`, timeoutMs);
        if (options.method === "POST") throw new Error(message);
        error2.message = message;
        throw error2;
      } finally {
        options.request = given;
      }
    });
  };
}
var clients = 0;
function createClient(token, timing = httpTiming()) {
  if (!token) {
    throw new Error(
      "github-token is empty; leave it at its default (`github.token`) or pass a token with `actions: read` and `pull-requests: write`"
    );
  }
  const options = {
    baseUrl: apiBaseUrl(),
    log: {
      debug: (message) => debug(message),
      info: (message) => debug(message),
      warn: (message) => info(message),
      error: (message) => info(message)
    },
    throttle: {
      // The write queue (one POST a second) is this client's own; a process
      // that makes a client per run (the flow tests) never waits on another's.
      id: `coverage-gate-${++clients}`,
      onRateLimit: retryWhileAllowed("Rate limit"),
      onSecondaryRateLimit: retryWhileAllowed("Secondary rate limit")
    },
    // Client errors are answers, not faults; 406 is "diff too large", which the
    // files list then replaces at once. Timeouts and network errors arrive as 500.
    retry: {
      retries: FAULT_RETRIES,
      retryAfterBaseValue: timing.retryBaseMs,
      doNotRetry: [400, 401, 403, 404, 406, 410, 422, 451]
    }
  };
  return getOctokit(
    token,
    options,
    attemptTimeout(timing.timeoutMs),
    retry,
    throttling
  );
}
function retryWhileAllowed(what) {
  return (retryAfter, request2, _octokit, retryCount) => {
    info(
      `${what} on ${request2.method} ${request2.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`
    );
    return retryCount < RATE_LIMIT_RETRIES;
  };
}
function statusOf(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}

// src/github/event.ts
function checkTarget(name, payload, sha) {
  const pr = payload.pull_request;
  if (pr && typeof pr.number === "number") {
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name;
    const pull = {
      number: pr.number,
      baseRef: String(pr.base?.ref ?? ""),
      baseSha: String(pr.base?.sha ?? ""),
      headSha: String(pr.head?.sha ?? sha),
      fromFork: name === "pull_request" && (!headRepo || headRepo !== baseRepo)
    };
    return {
      baseRef: pull.baseRef,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      pull,
      mergeGroup: false
    };
  }
  const group = payload.merge_group;
  if (group && typeof group.base_sha === "string") {
    return {
      baseRef: String(group.base_ref ?? "").replace(/^refs\/heads\//, ""),
      baseSha: group.base_sha,
      headSha: String(group.head_sha ?? sha),
      pull: null,
      mergeGroup: true
    };
  }
  return null;
}
function parseEvent(fields, raw) {
  const payload = raw && typeof raw === "object" ? raw : {};
  const run3 = payload.workflow_run;
  return {
    ...fields,
    target: checkTarget(fields.name, payload, fields.sha),
    headCommit: payload.head_commit ?? null,
    defaultBranch: payload.repository?.default_branch ?? null,
    deleted: payload.deleted === true || /^0{40}$/.test(payload.after ?? ""),
    workflowRun: run3 && typeof run3.id === "number" && typeof run3.head_sha === "string" ? run3 : null
  };
}
function readEvent(env = process.env) {
  return parseEvent(
    {
      name: context2.eventName,
      repo: context2.repo,
      sha: context2.sha,
      ref: context2.ref,
      runId: context2.runId,
      workflowRef: env.GITHUB_WORKFLOW_REF ?? ""
    },
    context2.payload
  );
}

// src/report/errors.ts
var InputError = class extends Error {
  constructor(source, problem) {
    super(source ? `${source}: ${problem}` : problem);
    this.source = source;
    this.problem = problem;
    this.name = "InputError";
  }
  source;
  problem;
};
function describeError(error2) {
  if (error2 !== null && typeof error2 === "object" && typeof error2.message === "string") {
    const { message, name } = error2;
    return message.split("\n")[0] || String(name);
  }
  return String(error2).split("\n")[0];
}

// src/analysis/components.ts
var import_scan = __toESM(require_scan(), 1);

// src/report/model.ts
function sortedUnique(lines) {
  for (let i2 = 1; i2 < lines.length; i2++) {
    if (lines[i2] <= lines[i2 - 1]) {
      return [...new Set(lines)].sort((a, b) => a - b);
    }
  }
  return lines;
}
function unionSorted(a, b) {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const union = [];
  let i2 = 0;
  let j = 0;
  while (i2 < a.length && j < b.length) {
    const x2 = a[i2];
    const y = b[j];
    if (x2 <= y) {
      union.push(x2);
      i2++;
      if (x2 === y) j++;
    } else {
      union.push(y);
      j++;
    }
  }
  while (i2 < a.length) union.push(a[i2++]);
  while (j < b.length) union.push(b[j++]);
  return union;
}
function flattenArcs(pairs) {
  const flat = new Array(pairs.length * 2);
  pairs.forEach(([from, to], k) => {
    flat[2 * k] = from;
    flat[2 * k + 1] = to;
  });
  return flat;
}
function arcPairs(arcs) {
  const pairs = [];
  for (let k = 0; k < arcs.length; k += 2) pairs.push([arcs[k], arcs[k + 1]]);
  return pairs;
}
function percentCovered(statements, covered, branches, coveredBranches) {
  const denominator = statements + (branches ?? 0);
  if (statements <= 0) return 100;
  return 100 * (covered + (coveredBranches ?? 0)) / denominator;
}
function lineFileCoverage(path2, reportPath, hits, metrics2) {
  const executedLines = [];
  const missingLines = [];
  for (const [line2, count3] of [...hits].sort((a, b) => a[0] - b[0])) {
    (count3 > 0 ? executedLines : missingLines).push(line2);
  }
  const statements = executedLines.length + missingLines.length;
  const file = {
    path: path2,
    reportPath,
    statements,
    covered: executedLines.length,
    branches: null,
    coveredBranches: null,
    executedLines,
    missingLines,
    excludedLines: [],
    executedBranches: null,
    missingBranches: null,
    partialBranches: null
  };
  if (metrics2) file.metrics = metrics2(file);
  return file;
}
function filePercent(file) {
  return percentCovered(file.statements, file.covered, file.branches, file.coveredBranches);
}
function addMetric(into, key, value) {
  if (!value) return;
  const current = into[key] ?? { total: 0, covered: 0 };
  into[key] = { total: current.total + value.total, covered: current.covered + value.covered };
}
function fillMetrics(files) {
  const keys = /* @__PURE__ */ new Set();
  for (const file of files.values()) {
    for (const key of Object.keys(file.metrics ?? {})) keys.add(key);
  }
  for (const file of files.values()) {
    for (const key of keys) {
      file.metrics ??= {};
      file.metrics[key] ??= { total: 0, covered: 0 };
    }
  }
}
function computeTotals(report) {
  let statements = 0;
  let covered = 0;
  let branches = 0;
  let coveredBranches = 0;
  let metrics2;
  const filesWith = /* @__PURE__ */ new Map();
  for (const file of report.files.values()) {
    statements += file.statements;
    covered += file.covered;
    branches += file.branches ?? 0;
    coveredBranches += file.coveredBranches ?? 0;
    if (file.metrics) {
      metrics2 ??= {};
      for (const key of Object.keys(file.metrics)) {
        addMetric(metrics2, key, file.metrics[key]);
        filesWith.set(key, (filesWith.get(key) ?? 0) + 1);
      }
    }
  }
  for (const key of filesWith.keys()) {
    if (metrics2 && filesWith.get(key) !== report.files.size) delete metrics2[key];
  }
  if (report.declaredMetrics) metrics2 = { ...metrics2, ...report.declaredMetrics };
  if (metrics2 && Object.keys(metrics2).length === 0) metrics2 = void 0;
  const b = report.hasBranches ? branches : null;
  const cb = report.hasBranches ? coveredBranches : null;
  const totals = {
    statements,
    covered,
    branches: b,
    coveredBranches: cb,
    percent: percentCovered(statements, covered, b, cb)
  };
  if (metrics2) totals.metrics = metrics2;
  return totals;
}

// src/analysis/gates.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/report/rounding.ts
function roundHalfEven(value, precision) {
  if (!Number.isFinite(value)) return value;
  const fixed2 = value.toFixed(precision);
  const longer = Math.min(100, precision + 60);
  const exact = Math.abs(value).toFixed(longer);
  const cut = exact.indexOf(".") + 1 + precision;
  const rest = exact.slice(cut);
  if (!/^50*$/.test(rest)) return Number(fixed2);
  const down = exact.slice(0, cut).replace(/\.$/, "");
  const lastDigit = Number(down[down.length - 1]);
  const magnitude = lastDigit % 2 === 0 ? Number(down) : Math.abs(Number(fixed2));
  return value < 0 ? -magnitude : magnitude;
}
function truncateDecimals(value, precision) {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** precision;
  const scaled = Math.abs(value) * scale;
  const nearest = Math.round(scaled);
  const cut = Math.abs(scaled - nearest) <= 1e-9 * Math.max(1, scaled) ? nearest : Math.floor(scaled);
  return (value < 0 ? -cut : cut) / scale;
}
function roundPercent(value, precision, rounding2) {
  return rounding2 === "truncate" ? truncateDecimals(value, precision) : roundHalfEven(value, precision);
}
function displayPercent(value, precision, rounding2 = "half-even") {
  if (rounding2 === "truncate") return truncateDecimals(value, precision).toFixed(precision);
  const near0 = 1 / 10 ** precision;
  let shown = value;
  if (value > 0 && value < near0) shown = near0;
  else if (value > 100 - near0 && value < 100) shown = 100 - near0;
  else shown = roundPercent(value, precision, rounding2);
  return shown.toFixed(precision);
}
function isBelowThreshold(value, threshold, precision, rounding2 = "half-even") {
  if (threshold === 100 && value !== 100) return true;
  return roundPercent(value, precision, rounding2) < threshold;
}
function displayDelta(value, precision) {
  const rounded = roundHalfEven(value, precision);
  if (rounded === 0) return `\xB1${0 .toFixed(precision)}`;
  return `${rounded > 0 ? "+" : "-"}${Math.abs(rounded).toFixed(precision)}`;
}
function groupThousands(value) {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ",");
}

// src/analysis/gates.ts
function parseFileThresholds(text3, source = "file-thresholds") {
  const rules = [];
  for (const raw of text3.split(/\r?\n/)) {
    const line2 = raw.trim();
    if (!line2 || line2.startsWith("#")) continue;
    const colon = line2.lastIndexOf(":");
    const glob = colon > 0 ? line2.slice(0, colon).trim() : "";
    const value = colon > 0 ? line2.slice(colon + 1).trim() : "";
    const percent3 = Number(value);
    if (!glob || value === "" || !Number.isFinite(percent3) || percent3 < 0 || percent3 > 100) {
      throw new InputError(
        source,
        `each line must be "glob: percent" with a percent from 0 to 100, got ${JSON.stringify(line2)}`
      );
    }
    rules.push({ glob, percent: percent3 });
  }
  return rules;
}
function compileGlob(glob) {
  return (0, import_picomatch.default)(glob, { dot: true, basename: !glob.includes("/") });
}
function compileRule(rule) {
  return compileGlob(rule.glob);
}
var pct = (value, precision, rounding2) => `${displayPercent(value, precision, rounding2)}%`;
function newUncoveredGate(count3, limit) {
  if (count3 === null) {
    return {
      name: "max-new-uncovered-lines",
      passed: true,
      skipped: true,
      actual: null,
      threshold: limit,
      message: "The changed lines were not read (see the notes), so new uncovered lines were not counted"
    };
  }
  const fails = count3 > limit;
  const lines = `${count3} ${count3 === 1 ? "line" : "lines"}`;
  return {
    name: "max-new-uncovered-lines",
    passed: !fails,
    skipped: false,
    actual: count3,
    threshold: limit,
    message: `${lines} changed or covered at base ${count3 === 1 ? "is" : "are"} uncovered (allowed: ${limit})`
  };
}
function evaluateGates(input, options) {
  const { precision } = options;
  const rounding2 = options.rounding ?? "half-even";
  const gates = [];
  const totalFails = isBelowThreshold(input.totalPercent, options.minCoverage, precision, rounding2);
  gates.push({
    name: "min-coverage",
    passed: !totalFails,
    skipped: false,
    actual: input.totalPercent,
    threshold: options.minCoverage,
    message: totalFails ? `Total coverage ${pct(input.totalPercent, precision, rounding2)} is below the minimum ${options.minCoverage}%` : `Total coverage ${pct(input.totalPercent, precision, rounding2)} meets the minimum ${options.minCoverage}%`
  });
  if (options.minFileCoverage > 0 || options.fileThresholds.length > 0) {
    gates.push(...fileGates(input, options));
  }
  if (options.maxCoverageDrop !== null) {
    const limit = options.maxCoverageDrop;
    if (input.delta === null) {
      gates.push({
        name: "max-coverage-drop",
        passed: true,
        skipped: true,
        actual: null,
        threshold: limit,
        message: "No baseline, so the drop against the base branch was not checked"
      });
    } else {
      const drop = roundHalfEven(-input.delta, precision);
      const fails = drop > limit;
      gates.push({
        name: "max-coverage-drop",
        passed: !fails,
        skipped: false,
        actual: input.delta,
        threshold: limit,
        message: fails ? `Coverage fell by ${drop.toFixed(precision)} pp, more than the allowed ${limit} pp` : `Coverage changed by ${displayDelta(input.delta, precision)} pp (allowed drop: ${limit} pp)`
      });
    }
  }
  if (options.minPatchCoverage !== null) {
    const threshold = options.minPatchCoverage;
    const patch = input.patch;
    if (!patch || patch.percent === null) {
      gates.push({
        name: "min-patch-coverage",
        passed: true,
        skipped: true,
        actual: null,
        threshold,
        message: patch ? "Patch coverage is n/a: no changed line is executable" : "The changed lines were not read (see the notes), so patch coverage was not checked"
      });
    } else {
      const fails = isBelowThreshold(patch.percent, threshold, precision, rounding2);
      gates.push({
        name: "min-patch-coverage",
        passed: !fails,
        skipped: false,
        actual: patch.percent,
        threshold,
        message: `Patch coverage ${pct(patch.percent, precision, rounding2)} of ${patch.lines} changed lines ${fails ? "is below" : "meets"} the minimum ${threshold}%`
      });
    }
  }
  if (options.minBranchCoverage !== void 0 && options.minBranchCoverage !== null) {
    gates.push(branchGate(input.branches ?? null, options.minBranchCoverage, precision, rounding2));
  }
  if (options.maxNewUncoveredLines !== void 0 && options.maxNewUncoveredLines !== null) {
    gates.push(newUncoveredGate(input.newUncovered ?? null, options.maxNewUncoveredLines));
  }
  if (!input.hasBaseline && options.failOnMissingBaseline) {
    gates.push({
      name: "baseline",
      passed: false,
      skipped: false,
      actual: null,
      threshold: null,
      message: "No baseline report was found and fail-on-missing-baseline is set"
    });
  }
  return gates;
}
function branchGate(branches, threshold, precision, rounding2) {
  if (!branches || branches.total === 0) {
    return {
      name: "min-branch-coverage",
      passed: true,
      skipped: true,
      actual: null,
      threshold,
      message: branches ? "Branch coverage is n/a: the report counts no branch" : "Branch coverage is n/a: the report has no branch data"
    };
  }
  const percent3 = 100 * branches.covered / branches.total;
  const fails = isBelowThreshold(percent3, threshold, precision, rounding2);
  return {
    name: "min-branch-coverage",
    passed: !fails,
    skipped: false,
    actual: percent3,
    threshold,
    message: `Branch coverage ${pct(percent3, precision, rounding2)} (${branches.covered} of ${branches.total} branches) ${fails ? "is below" : "meets"} the minimum ${threshold}%`
  };
}
function fileGates(input, options) {
  const { precision } = options;
  const rounding2 = options.rounding ?? "half-even";
  const rules = options.fileThresholds.map((rule) => ({ rule, matches: compileRule(rule) }));
  const byDefault = [];
  const byRule = [];
  let ruleMatched = 0;
  for (const file of input.files) {
    const own = file.rounding ?? rounding2;
    const roundingOf = file.rounding ? { rounding: file.rounding } : {};
    let rule = null;
    for (let i2 = rules.length - 1; i2 >= 0; i2--) {
      const candidate = rules[i2];
      if (candidate.matches(file.path)) {
        rule = candidate.rule;
        break;
      }
    }
    if (rule) {
      ruleMatched++;
      if (isBelowThreshold(file.percent, rule.percent, precision, own)) {
        byRule.push({
          path: file.path,
          percent: file.percent,
          threshold: rule.percent,
          rule: rule.glob,
          ...roundingOf
        });
      }
      continue;
    }
    if (options.minFileCoverage <= 0 || file.statements < options.minFileStatements) continue;
    if (isBelowThreshold(file.percent, options.minFileCoverage, precision, own)) {
      byDefault.push({
        path: file.path,
        percent: file.percent,
        threshold: options.minFileCoverage,
        rule: null,
        ...roundingOf
      });
    }
  }
  const order = (a, b) => a.percent - b.percent || (a.path < b.path ? -1 : 1);
  const gates = [];
  const describe2 = (failures) => {
    const shown = failures.slice(0, 3).map(
      (f) => `${f.path} (${pct(f.percent, precision, f.rounding ?? rounding2)} < ${f.threshold}%)`
    ).join(", ");
    return failures.length > 3 ? `${shown} and ${failures.length - 3} more` : shown;
  };
  if (options.minFileCoverage > 0) {
    byDefault.sort(order);
    gates.push({
      name: "min-file-coverage",
      passed: byDefault.length === 0,
      skipped: false,
      actual: byDefault[0]?.percent ?? null,
      threshold: options.minFileCoverage,
      message: byDefault.length ? `${byDefault.length} file${byDefault.length === 1 ? " is" : "s are"} below ${options.minFileCoverage}%: ${describe2(byDefault)}` : `Every file${options.minFileStatements > 0 ? ` with ${options.minFileStatements}+ ${options.unit ?? "statements"}` : ""} is at or above ${options.minFileCoverage}%`,
      files: byDefault
    });
  }
  if (options.fileThresholds.length > 0) {
    byRule.sort(order);
    gates.push({
      name: "file-thresholds",
      passed: byRule.length === 0,
      skipped: ruleMatched === 0,
      actual: byRule[0]?.percent ?? null,
      threshold: byRule[0]?.threshold ?? null,
      message: byRule.length ? `${byRule.length} file${byRule.length === 1 ? " is" : "s are"} below the threshold of their rule: ${describe2(byRule)}` : ruleMatched === 0 ? "No file matches a file-thresholds rule" : ruleMatched === 1 ? "The 1 file matched by file-thresholds rules meets its threshold" : `All ${ruleMatched} files matched by file-thresholds rules meet their threshold`,
      files: byRule
    });
  }
  return gates;
}

// src/analysis/components-config.ts
var COMPONENT_GATE_KEYS = [
  "min-coverage",
  "max-coverage-drop",
  "min-patch-coverage",
  "min-branch-coverage",
  "target-coverage"
];
var OTHER = "(other)";
var NAME = /^[A-Za-z0-9 _.-]{1,40}$/;
var refuse = (source, line2, problem) => {
  throw new InputError(source, `line ${line2}: ${problem}`);
};
function balanced(glob) {
  const stack = [];
  const pairs = { "]": "[", "}": "{", ")": "(" };
  for (let i2 = 0; i2 < glob.length; i2++) {
    const c = glob[i2];
    if (c === "\\") i2++;
    else if (c === "[" || c === "{" || c === "(") stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}
function contentLines(text3) {
  return text3.split(/\r?\n/).map((raw, i2) => [i2 + 1, raw.trim()]).filter(([, line2]) => line2 !== "" && !line2.startsWith("#"));
}
function splitNamed(source, n, line2, shape) {
  const colon = line2.indexOf(":");
  if (colon <= 0) refuse(source, n, `expected ${shape}, got ${JSON.stringify(line2)}`);
  return [line2.slice(0, colon).trim(), line2.slice(colon + 1).trim()];
}
function parseComponents(text3, source = "components") {
  const components = [];
  for (const [n, line2] of contentLines(text3)) {
    const [name, rest] = splitNamed(source, n, line2, '"name: glob glob !glob"');
    if (!NAME.test(name) || name === OTHER) {
      refuse(
        source,
        n,
        `the name ${JSON.stringify(name)} must be 1 to 40 letters, digits, spaces, "_", "." or "-"`
      );
    }
    if (components.some((c) => c.name === name)) refuse(source, n, `duplicate name "${name}"`);
    const globs = rest.split(/\s+/).filter(Boolean);
    if (!globs.some((g) => !g.startsWith("!"))) {
      refuse(source, n, `component "${name}" needs at least one glob that is not an exclusion`);
    }
    for (const glob of globs) {
      const pattern = glob.startsWith("!") ? glob.slice(1) : glob;
      let compiles = pattern !== "" && balanced(pattern);
      try {
        if (compiles) compileGlob(pattern);
      } catch {
        compiles = false;
      }
      if (!compiles) refuse(source, n, `the glob ${JSON.stringify(glob)} cannot compile`);
    }
    components.push({ name, globs });
  }
  return components;
}
function parseComponentGates(text3, components, source = "component-gates") {
  const gates = new Map(components.map((c) => [c.name, {}]));
  for (const [n, line2] of contentLines(text3)) {
    const [name, rest] = splitNamed(source, n, line2, '"name: key=value ..."');
    if (name !== "*" && !gates.has(name)) {
      refuse(source, n, `no component is named ${JSON.stringify(name)} (see components)`);
    }
    const pairs = rest.split(/\s+/).filter(Boolean);
    if (pairs.length === 0) refuse(source, n, "expected at least one key=value");
    const set = {};
    for (const pair of pairs) {
      const [key = "", value = ""] = pair.split("=", 2);
      if (!COMPONENT_GATE_KEYS.includes(key)) {
        refuse(
          source,
          n,
          `unknown key ${JSON.stringify(key)}; the keys are ${COMPONENT_GATE_KEYS.join(", ")}`
        );
      }
      const number = Number(value);
      if (!/^(\d+\.?\d*|\.\d+)$/.test(value) || number > 100) {
        refuse(source, n, `${key} must be a number from 0 to 100, got ${JSON.stringify(value)}`);
      }
      set[key] = number;
    }
    for (const [target, current] of gates) {
      if (name === "*" || name === target) gates.set(target, { ...current, ...set });
    }
  }
  return gates;
}

// src/analysis/informational.ts
var GATE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
var COMPONENT_GATE = /^component:[A-Za-z0-9 _.-]{1,40}:[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function parseInformational(text3, source = "informational") {
  const names = [];
  for (const raw of text3.split(/\r?\n/)) {
    const line2 = raw.trim();
    if (!line2 || line2.startsWith("#")) continue;
    if (line2.toLowerCase() === "all") return "all";
    if (!GATE_NAME.test(line2) && !COMPONENT_GATE.test(line2)) {
      throw new InputError(
        source,
        `each line must be a gate name as failed-gates lists it (such as min-patch-coverage or component:NAME:min-coverage), or all; got ${JSON.stringify(line2)}`
      );
    }
    if (!names.includes(line2)) names.push(line2);
  }
  return names;
}
function isInformational(name, listed) {
  if (!listed) return false;
  return listed === "all" || listed.includes(name);
}
function markInformational(gates, listed) {
  return gates.map(
    (gate2) => isInformational(gate2.name, listed) ? { ...gate2, informational: true } : gate2
  );
}
var blocks = (gate2) => !gate2.passed && !gate2.informational;
var warns = (gate2) => !gate2.passed && gate2.informational === true;

// src/analysis/components.ts
function leadingFolder(glob) {
  const { base } = (0, import_scan.default)(glob);
  return glob.includes("/") && base && base !== glob ? base : "";
}
function under(sorted, folder) {
  if (!folder) return sorted;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (sorted[mid] < folder) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && sorted[end].startsWith(folder)) end++;
  return sorted.slice(low, end);
}
function globMatcher(glob, folder) {
  if (folder && glob === `${folder}/**`) {
    return (path2) => path2 === folder || path2.startsWith(`${folder}/`);
  }
  return compileGlob(glob);
}
function componentMembers(def, sorted) {
  const members = /* @__PURE__ */ new Set();
  for (const glob of def.globs.filter((g) => !g.startsWith("!"))) {
    const folder = leadingFolder(glob);
    const matches = globMatcher(glob, folder);
    for (const path2 of under(sorted, folder)) if (matches(path2)) members.add(path2);
  }
  for (const glob of def.globs.filter((g) => g.startsWith("!"))) {
    const pattern = glob.slice(1);
    const matches = globMatcher(pattern, leadingFolder(pattern));
    for (const path2 of members) if (matches(path2)) members.delete(path2);
  }
  return members;
}
function subset(report, members) {
  const files = /* @__PURE__ */ new Map();
  let format;
  let oneFormat = true;
  for (const path2 of members) {
    const file = report.files.get(path2);
    if (!file) continue;
    files.set(path2, file);
    const own = file.format ?? report.format;
    if (format === void 0) format = own;
    else if (own !== format) oneFormat = false;
  }
  const { declaredMetrics: _declared, roundings, ...rest } = report;
  if (!roundings || !oneFormat || format === void 0 || format === report.format) {
    return { ...rest, files };
  }
  return { ...rest, files, format, hasBranches: false, rounding: roundings[format] ?? "half-even" };
}
var statementsPercent = (t) => percentCovered(t.statements, t.covered, null, null);
function componentRow(scope, rows, patched, head, base) {
  const own = subset(head, scope.members);
  const totals = computeTotals(own);
  const baseOwn = base ? subset(base, scope.members) : null;
  const baseTotals = baseOwn && baseOwn.files.size > 0 ? computeTotals(baseOwn) : null;
  const mixed = baseOwn !== null && baseOwn.hasBranches !== own.hasBranches;
  const rounding2 = own.rounding ?? "half-even";
  let lines = 0;
  let covered = 0;
  for (const path2 of own.files.keys()) {
    const file = rows.get(path2);
    if (!file?.changed) continue;
    lines += file.patchLines;
    covered += file.patchCovered;
  }
  return {
    name: scope.name,
    statements: totals.statements,
    covered: totals.covered,
    branches: totals.branches,
    coveredBranches: totals.coveredBranches,
    percent: totals.percent,
    basePercent: baseTotals ? baseTotals.percent : null,
    delta: baseTotals ? mixed ? statementsPercent(totals) - statementsPercent(baseTotals) : totals.percent - baseTotals.percent : null,
    patch: patched ? { percent: lines > 0 ? 100 * covered / lines : null, lines, covered } : null,
    uncovered: totals.statements - totals.covered,
    files: own.files.size,
    ...rounding2 === (head.rounding ?? "half-even") ? {} : { rounding: rounding2 }
  };
}
function componentGates(row, set, result) {
  const evaluated = evaluateGates(
    {
      totalPercent: row.percent,
      files: [],
      delta: row.delta,
      hasBaseline: row.basePercent !== null,
      patch: row.patch,
      branches: row.branches === null ? null : { total: row.branches, covered: row.coveredBranches ?? 0 }
    },
    {
      minCoverage: set["min-coverage"] ?? 0,
      minFileCoverage: 0,
      minFileStatements: 0,
      fileThresholds: [],
      maxCoverageDrop: set["max-coverage-drop"] ?? null,
      minPatchCoverage: set["min-patch-coverage"] ?? null,
      minBranchCoverage: set["min-branch-coverage"] ?? null,
      failOnMissingBaseline: false,
      precision: result.precision,
      rounding: row.rounding ?? result.rounding
    }
  );
  return evaluated.filter((gate2) => gate2.name !== "min-coverage" || set["min-coverage"] !== void 0).map((gate2) => ({
    ...gate2,
    name: `component:${row.name}:${gate2.name}`,
    message: `${row.name}: ${gate2.message}`,
    ...row.rounding ? { rounding: row.rounding } : {}
  }));
}
function emptyComponents(result) {
  return (result.components ?? []).filter((row) => row.files === 0 && row.name !== OTHER).map((row) => emptyNote(row.name));
}
var emptyNote = (name) => `Component "${name}" matches no file of the report.`;
function withComponents(input) {
  const { result, head, base, config } = input;
  if (config.components.length === 0) return result;
  const paths = [.../* @__PURE__ */ new Set([...head.files.keys(), ...base ? base.files.keys() : []])].sort();
  const matched = /* @__PURE__ */ new Set();
  const scopes = config.components.map((def) => {
    const members = componentMembers(def, paths);
    for (const path2 of members) matched.add(path2);
    return { name: def.name, members };
  });
  const fileRows = new Map(result.files.map((row) => [row.path, row]));
  const rows = [];
  const gates = [];
  const notes = [];
  for (const scope of scopes) {
    const row = componentRow(scope, fileRows, result.patch !== null, head, base);
    if (row.files === 0) {
      notes.push(emptyNote(scope.name));
    }
    const set = config.gates.get(scope.name) ?? {};
    const evaluated = componentGates(row, set, result);
    const checked = row.files === 0 ? evaluated.map((gate2) => ({
      ...gate2,
      passed: true,
      skipped: true,
      actual: null,
      message: emptyNote(scope.name)
    })) : evaluated;
    const own = markInformational(checked, input.informational);
    gates.push(...own);
    rows.push({
      ...row,
      ...set["target-coverage"] === void 0 ? {} : { target: set["target-coverage"] },
      passed: !own.some(blocks)
    });
  }
  if ([...head.files.keys()].some((path2) => !matched.has(path2))) {
    rows.push({
      ...componentRow(
        { name: OTHER, members: new Set(paths.filter((p) => !matched.has(p))) },
        fileRows,
        result.patch !== null,
        head,
        base
      ),
      passed: true
    });
  }
  const impact = result.impact.map((entry) => {
    const names = scopes.filter((s) => s.members.has(entry.path)).map((s) => s.name);
    return { ...entry, components: names.length ? names : [OTHER] };
  });
  const allGates = [...result.gates, ...gates];
  const failedGates = [...result.failedGates, ...gates.filter(blocks).map((g) => g.name)];
  const warned = [...result.warnedGates ?? [], ...gates.filter(warns).map((g) => g.name)];
  return {
    ...result,
    passed: failedGates.length === 0,
    gates: allGates,
    failedGates,
    ...warned.length ? { warnedGates: warned } : {},
    components: rows,
    impact,
    notes: [...result.notes, ...notes]
  };
}

// src/report/load.ts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");

// src/report/stated.ts
var percentOf = ({ total, covered }) => total > 0 ? 100 * covered / total : 100;
function statedTotalsNote(source, where, stated, listed) {
  const statedPercent = percentOf(stated);
  const listedPercent = percentOf(listed);
  return `${source}: ${where} states ${stated.covered} of ${stated.total} lines (${displayPercent(statedPercent, 2)}%), but the lines it lists are ${listed.covered} of ${listed.total} (${displayPercent(listedPercent, 2)}%); the listed lines count (difference ${displayDelta(listedPercent - statedPercent, 2)} pp, ${signed(listed.total - stated.total)} lines, ${signed(listed.covered - stated.covered)} covered).`;
}
var signed = (n) => n > 0 ? `+${n}` : `${n}`;

// src/report/xml.ts
var ARRAY_ELEMENTS = /* @__PURE__ */ new Set(["source", "package", "classes", "class", "method", "line"]);
var parser;
async function xmlLibrary() {
  const { XMLParser, XMLValidator } = await Promise.resolve().then(() => __toESM(require_fast_xml_parser(), 1));
  parser ??= new XMLParser(PARSER_OPTIONS);
  return { parser, validate: XMLValidator.validate };
}
var PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_ELEMENTS.has(name)
};
function looksLikeXml(text3) {
  return /^\s*<(\?xml|!--|!DOCTYPE|coverage[\s>/])/i.test(text3);
}
var isNode = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function children(parent, name) {
  if (!isNode(parent)) return [];
  const value = parent[name];
  if (!Array.isArray(value)) return isNode(value) ? [value] : [];
  return value.filter(isNode);
}
function child(parent, name) {
  return children(parent, name)[0];
}
function text(value) {
  if (typeof value === "string") return value.trim();
  if (isNode(value) && typeof value["#text"] === "string") return value["#text"].trim();
  return "";
}
function checkWellFormed(xml, source, validate2) {
  const root = xml.search(/<coverage[\s>/]/);
  const prolog = root < 0 ? xml : xml.slice(0, root);
  if (/<!ENTITY/i.test(prolog)) {
    throw new InputError(
      source,
      "declares XML entities (<!ENTITY>); a coverage report needs none and they are not expanded, so the file is refused"
    );
  }
  const verdict2 = validate2(xml, { allowBooleanAttributes: true });
  if (verdict2 === true) return;
  const { msg, line: line2, col } = verdict2.err;
  if (/^Invalid '\[/.test(msg) || /unclosed|closed/i.test(msg)) {
    throw new InputError(
      source,
      `is not well-formed XML: the file ends before its elements are closed (truncated?) (${msg.replace(/\s+/g, " ")})`
    );
  }
  throw new InputError(source, `is not well-formed XML at line ${line2}, column ${col}: ${msg}`);
}

// src/report/cobertura.ts
function isAbsolute(path2) {
  return /^([A-Za-z]:)?[\\/]/.test(path2);
}
function joinSource(sourceDir, filename) {
  if (isAbsolute(filename) || sourceDir === "") return filename;
  return `${sourceDir.replace(/[\\/]+$/, "")}/${filename}`;
}
var CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;
async function readCobertura(xml, source, options = {}) {
  const { parser: parser2, validate: validate2 } = await xmlLibrary();
  checkWellFormed(xml, source, validate2);
  let document;
  try {
    document = parser2.parse(xml);
  } catch (error2) {
    throw new InputError(
      source,
      `is not readable XML: ${String(error2.message ?? error2)}`
    );
  }
  const coverage = child(document, "coverage");
  if (!coverage) {
    throw new InputError(
      source,
      "is XML but has no <coverage> root element: not a Cobertura report"
    );
  }
  const sourceList = (() => {
    const value = child(coverage, "sources")?.source;
    const list = Array.isArray(value) ? value : value === void 0 ? [] : [value];
    return list.map(text).filter((s) => s !== "");
  })();
  const sources = sourceList.filter(isSourcePath);
  const resolve3 = sourceResolver(sources, options.exists);
  const files = /* @__PURE__ */ new Map();
  const rates = [];
  let classIndex = 0;
  for (const cls of classesOf(coverage)) {
    classIndex++;
    const where = `<class> #${classIndex}`;
    const filename = typeof cls.filename === "string" ? cls.filename.trim() : "";
    if (filename === "") throw new InputError(source, `${where} has no filename attribute`);
    const path2 = resolve3(filename);
    let file = files.get(path2);
    if (!file) {
      file = { reportPath: path2, lines: /* @__PURE__ */ new Map(), functionsTotal: 0, functionsCovered: 0 };
      files.set(path2, file);
    }
    const fileWhere = `${where} (${JSON.stringify(filename)})`;
    const classLines = readClassLines(cls, fileWhere, source);
    for (const [number, data] of classLines) addLine(file.lines, number, data);
    const hit = [...classLines.values()].filter((l) => l.hits > 0).length;
    rates.push({ rate: cls["line-rate"], covered: hit, total: classLines.size });
    for (const method of children(child(cls, "methods"), "method")) {
      file.functionsTotal++;
      if (methodRan(method)) file.functionsCovered++;
    }
  }
  const result = /* @__PURE__ */ new Map();
  for (const [path2, data] of files) result.set(path2, toFileCoverage(path2, data));
  fillMetrics(result);
  let total = 0;
  let covered = 0;
  for (const file of result.values()) {
    total += file.statements;
    covered += file.covered;
  }
  const stated = statedLines(coverage);
  if (total === 0 && stated && stated.total > 0) {
    throw new InputError(
      source,
      `states lines-valid="${stated.total}" on its root but lists no <line> under any class or method: nothing to read, so the report is refused`
    );
  }
  rates.unshift({ rate: coverage["line-rate"], covered, total });
  const report = {
    format: "cobertura",
    files: result,
    hasBranches: false,
    source,
    rounding: statedRounding(rates)
  };
  const declared = statedBranches(coverage);
  if (declared) report.declaredMetrics = { branches: declared };
  if (typeof coverage.version === "string" && coverage.version !== "") {
    report.producerVersion = coverage.version;
  }
  const notes = [];
  const skipped2 = sourceList.filter((s) => !isSourcePath(s));
  if (skipped2.length > 0) {
    notes.push(
      `${source}: <source> ${skipped2.map((s) => JSON.stringify(s)).join(", ")} is not a directory and was ignored.`
    );
  }
  if (sources.length > 1) {
    notes.push(
      `${source} lists ${sources.length} <source> directories; each relative file name was joined with the one that holds it, or kept relative when none does.`
    );
  }
  if (stated && (stated.total !== total || stated.covered !== covered)) {
    notes.push(
      statedTotalsNote(source, "its root (lines-covered / lines-valid)", stated, {
        total,
        covered
      })
    );
  }
  if (notes.length) report.notes = notes;
  return report;
}
function statedRounding(rates) {
  for (const { rate, covered, total } of rates) {
    if (typeof rate !== "string" || total === 0 || !/^\d+(\.\d+)?$/.test(rate.trim())) continue;
    const decimals = rate.trim().split(".")[1]?.length ?? 0;
    const stated = Number(rate);
    const ratio = covered / total;
    const truncated = truncateDecimals(ratio, decimals);
    const rounded = roundHalfEven(ratio, decimals);
    if (truncated === rounded) continue;
    if (stated === truncated) return "truncate";
    if (stated === rounded) return "half-even";
  }
  return "half-even";
}
function statedBranches(coverage) {
  const total = Number(coverage["branches-valid"]);
  const covered = Number(coverage["branches-covered"]);
  if (!Number.isInteger(total) || !Number.isInteger(covered) || total <= 0) return void 0;
  if (covered < 0 || covered > total) return void 0;
  return { total, covered };
}
function integerAttribute(node, name, where, source, min) {
  const raw = node[name];
  const value = typeof raw === "string" ? raw.trim() : "";
  if (!/^-?\d+$/.test(value)) {
    throw new InputError(
      source,
      `${where}: <line ${name}="${typeof raw === "string" ? raw : ""}"> must be an integer`
    );
  }
  const number = Number(value);
  if (number < min || !Number.isSafeInteger(number)) {
    throw new InputError(
      source,
      `${where}: <line ${name}="${value}"> must be ${min === 0 ? "zero or more" : `${min} or more`}`
    );
  }
  return number;
}
function readLine(line2, where, source) {
  const number = integerAttribute(line2, "number", where, source, 1);
  const hits = integerAttribute(line2, "hits", where, source, 0);
  let branchCovered = 0;
  let branchTotal = 0;
  const condition = line2["condition-coverage"];
  if (String(line2.branch).toLowerCase() === "true" && typeof condition === "string") {
    const match = CONDITION.exec(condition);
    if (!match) {
      throw new InputError(
        source,
        `${where}: line ${number} has condition-coverage="${condition}", expected like "50% (1/2)"`
      );
    }
    branchCovered = Number(match[1]);
    branchTotal = Number(match[2]);
    if (branchCovered > branchTotal) {
      throw new InputError(
        source,
        `${where}: line ${number} has condition-coverage="${condition}", more covered than there are branches`
      );
    }
  }
  return [number, { hits, branchCovered, branchTotal }];
}
function addLine(lines, number, data) {
  const existing = lines.get(number);
  if (!existing) {
    lines.set(number, { ...data });
    return;
  }
  existing.hits += data.hits;
  existing.branchTotal = Math.max(existing.branchTotal, data.branchTotal);
  existing.branchCovered = Math.max(existing.branchCovered, data.branchCovered);
}
function readClassLines(cls, where, source) {
  const own = /* @__PURE__ */ new Map();
  for (const line2 of children(child(cls, "lines"), "line")) {
    const [number, data] = readLine(line2, where, source);
    addLine(own, number, data);
  }
  if (own.size > 0) return own;
  const fromMethods = /* @__PURE__ */ new Map();
  for (const method of children(child(cls, "methods"), "method")) {
    for (const line2 of children(child(method, "lines"), "line")) {
      const [number, data] = readLine(line2, `${where} <method>`, source);
      const existing = fromMethods.get(number);
      if (!existing || existing.hits < data.hits) fromMethods.set(number, data);
    }
  }
  return fromMethods;
}
function classesOf(coverage) {
  const packages = child(coverage, "packages");
  const found = [];
  const fromContainer = (node) => {
    found.push(...children(node, "class"));
    for (const classes of children(node, "classes")) found.push(...children(classes, "class"));
  };
  for (const pkg of children(packages, "package")) fromContainer(pkg);
  fromContainer(packages);
  return found;
}
function isSourcePath(value) {
  return !value.startsWith("-");
}
function sourceResolver(sources, exists3) {
  return (filename) => {
    if (isAbsolute(filename) || sources.length === 0) return filename;
    if (sources.length === 1) return joinSource(sources[0], filename);
    for (const dir of sources) {
      const candidate = joinSource(dir, filename);
      if (exists3?.(candidate)) return candidate;
    }
    return filename;
  };
}
function statedLines(coverage) {
  const [total, covered] = [coverage["lines-valid"], coverage["lines-covered"]].map(
    (v) => typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN
  );
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(covered)) return void 0;
  return { total, covered };
}
function methodRan(method) {
  if (typeof method.hits === "string") return Number(method.hits) > 0;
  const lines = children(child(method, "lines"), "line");
  if (lines.length) return lines.some((l) => Number(l.hits) > 0);
  return Number(method["line-rate"]) > 0;
}
function toFileCoverage(path2, data) {
  let branchTotal = 0;
  let branchCovered = 0;
  for (const d of data.lines.values()) {
    branchTotal += d.branchTotal;
    branchCovered += d.branchCovered;
  }
  const hits = [...data.lines].map(([line2, d]) => [line2, d.hits]);
  return lineFileCoverage(path2, data.reportPath, hits, (file) => {
    const metrics2 = { lines: { total: file.statements, covered: file.covered } };
    if (branchTotal > 0) metrics2.branches = { total: branchTotal, covered: branchCovered };
    if (data.functionsTotal > 0) {
      metrics2.functions = { total: data.functionsTotal, covered: data.functionsCovered };
    }
    return metrics2;
  });
}

// src/report/history-components.ts
var NAME2 = /^[A-Za-z0-9 _.-]{1,40}$/;
var MAX_COMPONENTS = 200;
function componentPointsProblem(value, at2, checks) {
  if (value === void 0) return null;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `${at2}.components must be an object`;
  const entries = Object.entries(value);
  if (entries.length > MAX_COMPONENTS)
    return `${at2}.components has more than ${MAX_COMPONENTS} components`;
  for (const [name, point] of entries) {
    const where = `${at2}.components[${JSON.stringify(name.slice(0, 50))}]`;
    if (!NAME2.test(name)) return `${where} is not a component name`;
    if (typeof point !== "object" || point === null || Array.isArray(point))
      return `${where} must be an object`;
    const p = point;
    if (Object.keys(p).some((key) => !["statements", "covered", "percent"].includes(key)))
      return `${where} may hold only statements, covered and percent`;
    if (!checks.isCount(p.statements) || !checks.isCount(p.covered))
      return `${where} must have whole numbers statements and covered`;
    if (p.covered > p.statements)
      return `${where}.covered must be no larger than statements`;
    if (!checks.isPercent(p.percent)) return `${where}.percent must be a number from 0 to 100`;
  }
  return null;
}
function componentPoints(rows) {
  const kept = (rows ?? []).filter((row) => row.files > 0 && NAME2.test(row.name));
  if (kept.length === 0) return void 0;
  return Object.fromEntries(
    kept.map((row) => [
      row.name,
      { statements: row.statements, covered: row.covered, percent: row.percent }
    ])
  );
}

// src/report/history.ts
var HISTORY_SCHEMA = "coverage-gate-history/1";
var HISTORY_FILE = "coverage-history.json";
var MAX_HISTORY_ENTRIES = 5e3;
var MAX_HISTORY_BYTES = 5 * 1024 * 1024;
var DAY_MS = 864e5;
var YEAR_MS = 365 * DAY_MS;
var WEEK_MS = 7 * DAY_MS;
var COUNT_MAX = 1e12;
var ENTRY_KEYS = /* @__PURE__ */ new Set([
  "commit",
  "time",
  "run",
  "pullRequest",
  "statements",
  "covered",
  "branches",
  "coveredBranches",
  "percent",
  "components"
]);
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= COUNT_MAX;
var isPercent = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100;
var ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
var isIsoForm = (v) => typeof v === "string" && v.length <= 40 && ISO_TIME.test(v);
function isRealTime(v) {
  const m = ISO_TIME.exec(v);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  if (m[4] && (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[8] ?? 0) > 59)) return false;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && ms >= 0;
}
function isIsoTime(v) {
  return isIsoForm(v) && isRealTime(v);
}
function entryProblem(e, at2) {
  if (!isObject(e)) return `${at2} is not an object`;
  for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) return `${at2}.${key} is not allowed`;
  if (typeof e.commit !== "string" || !/^[0-9a-f]{7,64}$/i.test(e.commit))
    return `${at2}.commit must be a commit sha`;
  if (!isIsoTime(e.time)) return `${at2}.time must be an ISO 8601 time`;
  if (!isCount(e.run) || e.run === 0) return `${at2}.run must be a run id`;
  if (e.pullRequest !== void 0 && (!isCount(e.pullRequest) || e.pullRequest === 0))
    return `${at2}.pullRequest must be a pull request number`;
  if (!isCount(e.statements)) return `${at2}.statements must be a whole number`;
  if (!isCount(e.covered) || e.covered > e.statements)
    return `${at2}.covered must be a whole number no larger than statements`;
  if (e.branches === void 0 !== (e.coveredBranches === void 0))
    return `${at2} must have both branches and coveredBranches, or neither`;
  if (e.branches !== void 0) {
    if (!isCount(e.branches)) return `${at2}.branches must be a whole number`;
    if (!isCount(e.coveredBranches) || e.coveredBranches > e.branches)
      return `${at2}.coveredBranches must be a whole number no larger than branches`;
  }
  if (!isPercent(e.percent)) return `${at2}.percent must be a number from 0 to 100`;
  return componentPointsProblem(e.components, at2, { isCount, isPercent });
}
function parseHistory(bytes, source) {
  const size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_HISTORY_BYTES)
    throw new InputError(source, `the history is larger than 5 MB (${size} bytes); refused`);
  const text3 = typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes);
  let data;
  try {
    data = JSON.parse(text3);
  } catch (error2) {
    throw new InputError(source, `the history is not valid JSON (${error2.message})`);
  }
  return validateHistory(data, source);
}
function validateHistory(data, source) {
  if (!isObject(data) || data.schema !== HISTORY_SCHEMA)
    throw new InputError(source, `the history's schema is not ${JSON.stringify(HISTORY_SCHEMA)}`);
  const entries = data.entries;
  if (!Array.isArray(entries)) throw new InputError(source, "the history has no entries array");
  if (entries.length > MAX_HISTORY_ENTRIES)
    throw new InputError(
      source,
      `the history has ${entries.length} entries, more than ${MAX_HISTORY_ENTRIES}`
    );
  for (const [i2, e] of entries.entries()) {
    const problem = entryProblem(e, `entries[${i2}]`);
    if (problem) throw new InputError(source, problem);
  }
  return entries;
}
var timeOf = (e) => Date.parse(e.time);
function byTime(a, b) {
  return timeOf(a) - timeOf(b) || a.run - b.run;
}
function uniteHistories(sources, imported = []) {
  const chosen = /* @__PURE__ */ new Map();
  for (const entries of sources) {
    for (const entry of entries) {
      const key = entry.commit.toLowerCase();
      const held = chosen.get(key);
      if (!held || entry.run > held.run) chosen.set(key, entry);
    }
  }
  for (const entry of imported) {
    const key = entry.commit.toLowerCase();
    if (!chosen.has(key)) chosen.set(key, entry);
  }
  return [...chosen.values()].sort(byTime);
}
function thinHistory(entries, runTime) {
  const sorted = [...entries].sort(byTime);
  if (sorted.length === 0) return [];
  const cut = runTime - YEAR_MS;
  const weeks = /* @__PURE__ */ new Map();
  const recent = [];
  for (const e of sorted) {
    const t = timeOf(e);
    if (t >= cut) recent.push(e);
    else weeks.set(Math.floor((cut - 1 - t) / WEEK_MS), e);
  }
  const old = [...weeks.values()].sort(byTime);
  return [...old, ...recent].slice(-MAX_HISTORY_ENTRIES);
}
var CLOCK_SKEW_MS = 5 * 6e4;
function placeThisPush(commitTime, runTime, newestOther) {
  const run3 = new Date(runTime).toISOString();
  const own = commitTime === null ? Number.NaN : Date.parse(commitTime);
  if (!Number.isFinite(own)) return { time: run3, moved: null };
  if (own > runTime + CLOCK_SKEW_MS) return { time: run3, moved: "future" };
  if (newestOther !== null && own < newestOther) return { time: run3, moved: "older" };
  return { time: new Date(own).toISOString(), moved: null };
}
function clampToRunTime(entries, runTime) {
  const run3 = new Date(runTime).toISOString();
  let moved = 0;
  const out = entries.map((e) => {
    if (timeOf(e) <= runTime + CLOCK_SKEW_MS) return e;
    moved++;
    return { ...e, time: run3 };
  });
  return { entries: moved ? out.sort(byTime) : out, moved };
}
function newestOtherTime(entries, commit) {
  const key = commit.toLowerCase();
  let newest = null;
  for (const e of entries) {
    if (e.commit.toLowerCase() === key) continue;
    const t = timeOf(e);
    if (newest === null || t > newest) newest = t;
  }
  return newest;
}
function serializeHistory(entries) {
  const file = { schema: HISTORY_SCHEMA, entries: [...entries] };
  return `${JSON.stringify(file, null, 1)}
`;
}
function pullRequestFromMessage(message) {
  if (!message) return void 0;
  const merge2 = /^Merge pull request #(\d+)\b/.exec(message);
  const title = message.split("\n")[0] ?? "";
  const squash = /\(#(\d+)\)\s*$/.exec(title);
  const n = Number(merge2?.[1] ?? squash?.[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
function entryFor(totals, at2, components) {
  const entry = {
    commit: at2.commit,
    time: at2.time,
    run: at2.run,
    statements: totals.statements,
    covered: totals.covered,
    percent: totals.percent
  };
  if (at2.pullRequest !== void 0) entry.pullRequest = at2.pullRequest;
  if (components) entry.components = components;
  if (totals.branches !== null && totals.coveredBranches !== null) {
    entry.branches = totals.branches;
    entry.coveredBranches = totals.coveredBranches;
  }
  return entry;
}

// src/report/coveragepy-shape.ts
function isCount2(value) {
  return Number.isInteger(value) && value >= 0;
}
var isOptionalCount = (value) => value === void 0 || isCount2(value);
function isLineList(value) {
  if (!Array.isArray(value)) return false;
  for (let i2 = 0; i2 < value.length; i2++) if (!isCount2(value[i2])) return false;
  return true;
}
function isFlatArcList(value) {
  if (!Array.isArray(value) || value.length % 2 !== 0) return false;
  for (let i2 = 0; i2 < value.length; i2++) if (!Number.isInteger(value[i2])) return false;
  return true;
}
function isArcList(value) {
  if (!Array.isArray(value)) return false;
  for (let i2 = 0; i2 < value.length; i2++) {
    const arc = value[i2];
    if (!Array.isArray(arc) || arc.length !== 2 || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1]))
      return false;
  }
  return true;
}
function isSummary(value) {
  if (!isObject(value)) return false;
  const percent3 = value.percent_covered;
  return isCount2(value.covered_lines) && isCount2(value.num_statements) && isCount2(value.missing_lines) && isOptionalCount(value.excluded_lines) && isOptionalCount(value.num_branches) && isOptionalCount(value.num_partial_branches) && isOptionalCount(value.covered_branches) && isOptionalCount(value.missing_branches) && (percent3 === void 0 || typeof percent3 === "number" && Number.isFinite(percent3));
}
function isFileEntry(value, flatArcs) {
  if (!isObject(value)) return false;
  const arcs = flatArcs ? isFlatArcList : isArcList;
  return isLineList(value.executed_lines) && isLineList(value.missing_lines) && (value.excluded_lines === void 0 || isLineList(value.excluded_lines)) && (value.executed_branches === void 0 || arcs(value.executed_branches)) && (value.missing_branches === void 0 || arcs(value.missing_branches)) && isSummary(value.summary);
}
function isMeta(value) {
  if (value === void 0) return true;
  if (!isObject(value)) return false;
  const { version, branch_coverage: branches, format } = value;
  return (version === void 0 || typeof version === "string") && (branches === void 0 || typeof branches === "boolean") && (format === void 0 || Number.isInteger(format));
}
function hasCoveragePyShape(document, flatArcs = false) {
  if (!isObject(document) || !isMeta(document.meta)) return false;
  const files = document.files;
  if (!isObject(files)) return false;
  for (const name in files) if (!isFileEntry(files[name], flatArcs)) return false;
  return document.totals === void 0 || isSummary(document.totals);
}

// src/report/coveragepy-validate.generated.js
var validateCoveragePy = validate10;
var schema11 = { "type": "object", "description": "an object", "required": ["files"], "properties": { "meta": { "type": "object", "description": "an object", "properties": { "version": { "type": "string", "description": "a string" }, "branch_coverage": { "type": "boolean", "description": "true or false" }, "format": { "type": "integer", "description": "an integer" } } }, "files": { "type": "object", "description": "an object", "additionalProperties": { "type": "object", "description": "an object", "required": ["executed_lines", "missing_lines", "summary"], "properties": { "executed_lines": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "a line number" }, "description": "an array of line numbers" }, "missing_lines": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "a line number" }, "description": "an array of line numbers" }, "excluded_lines": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "a line number" }, "description": "an array of line numbers" }, "executed_branches": { "type": "array", "items": { "type": "array", "items": { "type": "integer", "description": "a line number" }, "minItems": 2, "maxItems": 2, "description": "a [from, to] pair of line numbers" }, "description": "an array of [from, to] arcs" }, "missing_branches": { "type": "array", "items": { "type": "array", "items": { "type": "integer", "description": "a line number" }, "minItems": 2, "maxItems": 2, "description": "a [from, to] pair of line numbers" }, "description": "an array of [from, to] arcs" }, "summary": { "type": "object", "description": "an object", "required": ["covered_lines", "num_statements", "missing_lines"], "properties": { "covered_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_statements": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "excluded_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_partial_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "covered_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "percent_covered": { "type": "number", "description": "a number" } } } } } }, "totals": { "type": "object", "description": "an object", "required": ["covered_lines", "num_statements", "missing_lines"], "properties": { "covered_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_statements": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "excluded_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_partial_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "covered_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "percent_covered": { "type": "number", "description": "a number" } } } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.files === void 0 && (missing0 = "files")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema11.required, parentSchema: schema11, data }];
        return false;
      } else {
        if (data.meta !== void 0) {
          let data0 = data.meta;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.version !== void 0) {
                let data1 = data0.version;
                const _errs3 = errors;
                if (typeof data1 !== "string") {
                  validate10.errors = [{ instancePath: instancePath + "/meta/version", schemaPath: "#/properties/meta/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.meta.properties.version.type, parentSchema: schema11.properties.meta.properties.version, data: data1 }];
                  return false;
                }
                var valid1 = _errs3 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.branch_coverage !== void 0) {
                  let data2 = data0.branch_coverage;
                  const _errs5 = errors;
                  if (typeof data2 !== "boolean") {
                    validate10.errors = [{ instancePath: instancePath + "/meta/branch_coverage", schemaPath: "#/properties/meta/properties/branch_coverage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.meta.properties.branch_coverage.type, parentSchema: schema11.properties.meta.properties.branch_coverage, data: data2 }];
                    return false;
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.format !== void 0) {
                    let data3 = data0.format;
                    const _errs7 = errors;
                    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                      validate10.errors = [{ instancePath: instancePath + "/meta/format", schemaPath: "#/properties/meta/properties/format/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.meta.properties.format.type, parentSchema: schema11.properties.meta.properties.format, data: data3 }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate10.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.meta.type, parentSchema: schema11.properties.meta, data: data0 }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.files !== void 0) {
            let data4 = data.files;
            const _errs9 = errors;
            if (errors === _errs9) {
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key0 in data4) {
                  let data5 = data4[key0];
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing1;
                      if (data5.executed_lines === void 0 && (missing1 = "executed_lines") || data5.missing_lines === void 0 && (missing1 = "missing_lines") || data5.summary === void 0 && (missing1 = "summary")) {
                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/files/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'", schema: schema11.properties.files.additionalProperties.required, parentSchema: schema11.properties.files.additionalProperties, data: data5 }];
                        return false;
                      } else {
                        if (data5.executed_lines !== void 0) {
                          let data6 = data5.executed_lines;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (Array.isArray(data6)) {
                              var valid4 = true;
                              const len0 = data6.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data7 = data6[i0];
                                const _errs16 = errors;
                                if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_lines/" + i0, schemaPath: "#/properties/files/additionalProperties/properties/executed_lines/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.executed_lines.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_lines.items, data: data7 }];
                                  return false;
                                }
                                if (errors === _errs16) {
                                  if (typeof data7 == "number" && isFinite(data7)) {
                                    if (data7 < 0 || isNaN(data7)) {
                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_lines/" + i0, schemaPath: "#/properties/files/additionalProperties/properties/executed_lines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.executed_lines.items, data: data7 }];
                                      return false;
                                    }
                                  }
                                }
                                var valid4 = _errs16 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_lines", schemaPath: "#/properties/files/additionalProperties/properties/executed_lines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.executed_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_lines, data: data6 }];
                              return false;
                            }
                          }
                          var valid3 = _errs14 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data5.missing_lines !== void 0) {
                            let data8 = data5.missing_lines;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (Array.isArray(data8)) {
                                var valid5 = true;
                                const len1 = data8.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  let data9 = data8[i1];
                                  const _errs20 = errors;
                                  if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_lines/" + i1, schemaPath: "#/properties/files/additionalProperties/properties/missing_lines/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.missing_lines.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_lines.items, data: data9 }];
                                    return false;
                                  }
                                  if (errors === _errs20) {
                                    if (typeof data9 == "number" && isFinite(data9)) {
                                      if (data9 < 0 || isNaN(data9)) {
                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_lines/" + i1, schemaPath: "#/properties/files/additionalProperties/properties/missing_lines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.missing_lines.items, data: data9 }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid5 = _errs20 === errors;
                                  if (!valid5) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_lines", schemaPath: "#/properties/files/additionalProperties/properties/missing_lines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.missing_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_lines, data: data8 }];
                                return false;
                              }
                            }
                            var valid3 = _errs18 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data5.excluded_lines !== void 0) {
                              let data10 = data5.excluded_lines;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (Array.isArray(data10)) {
                                  var valid6 = true;
                                  const len2 = data10.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    let data11 = data10[i2];
                                    const _errs24 = errors;
                                    if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excluded_lines/" + i2, schemaPath: "#/properties/files/additionalProperties/properties/excluded_lines/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.excluded_lines.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.excluded_lines.items, data: data11 }];
                                      return false;
                                    }
                                    if (errors === _errs24) {
                                      if (typeof data11 == "number" && isFinite(data11)) {
                                        if (data11 < 0 || isNaN(data11)) {
                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excluded_lines/" + i2, schemaPath: "#/properties/files/additionalProperties/properties/excluded_lines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.excluded_lines.items, data: data11 }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid6 = _errs24 === errors;
                                    if (!valid6) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excluded_lines", schemaPath: "#/properties/files/additionalProperties/properties/excluded_lines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.excluded_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.excluded_lines, data: data10 }];
                                  return false;
                                }
                              }
                              var valid3 = _errs22 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data5.executed_branches !== void 0) {
                                let data12 = data5.executed_branches;
                                const _errs26 = errors;
                                if (errors === _errs26) {
                                  if (Array.isArray(data12)) {
                                    var valid7 = true;
                                    const len3 = data12.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                      let data13 = data12[i3];
                                      const _errs28 = errors;
                                      if (errors === _errs28) {
                                        if (Array.isArray(data13)) {
                                          if (data13.length > 2) {
                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items, data: data13 }];
                                            return false;
                                          } else {
                                            if (data13.length < 2) {
                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items, data: data13 }];
                                              return false;
                                            } else {
                                              var valid8 = true;
                                              const len4 = data13.length;
                                              for (let i4 = 0; i4 < len4; i4++) {
                                                let data14 = data13[i4];
                                                const _errs30 = errors;
                                                if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3 + "/" + i4, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.executed_branches.items.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items.items, data: data14 }];
                                                  return false;
                                                }
                                                var valid8 = _errs30 === errors;
                                                if (!valid8) {
                                                  break;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.executed_branches.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items, data: data13 }];
                                          return false;
                                        }
                                      }
                                      var valid7 = _errs28 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches", schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.executed_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches, data: data12 }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs26 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data5.missing_branches !== void 0) {
                                  let data15 = data5.missing_branches;
                                  const _errs32 = errors;
                                  if (errors === _errs32) {
                                    if (Array.isArray(data15)) {
                                      var valid9 = true;
                                      const len5 = data15.length;
                                      for (let i5 = 0; i5 < len5; i5++) {
                                        let data16 = data15[i5];
                                        const _errs34 = errors;
                                        if (errors === _errs34) {
                                          if (Array.isArray(data16)) {
                                            if (data16.length > 2) {
                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items, data: data16 }];
                                              return false;
                                            } else {
                                              if (data16.length < 2) {
                                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items, data: data16 }];
                                                return false;
                                              } else {
                                                var valid10 = true;
                                                const len6 = data16.length;
                                                for (let i6 = 0; i6 < len6; i6++) {
                                                  let data17 = data16[i6];
                                                  const _errs36 = errors;
                                                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5 + "/" + i6, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.missing_branches.items.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items.items, data: data17 }];
                                                    return false;
                                                  }
                                                  var valid10 = _errs36 === errors;
                                                  if (!valid10) {
                                                    break;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.missing_branches.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items, data: data16 }];
                                            return false;
                                          }
                                        }
                                        var valid9 = _errs34 === errors;
                                        if (!valid9) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches", schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.missing_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches, data: data15 }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs32 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data5.summary !== void 0) {
                                    let data18 = data5.summary;
                                    const _errs38 = errors;
                                    if (errors === _errs38) {
                                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        let missing2;
                                        if (data18.covered_lines === void 0 && (missing2 = "covered_lines") || data18.num_statements === void 0 && (missing2 = "num_statements") || data18.missing_lines === void 0 && (missing2 = "missing_lines")) {
                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary", schemaPath: "#/properties/files/additionalProperties/properties/summary/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'", schema: schema11.properties.files.additionalProperties.properties.summary.required, parentSchema: schema11.properties.files.additionalProperties.properties.summary, data: data18 }];
                                          return false;
                                        } else {
                                          if (data18.covered_lines !== void 0) {
                                            let data19 = data18.covered_lines;
                                            const _errs40 = errors;
                                            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_lines, data: data19 }];
                                              return false;
                                            }
                                            if (errors === _errs40) {
                                              if (typeof data19 == "number" && isFinite(data19)) {
                                                if (data19 < 0 || isNaN(data19)) {
                                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_lines, data: data19 }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid11 = _errs40 === errors;
                                          } else {
                                            var valid11 = true;
                                          }
                                          if (valid11) {
                                            if (data18.num_statements !== void 0) {
                                              let data20 = data18.num_statements;
                                              const _errs42 = errors;
                                              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_statements", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_statements/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.num_statements.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_statements, data: data20 }];
                                                return false;
                                              }
                                              if (errors === _errs42) {
                                                if (typeof data20 == "number" && isFinite(data20)) {
                                                  if (data20 < 0 || isNaN(data20)) {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_statements", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_statements/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_statements, data: data20 }];
                                                    return false;
                                                  }
                                                }
                                              }
                                              var valid11 = _errs42 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data18.missing_lines !== void 0) {
                                                let data21 = data18.missing_lines;
                                                const _errs44 = errors;
                                                if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_lines, data: data21 }];
                                                  return false;
                                                }
                                                if (errors === _errs44) {
                                                  if (typeof data21 == "number" && isFinite(data21)) {
                                                    if (data21 < 0 || isNaN(data21)) {
                                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_lines, data: data21 }];
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid11 = _errs44 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                              if (valid11) {
                                                if (data18.excluded_lines !== void 0) {
                                                  let data22 = data18.excluded_lines;
                                                  const _errs46 = errors;
                                                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/excluded_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/excluded_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.excluded_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.excluded_lines, data: data22 }];
                                                    return false;
                                                  }
                                                  if (errors === _errs46) {
                                                    if (typeof data22 == "number" && isFinite(data22)) {
                                                      if (data22 < 0 || isNaN(data22)) {
                                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/excluded_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/excluded_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.excluded_lines, data: data22 }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid11 = _errs46 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                                if (valid11) {
                                                  if (data18.num_branches !== void 0) {
                                                    let data23 = data18.num_branches;
                                                    const _errs48 = errors;
                                                    if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.num_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_branches, data: data23 }];
                                                      return false;
                                                    }
                                                    if (errors === _errs48) {
                                                      if (typeof data23 == "number" && isFinite(data23)) {
                                                        if (data23 < 0 || isNaN(data23)) {
                                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_branches, data: data23 }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid11 = _errs48 === errors;
                                                  } else {
                                                    var valid11 = true;
                                                  }
                                                  if (valid11) {
                                                    if (data18.num_partial_branches !== void 0) {
                                                      let data24 = data18.num_partial_branches;
                                                      const _errs50 = errors;
                                                      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_partial_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_partial_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.num_partial_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_partial_branches, data: data24 }];
                                                        return false;
                                                      }
                                                      if (errors === _errs50) {
                                                        if (typeof data24 == "number" && isFinite(data24)) {
                                                          if (data24 < 0 || isNaN(data24)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_partial_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_partial_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_partial_branches, data: data24 }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid11 = _errs50 === errors;
                                                    } else {
                                                      var valid11 = true;
                                                    }
                                                    if (valid11) {
                                                      if (data18.covered_branches !== void 0) {
                                                        let data25 = data18.covered_branches;
                                                        const _errs52 = errors;
                                                        if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_branches, data: data25 }];
                                                          return false;
                                                        }
                                                        if (errors === _errs52) {
                                                          if (typeof data25 == "number" && isFinite(data25)) {
                                                            if (data25 < 0 || isNaN(data25)) {
                                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_branches, data: data25 }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid11 = _errs52 === errors;
                                                      } else {
                                                        var valid11 = true;
                                                      }
                                                      if (valid11) {
                                                        if (data18.missing_branches !== void 0) {
                                                          let data26 = data18.missing_branches;
                                                          const _errs54 = errors;
                                                          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_branches, data: data26 }];
                                                            return false;
                                                          }
                                                          if (errors === _errs54) {
                                                            if (typeof data26 == "number" && isFinite(data26)) {
                                                              if (data26 < 0 || isNaN(data26)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_branches, data: data26 }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid11 = _errs54 === errors;
                                                        } else {
                                                          var valid11 = true;
                                                        }
                                                        if (valid11) {
                                                          if (data18.percent_covered !== void 0) {
                                                            let data27 = data18.percent_covered;
                                                            const _errs56 = errors;
                                                            if (!(typeof data27 == "number" && isFinite(data27))) {
                                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/percent_covered", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/percent_covered/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.files.additionalProperties.properties.summary.properties.percent_covered.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.percent_covered, data: data27 }];
                                                              return false;
                                                            }
                                                            var valid11 = _errs56 === errors;
                                                          } else {
                                                            var valid11 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary", schemaPath: "#/properties/files/additionalProperties/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.files.additionalProperties.properties.summary.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary, data: data18 }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs38 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.files.additionalProperties.type, parentSchema: schema11.properties.files.additionalProperties, data: data5 }];
                      return false;
                    }
                  }
                  var valid2 = _errs12 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.files.type, parentSchema: schema11.properties.files, data: data4 }];
                return false;
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.totals !== void 0) {
              let data28 = data.totals;
              const _errs58 = errors;
              if (errors === _errs58) {
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  let missing3;
                  if (data28.covered_lines === void 0 && (missing3 = "covered_lines") || data28.num_statements === void 0 && (missing3 = "num_statements") || data28.missing_lines === void 0 && (missing3 = "missing_lines")) {
                    validate10.errors = [{ instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'", schema: schema11.properties.totals.required, parentSchema: schema11.properties.totals, data: data28 }];
                    return false;
                  } else {
                    if (data28.covered_lines !== void 0) {
                      let data29 = data28.covered_lines;
                      const _errs60 = errors;
                      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                        validate10.errors = [{ instancePath: instancePath + "/totals/covered_lines", schemaPath: "#/properties/totals/properties/covered_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.covered_lines.type, parentSchema: schema11.properties.totals.properties.covered_lines, data: data29 }];
                        return false;
                      }
                      if (errors === _errs60) {
                        if (typeof data29 == "number" && isFinite(data29)) {
                          if (data29 < 0 || isNaN(data29)) {
                            validate10.errors = [{ instancePath: instancePath + "/totals/covered_lines", schemaPath: "#/properties/totals/properties/covered_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.covered_lines, data: data29 }];
                            return false;
                          }
                        }
                      }
                      var valid12 = _errs60 === errors;
                    } else {
                      var valid12 = true;
                    }
                    if (valid12) {
                      if (data28.num_statements !== void 0) {
                        let data30 = data28.num_statements;
                        const _errs62 = errors;
                        if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                          validate10.errors = [{ instancePath: instancePath + "/totals/num_statements", schemaPath: "#/properties/totals/properties/num_statements/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.num_statements.type, parentSchema: schema11.properties.totals.properties.num_statements, data: data30 }];
                          return false;
                        }
                        if (errors === _errs62) {
                          if (typeof data30 == "number" && isFinite(data30)) {
                            if (data30 < 0 || isNaN(data30)) {
                              validate10.errors = [{ instancePath: instancePath + "/totals/num_statements", schemaPath: "#/properties/totals/properties/num_statements/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.num_statements, data: data30 }];
                              return false;
                            }
                          }
                        }
                        var valid12 = _errs62 === errors;
                      } else {
                        var valid12 = true;
                      }
                      if (valid12) {
                        if (data28.missing_lines !== void 0) {
                          let data31 = data28.missing_lines;
                          const _errs64 = errors;
                          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                            validate10.errors = [{ instancePath: instancePath + "/totals/missing_lines", schemaPath: "#/properties/totals/properties/missing_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.missing_lines.type, parentSchema: schema11.properties.totals.properties.missing_lines, data: data31 }];
                            return false;
                          }
                          if (errors === _errs64) {
                            if (typeof data31 == "number" && isFinite(data31)) {
                              if (data31 < 0 || isNaN(data31)) {
                                validate10.errors = [{ instancePath: instancePath + "/totals/missing_lines", schemaPath: "#/properties/totals/properties/missing_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.missing_lines, data: data31 }];
                                return false;
                              }
                            }
                          }
                          var valid12 = _errs64 === errors;
                        } else {
                          var valid12 = true;
                        }
                        if (valid12) {
                          if (data28.excluded_lines !== void 0) {
                            let data32 = data28.excluded_lines;
                            const _errs66 = errors;
                            if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                              validate10.errors = [{ instancePath: instancePath + "/totals/excluded_lines", schemaPath: "#/properties/totals/properties/excluded_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.excluded_lines.type, parentSchema: schema11.properties.totals.properties.excluded_lines, data: data32 }];
                              return false;
                            }
                            if (errors === _errs66) {
                              if (typeof data32 == "number" && isFinite(data32)) {
                                if (data32 < 0 || isNaN(data32)) {
                                  validate10.errors = [{ instancePath: instancePath + "/totals/excluded_lines", schemaPath: "#/properties/totals/properties/excluded_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.excluded_lines, data: data32 }];
                                  return false;
                                }
                              }
                            }
                            var valid12 = _errs66 === errors;
                          } else {
                            var valid12 = true;
                          }
                          if (valid12) {
                            if (data28.num_branches !== void 0) {
                              let data33 = data28.num_branches;
                              const _errs68 = errors;
                              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                                validate10.errors = [{ instancePath: instancePath + "/totals/num_branches", schemaPath: "#/properties/totals/properties/num_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.num_branches.type, parentSchema: schema11.properties.totals.properties.num_branches, data: data33 }];
                                return false;
                              }
                              if (errors === _errs68) {
                                if (typeof data33 == "number" && isFinite(data33)) {
                                  if (data33 < 0 || isNaN(data33)) {
                                    validate10.errors = [{ instancePath: instancePath + "/totals/num_branches", schemaPath: "#/properties/totals/properties/num_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.num_branches, data: data33 }];
                                    return false;
                                  }
                                }
                              }
                              var valid12 = _errs68 === errors;
                            } else {
                              var valid12 = true;
                            }
                            if (valid12) {
                              if (data28.num_partial_branches !== void 0) {
                                let data34 = data28.num_partial_branches;
                                const _errs70 = errors;
                                if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                                  validate10.errors = [{ instancePath: instancePath + "/totals/num_partial_branches", schemaPath: "#/properties/totals/properties/num_partial_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.num_partial_branches.type, parentSchema: schema11.properties.totals.properties.num_partial_branches, data: data34 }];
                                  return false;
                                }
                                if (errors === _errs70) {
                                  if (typeof data34 == "number" && isFinite(data34)) {
                                    if (data34 < 0 || isNaN(data34)) {
                                      validate10.errors = [{ instancePath: instancePath + "/totals/num_partial_branches", schemaPath: "#/properties/totals/properties/num_partial_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.num_partial_branches, data: data34 }];
                                      return false;
                                    }
                                  }
                                }
                                var valid12 = _errs70 === errors;
                              } else {
                                var valid12 = true;
                              }
                              if (valid12) {
                                if (data28.covered_branches !== void 0) {
                                  let data35 = data28.covered_branches;
                                  const _errs72 = errors;
                                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                                    validate10.errors = [{ instancePath: instancePath + "/totals/covered_branches", schemaPath: "#/properties/totals/properties/covered_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.covered_branches.type, parentSchema: schema11.properties.totals.properties.covered_branches, data: data35 }];
                                    return false;
                                  }
                                  if (errors === _errs72) {
                                    if (typeof data35 == "number" && isFinite(data35)) {
                                      if (data35 < 0 || isNaN(data35)) {
                                        validate10.errors = [{ instancePath: instancePath + "/totals/covered_branches", schemaPath: "#/properties/totals/properties/covered_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.covered_branches, data: data35 }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid12 = _errs72 === errors;
                                } else {
                                  var valid12 = true;
                                }
                                if (valid12) {
                                  if (data28.missing_branches !== void 0) {
                                    let data36 = data28.missing_branches;
                                    const _errs74 = errors;
                                    if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                                      validate10.errors = [{ instancePath: instancePath + "/totals/missing_branches", schemaPath: "#/properties/totals/properties/missing_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.missing_branches.type, parentSchema: schema11.properties.totals.properties.missing_branches, data: data36 }];
                                      return false;
                                    }
                                    if (errors === _errs74) {
                                      if (typeof data36 == "number" && isFinite(data36)) {
                                        if (data36 < 0 || isNaN(data36)) {
                                          validate10.errors = [{ instancePath: instancePath + "/totals/missing_branches", schemaPath: "#/properties/totals/properties/missing_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.missing_branches, data: data36 }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid12 = _errs74 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                  if (valid12) {
                                    if (data28.percent_covered !== void 0) {
                                      let data37 = data28.percent_covered;
                                      const _errs76 = errors;
                                      if (!(typeof data37 == "number" && isFinite(data37))) {
                                        validate10.errors = [{ instancePath: instancePath + "/totals/percent_covered", schemaPath: "#/properties/totals/properties/percent_covered/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.totals.properties.percent_covered.type, parentSchema: schema11.properties.totals.properties.percent_covered, data: data37 }];
                                        return false;
                                      }
                                      var valid12 = _errs76 === errors;
                                    } else {
                                      var valid12 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.totals.type, parentSchema: schema11.properties.totals, data: data28 }];
                  return false;
                }
              }
              var valid0 = _errs58 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/report/merge.ts
function intersectSorted(a, b) {
  const out = [];
  let i2 = 0;
  let j = 0;
  while (i2 < a.length && j < b.length) {
    const x2 = a[i2];
    const y = b[j];
    if (x2 < y) i2++;
    else if (y < x2) j++;
    else {
      out.push(x2);
      i2++;
      j++;
    }
  }
  return out;
}
var arcKey = (arc) => `${arc[0]},${arc[1]}`;
var compareArcs = (a, b) => a[0] - b[0] || a[1] - b[1];
function unionArcs(a, b) {
  const seen = /* @__PURE__ */ new Map();
  for (const arc of [...arcPairs(a), ...arcPairs(b)]) seen.set(arcKey(arc), arc);
  return flattenArcs([...seen.values()].sort(compareArcs));
}
function intersectArcs(a, b) {
  const inB = new Set(arcPairs(b).map(arcKey));
  const seen = /* @__PURE__ */ new Map();
  for (const arc of arcPairs(a)) if (inB.has(arcKey(arc))) seen.set(arcKey(arc), arc);
  return flattenArcs([...seen.values()].sort(compareArcs));
}
function hasLineLists(file) {
  return file.statements === 0 || file.executedLines.length + file.missingLines.length > 0;
}
function mergeFile(a, b, aSource, bSource) {
  if (a.statements !== b.statements) {
    throw new InputError(
      bSource,
      `${JSON.stringify(a.path)} has ${b.statements} statements here but ${a.statements} in ${aSource}: the reports measured different versions of the file and cannot be merged`
    );
  }
  for (const [file, source] of [
    [a, aSource],
    [b, bSource]
  ]) {
    if (!hasLineLists(file)) {
      throw new InputError(
        source,
        `has no line lists for ${JSON.stringify(file.path)} (a coverage-summary.json?), so it cannot be merged with another report of that file; give the coverage-final.json instead`
      );
    }
  }
  const missingLines = intersectSorted(a.missingLines, b.missingLines);
  const merged = {
    ...a,
    covered: a.statements - missingLines.length,
    executedLines: unionSorted(a.executedLines, b.executedLines),
    missingLines,
    excludedLines: unionSorted(a.excludedLines, b.excludedLines)
  };
  delete merged.metrics;
  if (a.branches === null || b.branches === null) return merged;
  if (a.branches !== b.branches) {
    throw new InputError(
      bSource,
      `${JSON.stringify(a.path)} has ${b.branches} branches here but ${a.branches} in ${aSource}: the reports measured different versions of the file and cannot be merged`
    );
  }
  const missingA = a.missingBranches;
  const missingB = b.missingBranches;
  if (!missingA || !missingB || !a.executedBranches || !b.executedBranches) {
    const without = missingA ? bSource : aSource;
    throw new InputError(
      without,
      `has branch counts for ${JSON.stringify(a.path)} but no arc lists (executed_branches/missing_branches), so it cannot be merged exactly; merge the data with "coverage combine" first or use a coverage.py that writes the arcs`
    );
  }
  const missingBranches = intersectArcs(missingA, missingB);
  const missingLineSet = new Set(missingLines);
  let partialArcs = 0;
  for (let k = 0; k < missingBranches.length; k += 2)
    if (!missingLineSet.has(missingBranches[k])) partialArcs++;
  return {
    ...merged,
    coveredBranches: a.branches - missingBranches.length / 2,
    executedBranches: unionArcs(a.executedBranches, b.executedBranches),
    missingBranches,
    partialBranches: partialArcs
  };
}
function referenceOf(reports) {
  return reports.find((r) => r.format === "coverage.py") ?? reports[0];
}
function checkBranchFlags(reports) {
  for (const report of reports) {
    const first = reports.find((r) => r.format === report.format);
    if (report.hasBranches === first.hasBranches) continue;
    const [withBranches, without] = first.hasBranches ? [first, report] : [report, first];
    throw new InputError(
      without.source,
      `has line coverage only but ${withBranches.source} measured branches; an exact merge needs both with or both without --branch`
    );
  }
}
function mergeReports(reports) {
  const [first, ...rest] = reports;
  if (!first) throw new InputError("", "no coverage report given");
  if (rest.length === 0) return first;
  checkBranchFlags(reports);
  const reference = referenceOf(reports);
  const mixed = rest.some((r) => r.format !== first.format);
  const files = /* @__PURE__ */ new Map();
  const origin = /* @__PURE__ */ new Map();
  for (const report of reports) {
    for (const [path2, file] of report.files) {
      const existing = files.get(path2);
      const from = origin.get(path2);
      if (existing && from) {
        if (from.format !== report.format) {
          throw new InputError(
            report.source,
            `${JSON.stringify(path2)} is in this ${report.format} report and in ${from.source} (${from.format}); ${report.format === "coverage.py" || from.format === "coverage.py" ? "its statements and its lines are different units" : "the two producers count different lines"}, so one file cannot be merged across formats`
          );
        }
        files.set(path2, mergeFile(existing, file, from.source, report.source));
      } else {
        files.set(path2, mixed ? { ...file, format: report.format } : file);
        origin.set(path2, report);
      }
    }
  }
  const sorted = new Map([...files.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return {
    format: reference.format,
    files: sorted,
    hasBranches: reports.some((r) => r.hasBranches),
    source: reports.map((r) => r.source).join(" + "),
    ...reference.producerVersion ? { producerVersion: reference.producerVersion } : {},
    ...reference.rounding ? { rounding: reference.rounding } : {},
    ...mixed ? { roundings: roundingsOf(reports) } : {},
    ...mergedNotes(reports, mixed ? [mixNote(reference, reports, sorted)] : []),
    ...mergedRoots(reports)
  };
}
function roundingsOf(reports) {
  const roundings = {};
  for (const report of reports) roundings[report.format] ??= report.rounding ?? "half-even";
  return roundings;
}
var fileCount = (n) => `${n} ${n === 1 ? "file" : "files"}`;
function mixNote(reference, reports, files) {
  const counts = new Map(
    [reference, ...reports].map((r) => [r.format, 0])
  );
  for (const file of files.values()) {
    const format = file.format ?? reference.format;
    counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  const parts = [...counts].map(([format, n]) => `${format} (${fileCount(n)})`);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts.join("");
  const lineFormats = [...counts.keys()].filter((f) => f !== "coverage.py");
  const lines = reference.format === "coverage.py" && lineFormats.length ? `; the ${lineFormats.join(" and ")} files count lines` : "";
  return `Merged ${listed}${lines}.`;
}
function mergedRoots(reports) {
  const pathRoots = [...new Set(reports.flatMap((r) => r.pathRoots ?? []))];
  return pathRoots.length ? { pathRoots } : {};
}
function mergedNotes(reports, extra) {
  const notes = [.../* @__PURE__ */ new Set([...extra, ...reports.flatMap((r) => r.notes ?? [])])];
  return notes.length ? { notes } : {};
}
function producersMeta(report) {
  const { roundings } = report;
  if (!roundings) return void 0;
  const meta = {};
  for (const file of report.files.values()) {
    if (!file.format || file.format === report.format) continue;
    meta[file.format] ??= { rounding: roundings[file.format] ?? "half-even", files: [] };
    const entry = meta[file.format];
    entry.files.push(file.path);
  }
  return meta;
}
var LINE_FORMATS = ["istanbul", "lcov", "cobertura"];
function applyProducersMeta(report, value, source) {
  if (value === void 0) return;
  const shape = `must map a format (${LINE_FORMATS.join(", ")}) to {"rounding": "half-even" or "truncate", "files": [paths]}`;
  if (!isObject(value)) throw new InputError(source, `meta.producers ${shape}`);
  const roundings = {
    [report.format]: report.rounding ?? "half-even"
  };
  for (const [format, entry] of Object.entries(value)) {
    const where = `meta.producers[${JSON.stringify(format)}]`;
    if (!LINE_FORMATS.includes(format) || !isObject(entry) || entry.rounding !== "half-even" && entry.rounding !== "truncate" || !Array.isArray(entry.files)) {
      throw new InputError(source, `meta.producers ${shape}; ${where} does not`);
    }
    roundings[format] = entry.rounding;
    for (const path2 of entry.files) {
      const file = typeof path2 === "string" ? report.files.get(path2) : void 0;
      if (!file) {
        throw new InputError(
          source,
          `${where} names ${JSON.stringify(path2)}, which is not in files`
        );
      }
      Object.assign(file, {
        format,
        branches: null,
        coveredBranches: null,
        partialBranches: null,
        executedBranches: null,
        missingBranches: null
      });
    }
  }
  for (const file of report.files.values()) file.format ??= report.format;
  report.roundings = roundings;
}

// src/report/coveragepy.ts
function jsonPointerToPath(pointer) {
  if (!pointer) return "(top level)";
  const parts = pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let out = "";
  for (let i2 = 0; i2 < parts.length; i2++) {
    const part = parts[i2];
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (i2 === 1 && parts[0] === "files") out += `[${JSON.stringify(part)}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function describeSchemaError(error2) {
  const where = jsonPointerToPath(error2.instancePath);
  if (error2.keyword === "required") {
    const missing = error2.params.missingProperty;
    return `${where === "(top level)" ? "the report" : where} has no "${missing}"`;
  }
  const described = error2.parentSchema?.description;
  const shown = preview(error2.data);
  const got = shown === void 0 ? "" : `, got ${shown}`;
  return `${where} must be ${described ?? error2.message ?? "valid"}${got}`;
}
function preview(value) {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const first = value[0];
    const inner = first !== null && typeof first === "object" ? Array.isArray(first) ? "[...]" : "{...}" : preview(first);
    return `[${inner}${value.length > 1 ? ", ..." : ""}]`;
  }
  if (value !== null && typeof value === "object") {
    return Object.keys(value).length === 0 ? "{}" : "{...}";
  }
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const shown = JSON.stringify(value);
  return shown !== void 0 && shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}
function readCoveragePy(document, source) {
  if (!hasCoveragePyShape(document) && !validateCoveragePy(document)) {
    const error2 = validateCoveragePy.errors?.[0];
    throw new InputError(
      source,
      error2 ? describeSchemaError(error2) : "is not a coverage.py report"
    );
  }
  return readValid(document, source, false);
}
function readLeanCoveragePy(document, source) {
  if (!hasCoveragePyShape(document, true)) return void 0;
  return readValid(document, source, true);
}
function readValid(raw, source, flatArcs) {
  const names = Object.keys(raw.files);
  const branchFlag = raw.meta?.branch_coverage;
  const firstSummary = names.length ? raw.files[names[0]]?.summary : void 0;
  const hasBranches = branchFlag ?? firstSummary?.num_branches !== void 0;
  const files = /* @__PURE__ */ new Map();
  for (const name of names) {
    const file = raw.files[name];
    files.set(name, readFile(name, file, hasBranches, source, flatArcs));
  }
  checkTotals(raw, files, source);
  const report = { format: "coverage.py", files, hasBranches, source };
  if (raw.meta?.version) report.producerVersion = raw.meta.version;
  if (raw.meta?.repository_relative_paths === true) {
    report.repositoryPaths = true;
    applyProducersMeta(report, raw.meta.producers, source);
  }
  return report;
}
function readFile(name, file, hasBranches, source, flatArcs) {
  const where = `files[${JSON.stringify(name)}]`;
  const s = file.summary;
  const executedLines = sortedUnique(file.executed_lines);
  const missingLines = sortedUnique(file.missing_lines);
  const disagree = (field, stated, derived, how) => {
    throw new InputError(
      source,
      `${where}.summary.${field} is ${stated} but ${how} gives ${derived}; the summary disagrees with the line lists`
    );
  };
  if (s.missing_lines !== missingLines.length) {
    disagree("missing_lines", s.missing_lines, missingLines.length, "missing_lines[]");
  }
  if (s.covered_lines !== s.num_statements - missingLines.length) {
    disagree(
      "covered_lines",
      s.covered_lines,
      s.num_statements - missingLines.length,
      "num_statements \u2212 missing_lines[]"
    );
  }
  if (executedLines.length < s.covered_lines) {
    disagree("covered_lines", s.covered_lines, executedLines.length, "executed_lines[]");
  }
  for (let i2 = 0, j = 0; i2 < executedLines.length && j < missingLines.length; ) {
    const executed = executedLines[i2];
    const missing = missingLines[j];
    if (executed === missing) {
      throw new InputError(source, `${where}: line ${executed} is both executed and missing`);
    }
    if (executed < missing) i2++;
    else j++;
  }
  let branches = null;
  let coveredBranches = null;
  let partialBranches = null;
  let executedBranches = null;
  let missingBranches = null;
  if (hasBranches) {
    if (s.num_branches === void 0 || s.covered_branches === void 0) {
      throw new InputError(
        source,
        `${where}.summary has no "num_branches"/"covered_branches" although the report measured branches`
      );
    }
    if (s.covered_branches > s.num_branches) {
      disagree("covered_branches", s.covered_branches, s.num_branches, "num_branches");
    }
    branches = s.num_branches;
    coveredBranches = s.covered_branches;
    partialBranches = s.num_partial_branches ?? null;
    if (file.executed_branches && file.missing_branches) {
      const flat = (arcs) => flatArcs ? arcs : flattenArcs(arcs);
      executedBranches = flat(file.executed_branches);
      missingBranches = flat(file.missing_branches);
      if (s.num_branches - missingBranches.length / 2 !== s.covered_branches) {
        disagree(
          "covered_branches",
          s.covered_branches,
          s.num_branches - missingBranches.length / 2,
          "num_branches \u2212 missing_branches[]"
        );
      }
    }
  }
  return {
    path: name,
    reportPath: name,
    statements: s.num_statements,
    covered: s.covered_lines,
    branches,
    coveredBranches,
    executedLines,
    missingLines,
    excludedLines: file.excluded_lines ? sortedUnique(file.excluded_lines) : [],
    executedBranches,
    missingBranches,
    partialBranches
  };
}
function checkTotals(raw, files, source) {
  const totals = raw.totals;
  if (!totals) return;
  let statements = 0;
  let covered = 0;
  for (const file of files.values()) {
    statements += file.statements;
    covered += file.covered;
  }
  if (totals.num_statements !== statements || totals.covered_lines !== covered) {
    throw new InputError(
      source,
      `totals say ${totals.covered_lines} of ${totals.num_statements} statements covered but the files add up to ${covered} of ${statements}`
    );
  }
}

// src/wasm.ts
var PAGE = 65536;
function growTo(memory, bytes) {
  const pages = Math.ceil((bytes - memory.buffer.byteLength) / PAGE);
  if (pages <= 0) return false;
  memory.grow(pages);
  return true;
}
function compileWasm(base64) {
  return new WebAssembly.Module(Buffer.from(base64, "base64"));
}
function instantiateWasm(module2) {
  return new WebAssembly.Instance(module2, {}).exports;
}
function isWasmTrap(error2) {
  return error2 instanceof WebAssembly.RuntimeError;
}

// src/report/json-walk.generated.js
var JSON_WALK_WASM = "AGFzbQEAAAABEANgAX8Bf2AAAX9gAn9/AX8DCwoAAAAAAAEAAAIBBQMBAAEGFQR/AUEAC38BQQALfwFBAAt/AUEACwcqBAppbnB1dFN0YXJ0AAkJc3BhbkNvdW50AAUEbGVhbgAIBm1lbW9yeQIADAEQCs4kCoMDAgJ/AXsgAEEBaiEAA0ADQCAAIAD9AAQAIgP9DCIiIiIiIiIiIiIiIiIiIiL9IyAD/QxcXFxcXFxcXFxcXFxcXFxc/SP9UCAD/QwgICAgICAgICAgICAgICAg/Sb9UP1kIgJoaiEBIAJFBEAgAEEQaiEADAELCyABLQAAIgBBIkYEQCABQQFqDwsgAEHcAEcEQAAFIAEtAAEiAEHcAEYgAEEiRnIgAEEvRnIgAEHiAEZyIABB5gBGciAAQe4ARnIgAEHyAEZyIABB9ABGcgR/IAFBAmoFIABB9QBGBH8gAS0AAiIAQTBrQQpJBH9BAQUgAEEgckHhAGtBBkkLBUEACwR/IAEtAAMiAEEwa0EKSQR/QQEFIABBIHJB4QBrQQZJCwVBAAsEfyABLQAEIgBBMGtBCkkEf0EBBSAAQSByQeEAa0EGSQsFQQALBH8gAS0ABSIAQTBrQQpJBH9BAQUgAEEgckHhAGtBBkkLBUEACwR/IAFBBmoFAAsLIQAMAQsACwALoQEBAX8gAC0AAEEiRwRAAAsgABAAIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQTpHBEAACyAAQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABC+kBAQF/IABBAWogACAALQAAQS1GGyIALQAAQTBGBEAgAEEBaiEABSAALQAAQTBrQQpJBEADQCAALQAAQTBrQQpJBEAgAEEBaiEADAELCwUACwsgAC0AAEEuRgRAIABBAWoiAC0AAEEwa0EKTwRAAAsDQCAALQAAQTBrQQpJBEAgAEEBaiEADAELCwsgAC0AACIBQcUARiABQeUARnIEQCAAQQFqIgAtAAAiAUEtRiABQStGcgRAIABBAWohAAsgAC0AAEEwa0EKTwRAAAsDQCAALQAAQTBrQQpJBEAgAEEBaiEADAELCwsgAAu9AQEBfyAALQAAIgFB9ABGBEAgAC0AAUHyAEYEfyAALQACQfUARgVBAAsEfyAALQADQeUARgVBAAsEQCAAQQRqDwsFIAFB5gBGBEAgAC0AAUHhAEYEfyAALQACQewARgVBAAsEfyAALQADQfMARgVBAAsEfyAALQAEQeUARgVBAAsEQCAAQQVqDwsFIAAtAAFB9QBGBH8gAC0AAkHsAEYFQQALBH8gAC0AA0HsAEYFQQALBEAgAEEEag8LCwsAC9wCAQF/IABBAWoiAC0AACEBA0AgAUEgTQR/IAFBCkYgAUEgRnIgAUENRnIgAUEJRnIFQQALBEAgAEEBaiIALQAAIQEMAQsLIAAtAAAiAUHdAEYEQCAAQQFqDwsDQCABQS1GBEAgAEEBaiIALQAAIQELIAFBMEYEQCAAQQFqIgAtAAAhAQUgAUExa0EJSQRAA0AgAEEBaiIALQAAIgFBMGtBCkkNAAsFQX8PCwsgAUEsRwRAIAAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAIgFB3QBGBEAgAEEBag8LIAFBLEcEQEF/DwsLIABBAWoiAC0AACEBA0AgAUEgTQR/IAFBCkYgAUEgRnIgAUENRnIgAUEJRnIFQQALBEAgAEEBaiIALQAAIQEMAQsLIAAtAAAhAQwACwALBAAjAwvDBAEEf0EBIQIjAEGAgARqIgNBAToAACAAQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABLQAAQf0ARgRAIAFBAWoPCyABEAEhAANAIAAtAAAiAUEiRgR/IAAQAAUgAUHbAEYiBCABQfsARnIEfyAEBH8gABAEBUF/CyIEQX9HBH8gBAUgAUH7AEYhBCAAQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABIgAtAABB/QBB3QAgBBtGBH8gAUEBagUgAkGAgAJGBEAACyACIgFBAWohAiABIANqQQFBAiAEGzoAACAEBEAgABABIQALDAQLCwUgAUHmAEYgAUH0AEZyIAFB7gBGcgR/IAAQAwUgABACCwsLIQADQAJAIAIgA2pBAWstAAAhBCAAIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABLQAAIgBBLEYEQCABQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABIQAgBEEBRgRAIAEQASEACwwBCyAAQf0AQd0AIARBAUYbRwRAAAsgAUEBaiEAIAJBAWsiAg0BIAAPCwsMAAsAC9MFAQF/IAAtAABB2wBHBEAACyAAQQFqIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQd0ARgRAIABBAWoPCwNAIAAtAABB2wBHBEAACyAAQQFqIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCwJ/IABBAWogACAALQAAQS1GGyIALQAAQTBGBEAgAEEBagwBCyAALQAAQTBrQQpPBEAACwNAIAAtAABBMGtBCkkEQCAAQQFqIQAMAQsLIAALIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQSxHBEAACyAAQQFqIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCwJ/IABBAWogACAALQAAQS1GGyIALQAAQTBGBEAgAEEBagwBCyAALQAAQTBrQQpPBEAACwNAIAAtAABBMGtBCkkEQCAAQQFqIQAMAQsLIAALIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQd0ARwRAAAsgAEEBaiIALQAAIQEDQCABQSBNBH8gAUEKRiABQSBGciABQQ1GciABQQlGcgVBAAsEQCAAQQFqIgAtAAAhAQwBCwsgAC0AAEHdAEYEQCAAQQFqDwsgAC0AAEEsRwRAAAUgAEEBaiIALQAAIQEDQCABQSBNBH8gAUEKRiABQSBGciABQQ1GciABQQlGcgVBAAsEQCAAQQFqIgAtAAAhAQwBCwsMAQsACwAL8A8BDH8gACQBIAAkAkEAJAMgACICLQAAIQADQCAAQSBNBH8gAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCACQQFqIgItAAAhAAwBCwsgAiIALQAAQfsARwRAAAsjACEKIwBBgIACaiEJQQEhBUEAIQIDQCACBH8gAC0AAEEiRwRAAAsgCSALakEBay0AACEEIAAQACIIIQUgCC0AACEDA0AgA0EgTQR/IANBCkYgA0EgRnIgA0ENRnIgA0EJRnIFQQALBEAgBUEBaiIFLQAAIQMMAQsLIAUtAABBOkcEQAALIAVBAWoiBS0AACEDA0AgA0EgTQR/IANBCkYgA0EgRnIgA0ENRnIgA0EJRnIFQQALBEAgBUEBaiIFLQAAIQMMAQsLIAUhAkEAIQVBACENIARBAUYEQAJ/QQAhA0EAQZwIKAIAQQF2IgcgCEEBayAAQQFqIgZrRw0AGgNAIAMgB0gEQCADIAZqLQAAIQRBACADQZwIKAIAQQF2TwR/QX8FIANBAXRBoAhqLwEACyAERw0CGiADQQFqIQMMAQsLQQELBEBBAiEFBQJ/QQAhA0EAQbwIKAIAQQF2IgcgCEEBayAAQQFqIgZrRw0AGgNAIAMgB0gEQCADIAZqLQAAIQRBACADQbwIKAIAQQF2TwR/QX8FIANBAXRBwAhqLwEACyAERw0CGiADQQFqIQMMAQsLQQELBH9BAQUCf0EAIQNBAEHcCCgCAEEBdiIGIAhBAWsgAEEBaiIEa0cNABoDQCADIAZIBEAgAyAEai0AACEAQQAgA0HcCCgCAEEBdk8Ef0F/BSADQQF0QeAIai8BAAsgAEcNAhogA0EBaiEDDAELC0EBCwtFBEAACwsFIARBAkYEQEEDIQUFIARBA0YEQCACLQAAQfsARgRAAn9BAEH8CCgCAEEBdiIGIAhBAWsgAEEBaiIEa0cNABoDQCAGIA1KBEAgBCANai0AACEDQQAgDUH8CCgCAEEBdk8Ef0F/BSANQQF0QYAJai8BAAsgA0cNAhogDUEBaiENDAELC0EBCwR/QQEFAn9BACENQQBBrAkoAgBBAXYiBiAIQQFrIABBAWoiBGtHDQAaA0AgBiANSgRAIAQgDWotAAAhA0EAIA1BrAkoAgBBAXZPBH9BfwUgDUEBdEGwCWovAQALIANHDQIaIA1BAWohDQwBCwtBAQsLBH9BAQUCf0EAIQNBAEHcCSgCAEEBdiIGIAhBAWsgAEEBaiIEa0cNABoDQCADIAZIBEAgAyAEai0AACEAQQAgA0HcCSgCAEEBdk8Ef0F/BSADQQF0QeAJai8BAAsgAEcNAhogA0EBaiEDDAELC0EBCwshDQUCf0EAIQNBAEGMCigCAEEBdiIHIAhBAWsgAEEBaiIGa0cNABoDQCADIAdIBEAgAyAGai0AACEEQQAgA0GMCigCAEEBdk8Ef0F/BSADQQF0QZAKai8BAAsgBEcNAhogA0EBaiEDDAELC0EBCwR/QQEFAn9BACEMQQBBzAooAgBBAXYiBCAIQQFrIABBAWoiA2tHDQAaA0AgBCAMSgRAIAMgDGotAAAhAEEAIAxBzAooAgBBAXZPBH9BfwUgDEEBdEHQCmovAQALIABHDQIaIAxBAWohDAwBCwtBAQsLIQwLCwsLIAIFIAALIQQgDEUgBC0AACIDQdsARnEEfyAEEAQFQX8LIQAgDARAIAQQByECIwEjAkcEQCMBIwIgBCMCa/wKAAALIwEgBCMCa2okASAEJAIjASIAQdsAOgAAIABBAWohAyAEQQFqIQADQCAAIAJBAWtIBEAgAC0AACIEQd0ARyAEQdsAR3EEQCADIAQ6AAAgA0EBaiEDCyAAQQFqIQAMAQsLIANB3QA6AAAgA0EBaiQBIAIkAiMDQQFqJAMgAiEAQQAhDEEAIQUFIABBf0cEQEEAIQVBACENBSANBEAgBBAGIQAjASMCRwRAIwEjAiAEIwJr/AoAAAsjASAEIwJraiQBIAQkAiMBQfsAOgAAIwFB/QA6AAEjAUECaiQBIAAkAiMDQQFqJANBACEFQQAhDQUgA0H7AEYiAiADQdsARnIEQCALQYCAAkYEQAALIAogC2pBAUECIAIbOgAAIAkgC2ogBUEAIAIbOgAAIAtBAWohC0EAIQVBACENIARBAWoiAy0AACEAA0AgAEEgTQR/IABBCkYgAEEgRnIgAEENRnIgAEEJRnIFQQALBEAgA0EBaiIDLQAAIQAMAQsLIAMiAC0AAEH9AEHdACACG0cNBAUgA0EiRgR/IAQQAAUgA0HmAEYgA0H0AEZyIANB7gBGcgR/IAQQAwUgBBACCwshAAsLCwsDQCAAIgItAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAJBAWoiAi0AACEADAELCyALRQRAIAEgAkcEQAALIwEjAkcEQCMBIwIgASMCa/wKAAALIwEgASMCa2okASABJAIjAQ8LIAogC2pBAWstAAAiA0EBRiACLQAAIgBB/QBGcQR/QQEFIANBAkYgAEHdAEZxCwRAIAJBAWohACALQQFrIQsMAQsLIABBLEcEQAAFIAJBAWoiAi0AACEAA0AgAEEgTQR/IABBCkYgAEEgRnIgAEENRnIgAEEJRnIFQQALBEAgAkEBaiICLQAAIQAMAQsLIAIhACADQQFGIQIMAQsACwALCwBBgAskAEGAiwYLC7ECEABBjAgLARwAQZgICxECAAAACgAAAGYAaQBsAGUAcwBBrAgLARwAQbgICw8CAAAACAAAAG0AZQB0AGEAQcwICwEcAEHYCAsTAgAAAAwAAAB0AG8AdABhAGwAcwBB7AgLASwAQfgICxcCAAAAEAAAAGMAbwBuAHQAZQB4AHQAcwBBnAkLASwAQagJCxkCAAAAEgAAAGYAdQBuAGMAdABpAG8AbgBzAEHMCQsBLABB2AkLFQIAAAAOAAAAYwBsAGEAcwBzAGUAcwBB/AkLATwAQYgKCykCAAAAIgAAAGUAeABlAGMAdQB0AGUAZABfAGIAcgBhAG4AYwBoAGUAcwBBvAoLATwAQcgKCycCAAAAIAAAAG0AaQBzAHMAaQBuAGcAXwBiAHIAYQBuAGMAaABlAHM=";

// src/report/json-walk.ts
var PAD = 16;
var compiled;
var walkers = /* @__PURE__ */ new WeakMap();
var spent = /* @__PURE__ */ new WeakSet();
var fits = (walker, size) => walker.exports.memory.buffer.byteLength >= walker.offset + size + PAD;
var RESERVED_PER_BYTE = 2;
function newWalker(size) {
  try {
    compiled ??= compileWasm(JSON_WALK_WASM);
    const exports2 = instantiateWasm(compiled);
    const walker = { exports: exports2, offset: exports2.inputStart() };
    const { memory } = exports2;
    const reserved = walker.offset + RESERVED_PER_BYTE * size + PAD;
    growTo(memory, reserved);
    walkers.set(memory.buffer, walker);
    return { walker, bytes: Buffer.from(memory.buffer, walker.offset, size) };
  } catch {
    return null;
  }
}
function walkableBuffer(size) {
  return newWalker(size)?.bytes ?? Buffer.allocUnsafe(size);
}
function walkedOver(bytes) {
  return spent.has(bytes.buffer);
}
function walkerOf(bytes) {
  const walker = walkers.get(bytes.buffer);
  if (!walker || bytes.byteOffset !== walker.offset || !fits(walker, bytes.length)) return null;
  const memory = new Uint8Array(bytes.buffer);
  const end = bytes.byteOffset + bytes.length;
  for (let k = end; k < end + PAD; k++) if (memory[k] !== 0) return null;
  return walker;
}
var SCRATCH_KEPT = 16 * 1024 * 1024;
var scratch = null;
function copied(bytes) {
  const size = bytes.length;
  let walker = scratch;
  if (!walker || !fits(walker, size)) {
    walker = newWalker(size)?.walker ?? null;
    if (!walker) return null;
    if (size <= SCRATCH_KEPT) scratch = walker;
  }
  const memory = new Uint8Array(walker.exports.memory.buffer);
  memory.set(bytes, walker.offset);
  memory.fill(0, walker.offset + size, walker.offset + size + PAD);
  return walker;
}
function leanText(bytes, from) {
  if (walkedOver(bytes)) throw new Error("the report in this buffer has been walked over");
  const own = walkerOf(bytes);
  const walker = own ?? copied(bytes);
  if (!walker) return void 0;
  const { offset, exports: exports2 } = walker;
  const start2 = offset + from;
  let end = -1;
  try {
    end = exports2.lean(start2, offset + bytes.length);
  } catch (error2) {
    if (!isWasmTrap(error2)) throw error2;
  }
  const written = exports2.spanCount() > 0;
  if (own && written) spent.add(exports2.memory.buffer);
  if (end === -1 || !written) return void 0;
  return Buffer.from(exports2.memory.buffer, start2, end - start2).toString("utf8");
}

// src/report/fast-json.ts
function mayHaveCuts(bytes) {
  return ["functions", "classes", "contexts"].some((name) => bytes.includes(`"${name}"`));
}
function parseCoveragePyLean(input) {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const from = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  if (!mayHaveCuts(bytes)) return void 0;
  const text3 = leanText(bytes, from);
  if (text3 === void 0) return void 0;
  try {
    return JSON.parse(text3);
  } catch {
    return void 0;
  }
}

// src/report/fs-async.ts
var import_node_fs = require("node:fs");
var import_node_util = require("node:util");
var readFile2 = (0, import_node_util.promisify)(import_node_fs.readFile);
var stat2 = (0, import_node_util.promisify)(import_node_fs.stat);
var readdir2 = (0, import_node_util.promisify)(import_node_fs.readdir);
var writeFile2 = (0, import_node_util.promisify)(import_node_fs.writeFile);
var copyFile2 = (0, import_node_util.promisify)(import_node_fs.copyFile);
var mkdir2 = (0, import_node_util.promisify)(import_node_fs.mkdir);
var open2 = (0, import_node_util.promisify)(import_node_fs.open);
var close = (0, import_node_util.promisify)(import_node_fs.close);
var read = (0, import_node_util.promisify)(import_node_fs.read);
var READ_STEP = 1 << 30;
async function readWhole(path2, size, allocate = Buffer.allocUnsafe) {
  const fd2 = await open2(path2, "r");
  try {
    const buffer = allocate(size);
    let filled = 0;
    while (filled < size) {
      const length = Math.min(size - filled, READ_STEP);
      const { bytesRead } = await read(fd2, buffer, filled, length, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === size ? buffer : buffer.subarray(0, filled);
  } finally {
    await close(fd2);
  }
}
var SMALL_FILE = 256 * 1024;
var LARGEST_BUFFER = 2 ** 31;
async function readFileBytes(path2, allocate) {
  const size = (0, import_node_fs.statSync)(path2).size;
  return size < SMALL_FILE ? (0, import_node_fs.readFileSync)(path2) : size < LARGEST_BUFFER ? await readWhole(path2, size, allocate) : await readFile2(path2);
}

// src/report/glob.ts
var import_scan2 = __toESM(require_scan(), 1);
function isGlob(pattern) {
  const found = (0, import_scan2.default)(pattern);
  return found.isGlob || found.negated;
}

// src/report/istanbul.ts
var isObject2 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var isCount3 = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
var quote = (key) => JSON.stringify(key);
function isIstanbulFinal(document) {
  if (!isObject2(document)) return false;
  const first = Object.values(document)[0];
  return isObject2(first) && "statementMap" in first;
}
function isIstanbulSummary(document) {
  if (!isObject2(document)) return false;
  const total = document.total;
  return isObject2(total) && isObject2(total.lines) && "pct" in total.lines;
}
function countsOf(record, where, source) {
  if (!isObject2(record)) throw new InputError(source, `${where} must be an object`);
  const keys = Object.keys(record);
  const values = keys.map((key) => {
    const value = record[key];
    if (!isCount3(value)) {
      throw new InputError(
        source,
        `${where}[${quote(key)}] must be a non-negative integer hit count, got ${JSON.stringify(value)}`
      );
    }
    return value;
  });
  return { keys, values };
}
function startLine(location, where, source) {
  const start2 = isObject2(location) ? location.start : void 0;
  const end = isObject2(location) ? location.end : void 0;
  const line2 = isObject2(start2) ? start2.line : void 0;
  if (typeof line2 !== "number" || !Number.isInteger(line2) || line2 < 1) {
    throw new InputError(
      source,
      `${where}.start.line must be a line number (1 or more), got ${JSON.stringify(line2)}`
    );
  }
  const endLine = isObject2(end) ? end.line : void 0;
  if (typeof endLine === "number" && endLine < line2) {
    throw new InputError(
      source,
      `${where} ends on line ${endLine}, before it starts (line ${line2}); the statement map is corrupt`
    );
  }
  return line2;
}
function perLineMap(raw, where, source) {
  const { keys, values } = countsOf(raw, where, source);
  const hits = /* @__PURE__ */ new Map();
  keys.forEach((key, i2) => {
    if (!/^[1-9]\d*$/.test(key) || !Number.isSafeInteger(Number(key))) {
      throw new InputError(source, `${where} has the key ${quote(key)}, not a line number`);
    }
    hits.set(Number(key), values[i2]);
  });
  return hits;
}
function metric(total, covered) {
  return { total, covered };
}
function readFinalFile(key, raw, source) {
  const where = `[${quote(key)}]`;
  if (!isObject2(raw)) throw new InputError(source, `${where} must be an object`);
  for (const field of ["statementMap", "s", "fnMap", "f", "branchMap", "b"]) {
    if (!isObject2(raw[field])) {
      throw new InputError(
        source,
        `${where} has no "${field}" object; an Istanbul file entry needs statementMap, s, fnMap, f, branchMap and b`
      );
    }
  }
  const statementMap = raw.statementMap;
  const s = countsOf(raw.s, `${where}.s`, source);
  const f = countsOf(raw.f, `${where}.f`, source);
  const lineHits = /* @__PURE__ */ new Map();
  s.keys.forEach((id, i2) => {
    const location = statementMap[id];
    if (location === void 0) {
      throw new InputError(
        source,
        `${where}.s[${quote(id)}] has no statementMap entry; the map and the counts disagree`
      );
    }
    const line2 = startLine(location, `${where}.statementMap[${quote(id)}]`, source);
    const count3 = s.values[i2];
    const previous = lineHits.get(line2);
    if (previous === void 0 || previous < count3) lineHits.set(line2, count3);
  });
  let branchTotal = 0;
  let branchCovered = 0;
  const b = raw.b;
  for (const id of Object.keys(b)) {
    const counts = b[id];
    if (!Array.isArray(counts) || !counts.every(isCount3)) {
      throw new InputError(
        source,
        `${where}.b[${quote(id)}] must be an array of non-negative integer hit counts`
      );
    }
    branchTotal += counts.length;
    branchCovered += counts.filter((n) => n > 0).length;
  }
  const path2 = typeof raw.path === "string" && raw.path !== "" ? raw.path : key;
  const hits = raw.l === void 0 ? lineHits : perLineMap(raw.l, `${where}.l`, source);
  return lineFileCoverage(path2, path2, hits, (file) => ({
    statements: metric(s.keys.length, s.values.filter((n) => n > 0).length),
    lines: metric(file.statements, file.covered),
    branches: metric(branchTotal, branchCovered),
    functions: metric(f.keys.length, f.values.filter((n) => n > 0).length)
  }));
}
function addFile(files, file, source) {
  if (files.has(file.path)) {
    throw new InputError(
      source,
      `names ${quote(file.path)} twice; a report must name each file once`
    );
  }
  files.set(file.path, file);
}
function readIstanbulFinal(document, source) {
  if (!isObject2(document)) {
    throw new InputError(source, "is not an Istanbul coverage-final.json (not an object)");
  }
  const files = /* @__PURE__ */ new Map();
  let sourceMapped = false;
  for (const [key, raw] of Object.entries(document)) {
    addFile(files, readFinalFile(key, raw, source), source);
    if (isObject2(raw) && raw.inputSourceMap !== void 0) sourceMapped = true;
  }
  const report = {
    format: "istanbul",
    files,
    hasBranches: false,
    source,
    rounding: "truncate"
  };
  if (sourceMapped) {
    report.notes = [
      `${source} carries inputSourceMap: its line numbers are those of the instrumented code, read as they are (not remapped to the original sources).`
    ];
  }
  return report;
}
var SUMMARY_KEYS = ["lines", "statements", "functions", "branches"];
function readSummaryEntry(entry, where, source) {
  if (!isObject2(entry)) throw new InputError(source, `${where} must be an object`);
  const out = {};
  for (const key of SUMMARY_KEYS) {
    const value = entry[key];
    if (!isObject2(value)) {
      throw new InputError(source, `${where} has no "${key}" object with total and covered`);
    }
    for (const field of ["total", "covered"]) {
      if (!isCount3(value[field])) {
        throw new InputError(
          source,
          `${where}.${key}.${field} must be a non-negative integer, got ${JSON.stringify(value[field])}`
        );
      }
    }
    const total = value.total;
    const covered = value.covered;
    if (covered > total) {
      throw new InputError(
        source,
        `${where}.${key}.covered is ${covered}, more than total ${total}`
      );
    }
    out[key] = { total, covered };
  }
  return out;
}
function readIstanbulSummary(document, source) {
  if (!isObject2(document)) throw new InputError(source, "is not an Istanbul coverage-summary.json");
  const files = /* @__PURE__ */ new Map();
  const sum = {
    lines: [0, 0],
    statements: [0, 0],
    functions: [0, 0],
    branches: [0, 0]
  };
  for (const [key, entry] of Object.entries(document)) {
    if (key === "total") continue;
    const m = readSummaryEntry(entry, `[${quote(key)}]`, source);
    for (const name of SUMMARY_KEYS) {
      sum[name][0] += m[name].total;
      sum[name][1] += m[name].covered;
    }
    addFile(
      files,
      {
        path: key,
        reportPath: key,
        statements: m.lines.total,
        covered: m.lines.covered,
        branches: null,
        coveredBranches: null,
        executedLines: [],
        missingLines: [],
        excludedLines: [],
        executedBranches: null,
        missingBranches: null,
        partialBranches: null,
        metrics: m
      },
      source
    );
  }
  const total = readSummaryEntry(document.total, "total", source);
  for (const name of SUMMARY_KEYS) {
    const [t, c] = sum[name];
    if (total[name].total !== t || total[name].covered !== c) {
      throw new InputError(
        source,
        `total.${name} says ${total[name].covered} of ${total[name].total} but the files add up to ${c} of ${t}`
      );
    }
  }
  return {
    format: "istanbul",
    files,
    hasBranches: false,
    source,
    rounding: "truncate",
    notes: [
      `${source} is an Istanbul coverage-summary.json, which has no line lists: changed lines cannot be matched to coverage (no patch coverage, no annotations). Use coverage-final.json for those.`
    ]
  };
}

// src/report/lcov.ts
var LINE_NUMBER = /^[1-9]\d*$/;
var ANCHOR_LINE = /^\d+$/;
var COUNT = /^-?\d+$/;
var DETECTION_WINDOW = 64 * 1024;
function looksLikeLcov(text3) {
  for (const raw of text3.slice(0, DETECTION_WINDOW).split("\n")) {
    const line2 = raw.trim();
    if (line2 === "" || line2.startsWith("#")) continue;
    return /^(TN|SF):/.test(line2);
  }
  return false;
}
function readLcov(text3, source) {
  const records = /* @__PURE__ */ new Map();
  let current = null;
  let section = { lines: /* @__PURE__ */ new Map(), lf: null, lh: null };
  const stated = { total: 0, covered: 0 };
  const listed = { total: 0, covered: 0 };
  let disagreeing = 0;
  const closeSection = () => {
    if (section.lf === null) return;
    const hit = [...section.lines.values()].filter((n) => n > 0).length;
    const lh = section.lh ?? hit;
    stated.total += section.lf;
    stated.covered += lh;
    listed.total += section.lines.size;
    listed.covered += hit;
    if (section.lf !== section.lines.size || lh !== hit) disagreeing++;
  };
  let openedAt = 0;
  const lines = text3.split("\n");
  const fail = (lineNo, problem) => {
    throw new InputError(source, `line ${lineNo}: ${problem}`);
  };
  const parseCount = (value, lineNo, what) => {
    if (value === void 0 || !COUNT.test(value))
      fail(lineNo, `${what} must be an integer, got ${JSON.stringify(value ?? "")}`);
    const count3 = Number(value);
    if (count3 < 0) fail(lineNo, `${what} is negative (${count3})`);
    return Math.min(count3, Number.MAX_SAFE_INTEGER);
  };
  const parseLine = (value, lineNo) => {
    if (value === void 0 || !LINE_NUMBER.test(value)) {
      fail(lineNo, `the line number must be 1 or more, got ${JSON.stringify(value ?? "")}`);
    }
    return Number(value);
  };
  const parseAnchor = (value, lineNo) => {
    if (value === void 0 || !ANCHOR_LINE.test(value)) {
      fail(lineNo, `the line number must be 0 or more, got ${JSON.stringify(value ?? "")}`);
    }
  };
  for (let i2 = 0; i2 < lines.length; i2++) {
    const lineNo = i2 + 1;
    const line2 = lines[i2].replace(/\r$/, "").trim();
    if (line2 === "" || line2.startsWith("#")) continue;
    if (line2 === "end_of_record") {
      if (!current) fail(lineNo, "end_of_record without an SF: record before it");
      closeSection();
      current = null;
      continue;
    }
    const colon = line2.indexOf(":");
    const key = colon < 0 ? line2 : line2.slice(0, colon);
    const value = colon < 0 ? "" : line2.slice(colon + 1);
    if (key === "TN") continue;
    if (key === "SF") {
      if (current)
        fail(
          lineNo,
          `SF: while the record for ${JSON.stringify(current.path)} (line ${openedAt}) has no end_of_record`
        );
      if (value === "") fail(lineNo, "SF: has no file name");
      current = records.get(value) ?? {
        path: value,
        lines: /* @__PURE__ */ new Map(),
        functions: /* @__PURE__ */ new Map(),
        branches: /* @__PURE__ */ new Map()
      };
      records.set(value, current);
      section = { lines: /* @__PURE__ */ new Map(), lf: null, lh: null };
      openedAt = lineNo;
      continue;
    }
    if (!/^[A-Z]+$/.test(key))
      fail(lineNo, `${JSON.stringify(line2.slice(0, 40))} is not an LCOV record line`);
    const record = current;
    if (!record) {
      if (["DA", "FN", "FNDA", "BRDA", "LF", "LH", "FNF", "FNH", "BRF", "BRH"].includes(key)) {
        fail(lineNo, `${key}: before any SF: line; every record must start with SF:<file>`);
      }
      continue;
    }
    const parts = value.split(",");
    switch (key) {
      case "DA": {
        if (parts.length < 2 || parts.length > 3)
          fail(lineNo, `DA: must be DA:<line>,<count>, got ${JSON.stringify(line2)}`);
        const number = parseLine(parts[0], lineNo);
        const count3 = parseCount(parts[1], lineNo, "the DA hit count");
        record.lines.set(number, (record.lines.get(number) ?? 0) + count3);
        section.lines.set(number, (section.lines.get(number) ?? 0) + count3);
        break;
      }
      case "FN": {
        if (parts.length < 2)
          fail(lineNo, `FN: must be FN:<line>,<name>, got ${JSON.stringify(line2)}`);
        parseAnchor(parts[0], lineNo);
        const name = parts.length >= 3 && LINE_NUMBER.test(parts[1]) ? parts.slice(2).join(",") : parts.slice(1).join(",");
        if (!record.functions.has(name)) record.functions.set(name, 0);
        break;
      }
      case "FNDA": {
        if (parts.length < 2)
          fail(lineNo, `FNDA: must be FNDA:<count>,<name>, got ${JSON.stringify(line2)}`);
        const count3 = parseCount(parts[0], lineNo, "the FNDA call count");
        const name = parts.slice(1).join(",");
        record.functions.set(name, (record.functions.get(name) ?? 0) + count3);
        break;
      }
      case "BRDA": {
        if (parts.length !== 4)
          fail(
            lineNo,
            `BRDA: must be BRDA:<line>,<block>,<branch>,<taken>, got ${JSON.stringify(line2)}`
          );
        const [at2, block, branch, taken] = parts;
        parseAnchor(at2, lineNo);
        if (block === "" || branch === "") fail(lineNo, `BRDA: has an empty block or branch id`);
        const id = `${at2},${block},${branch}`;
        const count3 = taken === "-" ? null : parseCount(taken, lineNo, "the BRDA taken count");
        const old = record.branches.get(id);
        record.branches.set(
          id,
          old === void 0 || old === null ? count3 : count3 === null ? old : old + count3
        );
        break;
      }
      case "LF":
        section.lf = parseCount(value, lineNo, "the LF value");
        break;
      case "LH":
        section.lh = parseCount(value, lineNo, "the LH value");
        break;
      case "FNF":
      case "FNH":
      case "BRF":
      case "BRH":
        parseCount(value, lineNo, `the ${key} value`);
        break;
      default:
        break;
    }
  }
  if (current) {
    throw new InputError(
      source,
      `ends inside the record for ${JSON.stringify(current.path)} (line ${openedAt}) without end_of_record (truncated?)`
    );
  }
  const files = /* @__PURE__ */ new Map();
  for (const record of records.values()) {
    if (record.lines.size === 0) continue;
    files.set(record.path, toFileCoverage2(record));
  }
  if (files.size === 0) throw new InputError(source, "has no SF: record with DA: line data");
  fillMetrics(files);
  const report = { format: "lcov", files, hasBranches: false, source };
  if (disagreeing > 0) {
    report.notes = [
      statedTotalsNote(
        source,
        `LF/LH (in ${disagreeing} record${disagreeing === 1 ? "" : "s"})`,
        stated,
        listed
      )
    ];
  }
  return report;
}
function toFileCoverage2(record) {
  return lineFileCoverage(record.path, record.path, record.lines, (file) => {
    const metrics2 = { lines: { total: file.statements, covered: file.covered } };
    if (record.functions.size > 0) {
      metrics2.functions = {
        total: record.functions.size,
        covered: [...record.functions.values()].filter((n) => n > 0).length
      };
    }
    if (record.branches.size > 0) {
      metrics2.branches = {
        total: record.branches.size,
        covered: [...record.branches.values()].filter((n) => n !== null && n > 0).length
      };
    }
    return metrics2;
  });
}

// src/report/load.ts
var FORMAT_CHOICES = [
  "auto",
  "coverage.py",
  "istanbul",
  "lcov",
  "cobertura"
];
var TRIED = 'tried: coverage.py JSON (an object with "files"), Istanbul coverage-final.json (entries with "statementMap") and coverage-summary.json ("total" with "lines.pct"), LCOV (lines starting TN: or SF:), Cobertura XML (a <coverage> element)';
async function resolveReportPaths(patterns, cwd) {
  const found = [];
  for (const pattern of patterns.map((p) => p.trim()).filter(Boolean)) {
    if (!isGlob(pattern)) {
      found.push(pattern);
      continue;
    }
    const { glob } = await Promise.resolve().then(() => __toESM(require_tinyglobby(), 1));
    const matches = await glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: true,
      expandDirectories: false
    });
    if (matches.length === 0) throw new InputError(pattern, "no file matches this pattern");
    found.push(...matches.sort());
  }
  return [...new Set(found)];
}
async function readReportFile(path2, format = "auto", cwd = process.cwd()) {
  const file = cwd && !path2.startsWith("/") ? `${cwd}/${path2}` : path2;
  const read2 = async (walkable) => {
    try {
      return await readFileBytes(file, walkable ? walkableBuffer : void 0);
    } catch (error2) {
      const code2 = error2.code;
      if (code2 === "ENOENT") throw new InputError(path2, "file not found");
      if (code2 === "EISDIR") throw new InputError(path2, "is a directory, not a report file");
      throw new InputError(path2, `cannot be read (${code2 ?? String(error2)})`);
    }
  };
  const bytes = await read2(format === "auto" || format === "coverage.py");
  return parseReport(bytes, path2, format, cwd, () => read2(false));
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes);
  const start2 = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start2, bytes.byteLength - start2).toString(
    "utf8"
  );
}
var LEAN_BYTES = 256 * 1024;
async function parseReport(bytes, source, format = "auto", cwd = process.cwd(), again) {
  const lean = (format === "auto" || format === "coverage.py") && bytes.length >= LEAN_BYTES ? parseCoveragePyLean(bytes) : void 0;
  if (lean !== void 0 && detectJsonFormat(lean) === "coverage.py") {
    const report = readLeanCoveragePy(lean, source);
    if (report) return report;
  }
  let whole = bytes;
  if (walkedOver(bytes)) {
    if (!again)
      throw new Error(`${source}: written over by the lean read, with no way to read it again`);
    whole = await again();
  }
  const text3 = decodeText(whole);
  if (text3.trim() === "") throw new InputError(source, "is empty");
  const first = text3.trimStart()[0];
  if (first === "{" || first === "[") {
    const document = parseJson(text3, source);
    const detected2 = detectJsonFormat(document);
    if (format !== "auto" && detected2 !== format && detected2 !== void 0) {
      throw new InputError(source, `is ${describeFormat(detected2)}, not ${describeFormat(format)}`);
    }
    const chosen = format === "auto" ? detected2 : format;
    switch (chosen) {
      case "coverage.py":
        return readCoveragePy(document, source);
      case "istanbul":
        return isIstanbulSummary(document) ? readIstanbulSummary(document, source) : readIstanbulFinal(document, source);
      case void 0:
        throw new InputError(
          source,
          `is JSON but not a coverage report this tool reads (${TRIED})`
        );
      default:
        throw new InputError(source, `is JSON, not ${describeFormat(chosen)}`);
    }
  }
  const detected = looksLikeXml(text3) ? "cobertura" : looksLikeLcov(text3) ? "lcov" : void 0;
  if (format !== "auto" && detected !== format) {
    throw new InputError(
      source,
      `is ${detected ? describeFormat(detected) : "not a coverage report this tool reads"}, not ${describeFormat(format)}`
    );
  }
  if (detected === "cobertura") {
    const exists3 = (path2) => (0, import_node_fs2.existsSync)((0, import_node_path.isAbsolute)(path2) ? path2 : (0, import_node_path.join)(cwd, path2));
    return readCobertura(text3, source, { exists: exists3 });
  }
  if (detected === "lcov") return readLcov(text3, source);
  throw new InputError(source, `is not a coverage report this tool reads (${TRIED})`);
}
function parseJson(text3, source) {
  try {
    return JSON.parse(text3);
  } catch (error2) {
    const detail = describeError(error2);
    const position = /at position (\d+)/.exec(detail);
    const truncated = /end of JSON input|Unterminated string/i.test(detail) || position !== null && Number(position[1]) >= text3.trimEnd().length;
    throw new InputError(
      source,
      truncated ? `is not valid JSON: the file ends early (truncated?): ${detail}` : `is not valid JSON: ${detail}`
    );
  }
}
var FORMAT_NAMES = {
  "coverage.py": "a coverage.py JSON report",
  istanbul: "an Istanbul coverage-final.json",
  lcov: "an LCOV tracefile",
  cobertura: "a Cobertura XML report"
};
function describeFormat(format) {
  return FORMAT_NAMES[format];
}
function detectJsonFormat(document) {
  if (!document || typeof document !== "object" || Array.isArray(document)) return void 0;
  const record = document;
  if ("files" in record && (record.meta !== void 0 || record.totals !== void 0 || isObject(record.files))) {
    return "coverage.py";
  }
  if (isIstanbulFinal(record) || isIstanbulSummary(record)) return "istanbul";
  return void 0;
}

// src/settings.ts
var SETTING_DEFAULTS = {
  "coverage-file": "coverage.json",
  "base-coverage-file": "",
  "coverage-format": "auto",
  "path-prefix": "",
  "min-coverage": "0",
  "min-file-coverage": "0",
  "min-file-statements": "0",
  "file-thresholds": "",
  "max-coverage-drop": "",
  "min-patch-coverage": "",
  "min-branch-coverage": "",
  "max-new-uncovered-lines": "",
  "fail-on-missing-baseline": "false",
  informational: "",
  "impact-min-statements": "150",
  "impact-max-coverage": "30",
  "impact-target": "50",
  "impact-count": "10",
  "impact-include": "",
  "impact-exclude": "",
  precision: "2",
  components: "",
  "component-gates": ""
};
function numberSetting(name, raw, { min, max: max2, integer = false }) {
  const text3 = raw.trim();
  const value = Number(text3);
  const kind = integer ? "a whole number" : "a number";
  if (
    // Plain decimals only, as `coverage report --fail-under` takes them: no hex, binary or "Infinity".
    !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text3) || !Number.isFinite(value) || value < min || value > max2 || integer && !Number.isInteger(value)
  ) {
    const range = max2 === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max2}`;
    throw new InputError("", `${name} must be ${kind} ${range}, got ${JSON.stringify(raw)}`);
  }
  return value;
}
function booleanSetting(name, raw) {
  const text3 = raw.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(text3)) return true;
  if (["false", "no", "0", "off"].includes(text3)) return false;
  throw new InputError("", `${name} must be true or false, got ${JSON.stringify(raw)}`);
}
function splitList(raw) {
  return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}
function readSettings(raw, label2 = (n) => n) {
  const get = (name) => {
    const value = raw(name);
    return value === void 0 || value.trim() === "" ? SETTING_DEFAULTS[name] : value;
  };
  const percent3 = (name) => numberSetting(label2(name), get(name), { min: 0, max: 100 });
  const optionalPercent = (name) => get(name).trim() === "" ? null : percent3(name);
  const count3 = (name) => numberSetting(label2(name), get(name), { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true });
  const format = get("coverage-format").trim();
  if (!FORMAT_CHOICES.includes(format)) {
    throw new InputError(
      "",
      `${label2("coverage-format")} must be one of ${FORMAT_CHOICES.join(", ")}, got ${JSON.stringify(format)}`
    );
  }
  const fileThresholds = parseFileThresholds(
    get("file-thresholds"),
    label2("file-thresholds")
  );
  const precision = numberSetting(label2("precision"), get("precision"), {
    min: 0,
    max: 10,
    integer: true
  });
  const components = parseComponents(get("components"), label2("components"));
  const componentGates2 = parseComponentGates(
    get("component-gates"),
    components,
    label2("component-gates")
  );
  return {
    coverageFiles: splitList(get("coverage-file")),
    baseCoverageFile: get("base-coverage-file").trim() || null,
    coverageFormat: format,
    pathPrefix: get("path-prefix").trim() || null,
    gates: {
      minCoverage: percent3("min-coverage"),
      minFileCoverage: percent3("min-file-coverage"),
      minFileStatements: count3("min-file-statements"),
      fileThresholds,
      maxCoverageDrop: optionalPercent("max-coverage-drop"),
      minPatchCoverage: optionalPercent("min-patch-coverage"),
      minBranchCoverage: optionalPercent("min-branch-coverage"),
      maxNewUncoveredLines: get("max-new-uncovered-lines").trim() === "" ? null : count3("max-new-uncovered-lines"),
      failOnMissingBaseline: booleanSetting(
        label2("fail-on-missing-baseline"),
        get("fail-on-missing-baseline")
      ),
      precision,
      informational: parseInformational(get("informational"), label2("informational"))
    },
    impact: {
      minStatements: count3("impact-min-statements"),
      maxCoverage: percent3("impact-max-coverage"),
      target: percent3("impact-target"),
      count: count3("impact-count"),
      include: splitList(get("impact-include")),
      exclude: splitList(get("impact-exclude"))
    },
    components: { components, gates: componentGates2 }
  };
}

// src/github/inputs.ts
var MODES = ["auto", "check", "record", "comment"];
var COMMENT_STYLES = ["update", "new", "off"];
var CHECKS_CHOICES = ["off", "gates"];
var COMMENT_WHEN = ["always", "changed", "failed"];
function choice(name, raw, choices) {
  const value = raw.trim().toLowerCase();
  if (!choices.includes(value)) {
    throw new InputError(
      "",
      `${name} must be one of ${choices.join(", ")}, got ${JSON.stringify(raw)}`
    );
  }
  return value;
}
var COMMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._:+=/-]{0,99}$/;
function getInputs(read2 = (name) => getInput(name)) {
  const settings = readSettings((name) => read2(name));
  const or = (name, fallback) => read2(name).trim() || fallback;
  const commentId = or("comment-id", "default");
  if (!COMMENT_ID_PATTERN.test(commentId) || commentId.includes("--")) {
    throw new InputError(
      "",
      `comment-id must be 1 to 100 letters, digits, spaces or ._:+=/- (no "--"), got ${JSON.stringify(commentId)}`
    );
  }
  const artifactName = or("artifact-name", "coverage-baseline");
  if (/[\r\n"<>|*?:\\/]/.test(artifactName)) {
    throw new InputError(
      "",
      `artifact-name must be a valid artifact name (no " : < > | * ? \\ / or line breaks), got ${JSON.stringify(artifactName)}`
    );
  }
  return {
    settings,
    token: read2("github-token").trim(),
    artifactName,
    baseWorkflow: read2("base-workflow").trim() || null,
    mode: choice("mode", or("mode", "auto"), MODES),
    comment: choice("comment", or("comment", "update"), COMMENT_STYLES),
    commentId,
    annotations: booleanSetting("annotations", or("annotations", "true")),
    checks: choice("checks", or("checks", "off"), CHECKS_CHOICES),
    commentWhen: choice("comment-when", or("comment-when", "always"), COMMENT_WHEN),
    trend: {
      target: read2("target-coverage").trim() ? numberSetting("target-coverage", read2("target-coverage"), { min: 0, max: 100 }) : null,
      historyImport: read2("history-import").trim() || null,
      badgeBranch: badgeBranch(read2("badge-branch").trim())
    }
  };
}
function resolveMode(mode, eventName) {
  if (mode !== "auto") return mode;
  if (["pull_request", "pull_request_target", "merge_group"].includes(eventName)) return "check";
  if (eventName === "workflow_run") return "comment";
  return "record";
}
function badgeBranch(raw) {
  if (raw === "") return null;
  const name = raw.replace(/^refs\/heads\//, "");
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(name) || /(^|\/)\.|\.\.|\/\/|\/$|\.lock$|^-/.test(name)) {
    throw new InputError("", `badge-branch must be a branch name, got ${JSON.stringify(raw)}`);
  }
  return name;
}

// src/context.ts
function createContext(env = process.env, event = readEvent(env)) {
  const inputs = getInputs();
  let client = null;
  return {
    repo: event.repo,
    event,
    mode: resolveMode(inputs.mode, event.name),
    inputs,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    api: () => {
      client ??= createClient(inputs.token);
      return client;
    }
  };
}
function pullLinks(ctx, pull, headSha) {
  return {
    serverUrl: ctx.serverUrl ?? "https://github.com",
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    pull,
    headSha
  };
}

// src/flow/check.ts
var import_node_path8 = require("node:path");

// src/github/errors.ts
var HINTS = {
  actions: { 403: "the job needs `actions: read`" },
  comments: {
    403: 'the job needs `pull-requests: write` to comment; on pull requests from forks the token is read-only, so use the two-stage setup (see README, "Fork pull requests")',
    404: "the pull request was not found, or the token cannot see it",
    422: "GitHub refused the comment body"
  },
  contents: { 403: "the job needs `contents: write`" },
  checks: {
    403: 'the job needs `checks: write` for `checks: gates`; on pull requests from forks the token is read-only, so the two-stage setup creates them (see README, "Check runs")',
    422: "GitHub refused the check run (is the commit in this repository?)"
  }
};
function permissionHint(access2, status) {
  return status === void 0 ? "" : HINTS[access2][status] ?? "";
}
var GitHubApiError = class extends Error {
  /** `operation` says what failed ("the artifacts of run id 5 could not be listed"). */
  constructor(operation, access2, cause, own = {}) {
    const status = statusOf(cause);
    const hint = (status !== void 0 ? own[status] : void 0) ?? permissionHint(access2, status);
    super(`${operation}: ${describeError(cause)}${hint ? `; ${hint}` : ""}`, { cause });
    this.operation = operation;
    this.status = status;
    this.hint = hint;
  }
  operation;
  status;
  hint;
};
async function apiCall(operation, access2, call, own) {
  try {
    return await call();
  } catch (error2) {
    throw new GitHubApiError(operation, access2, error2, own);
  }
}

// src/github/runs.ts
var MAX_RUNS = 50;
async function currentWorkflow(client, repo, event) {
  const match = /\/\.github\/workflows\/([^@/]+)@/.exec(event.workflowRef);
  if (match?.[1]) return match[1];
  const runId = event.runId;
  if (!Number.isInteger(runId) || runId <= 0) {
    throw new Error(
      "cannot tell the current workflow (no GITHUB_WORKFLOW_REF or GITHUB_RUN_ID); set base-workflow"
    );
  }
  const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  return data.workflow_id;
}
function isTrustedRun(run3, repo, branch) {
  const own = `${repo.owner}/${repo.repo}`.toLowerCase();
  return run3.event === "push" && run3.conclusion === "success" && run3.head_branch === branch && (run3.head_repository?.full_name ?? "").toLowerCase() === own;
}
async function listTrustedRuns(client, query) {
  const repo = { owner: query.owner, repo: query.repo };
  const { data } = await apiCall(
    `the runs of workflow ${query.workflow} could not be listed`,
    "actions",
    () => client.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: query.workflow,
      branch: query.branch,
      event: "push",
      status: "success",
      per_page: MAX_RUNS
    }),
    {
      404: `no workflow ${JSON.stringify(String(query.workflow))} in ${query.owner}/${query.repo}; check base-workflow`
    }
  );
  return data.workflow_runs.filter(
    (r) => r.id !== query.exceptRunId && isTrustedRun(r, repo, query.branch)
  );
}
async function listNamedArtifacts(client, repo, name) {
  const response = await apiCall(
    `the artifacts named ${JSON.stringify(name)} could not be listed`,
    "actions",
    () => client.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: 100 })
  );
  const byRun = /* @__PURE__ */ new Map();
  for (const a of response.data.artifacts) {
    const runId = a.workflow_run?.id;
    if (a.name !== name || typeof runId !== "number") continue;
    byRun.set(runId, [...byRun.get(runId) ?? [], a]);
  }
  const complete = !/rel="next"/.test(String(response.headers.link ?? ""));
  return { byRun, complete };
}
async function listRunArtifacts(client, repo, runId, name) {
  const artifacts = await apiCall(
    `the artifacts of run id ${runId} could not be listed`,
    "actions",
    () => client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      ...repo,
      run_id: runId,
      name,
      per_page: 100
    })
  );
  return artifacts.filter((a) => a.name === name);
}
async function listArtifactsOfRun(client, repo, runId) {
  return apiCall(
    `the artifacts of run id ${runId} could not be listed`,
    "actions",
    () => client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      ...repo,
      run_id: runId,
      per_page: 100
    })
  );
}

// src/analysis/delta-tally.ts
function add(into, covered, total) {
  into.covered += covered;
  into.total += total;
}
function subtract(into, covered, total) {
  into.covered -= covered;
  into.total -= total;
}
function tallyAdded(tally, added) {
  add(tally["changed-covered"].statements, added.coveredLines, added.coveredLines);
  add(tally["changed-covered"].branches, added.coveredArcsRan, added.coveredArcs);
  add(tally["changed-uncovered"].statements, 0, added.uncoveredLines);
  add(tally["changed-uncovered"].branches, added.uncoveredArcsRan, added.uncoveredArcs);
}
function tallyLinesAndArcs(tally, counts) {
  subtract(tally["lost-coverage"].statements, counts.lostLines, 0);
  add(tally["lost-coverage"].branches, counts.lostArcs, 0);
  add(tally["gained-coverage"].statements, counts.gainedLines, 0);
  add(tally["gained-coverage"].branches, counts.gainedArcs, 0);
}
function tallyDeleted(tally, counts) {
  subtract(tally["deleted-covered"].statements, counts.deletedRan, counts.deletedRan);
  subtract(tally["deleted-covered"].branches, counts.deletedRanArcsRan, counts.deletedRanArcs);
  subtract(tally["deleted-uncovered"].statements, 0, counts.deletedMissed);
  subtract(
    tally["deleted-uncovered"].branches,
    counts.deletedMissedArcsRan,
    counts.deletedMissedArcs
  );
}

// src/analysis/delta-lines.generated.js
var DELTA_LINES_WASM = "AGFzbQEAAAABMAZgBH9/f38AYAABf2ABfwBgB39/f39/f38AYAJ/fwBgDn9/f39/f39/f39/f39/AAMJCAIAAwAEAQEFBQMBAAEGEAN/AUEAC38BQQALfwFBAAsHLwQKaW5wdXRTdGFydAAFC2NvdW50c1N0YXJ0AAYHY29tcGFyZQAHBm1lbW9yeQIACsUTCIsBAQR/IAAoAhghAkEBIQMDQCADIAAoAhxIBEAgAiADQQJ0aigCACEEIANBAWshAQNAIAFBAE4EfyACIAFBAnRqKAIAIARKBUEACwRAIAIgAUEBakECdGogAiABQQJ0aigCADYCACABQQFrIQEMAQsLIAIgAUEBakECdGogBDYCACADQQFqIQMMAQsLC40BAQF/IwIhBCMCIAFBAnRqJAIgACAENgIAIwIhBCMCIAFBAnRqJAIgACAENgIEIwIhBCMCIAFBAnRqJAIgACAENgIIIwIhBCMCIAFBAnRqJAIgACAENgIMIAAgAwR/IwIjAiABQQJ0aiQCBUEACzYCECMCIQEjAiACQQJ0aiQCIAAgATYCGCAAQQA2AhwLjwMBCX8gASACQQJ0aiIOIANBAnRqIgwgBEECdGohDSABIQggAiEJQQAhAQNAIAMgC0oiAiAHIAlIcgRAIAFBAnQiDyAAKAIIakEANgIAIAAoAgwgD2pBADYCACACBEAgDiALQQJ0aigCACEPIAcgCU4Ef0EBBSAPIAggB0ECdGooAgBMCwRAIAAoAgAgAUECdGogDzYCACABIgJBAWohASAAKAIEIAJBAnRqQQA2AgAgC0EBaiELIAdBAWogByAHIAlIBH8gCCAHQQJ0aigCACAPRgVBAAsbIQcMAwsLIAciAkEBaiEHIAggAkECdGooAgAhAgNAIAQgCkoEfyAMIApBAnRqKAIAIAJIBUEACwRAIApBAWohCgwBCwsgAkEATAR/QQEFIAQgCkoEfyAMIApBAnRqKAIAIAJGBUEACwsNASAAKAIAIAFBAnRqIAI2AgAgASICQQFqIQEgACgCBCACQQJ0akEBNgIADAELCyAAIAE2AhQgACANIAVBARADIAAgDSAFQQJ0aiAGQQAQAwusAgEGfyAAKAIUIQYDQCACIAdKBEAgASAHQQJ0aigCACEIIAlBAEoEfyAAKAIAIAlBAWtBAnRqKAIAIAhOBUEACwRAQQAhCSAAKAIUIQUDQCAFIAlKBEAgACgCACAFIAlqQQF2IgRBAnRqKAIAIAhIBEAgBEEBaiEJBSAEIQULDAELCwUDQCAGIAlKBH8gACgCACAJQQJ0aigCACAISAVBAAsEQCAJQQFqIQkMAQsLCwJAIAYgCUYEf0EBBSAAKAIAIAlBAnRqKAIAIAhHCwRAIAAoAhggACAAKAIcIgRBAWo2AhwgBEECdGogCDYCAAwBCyAJQQJ0IgUgACgCCGoiBCAEKAIAQQFqNgIAIAAoAgwgBWoiBCAEKAIAIANqNgIACyAHQQJqIQcMAQsLC90DARB/A0AgA0G0CCgCAEgEQCADQQJ0Ig9BpAgoAgBqKAIAQQFGIRBBqAgoAgAgD2ooAgAhEQJAIAAgD2ooAgAiBEUEQCABRQ0BIBAEQCAGQQFqIQYgByARaiEHIAhBrAgoAgAgD2ooAgBqIQgFIAlBAWohCSAKIBFqIQogC0GsCCgCACADQQJ0aigCAGohCwsMAQsDQCACQZQIKAIASAR/IARBgAgoAgAgAkECdGooAgBKBUEACwRAIAJBAWohAgwBCwsgAkGUCCgCAEYEf0EBBSAEQYAIKAIAIAJBAnRqKAIARwsNAEGECCgCACACQQJ0aigCAEEBRiIPRSAQcQRAIAxBAWohDCMBIg9BAWokASMAIA9BAnRqIAQ2AgAFIAVBAWogBSAPIBBFcRshBQsgEQR/IBFBiAgoAgAgAkECdGooAgBHBUEBCw0AQYwIKAIAIAJBAnRqKAIAQawIKAIAIANBAnRqKAIAayIEQQBIBEAgBCANaiENBSAEIA5qIQ4LCyADQQFqIQMMAQsLQcAIIAw2AgBBxAggBTYCAEHICCANNgIAQcwIIA42AgBB0AggBjYCAEHUCCAJNgIAQdgIIAc2AgBB3AggCDYCAEHgCCAKNgIAQeQIIAs2AgALBQBBwAkLBQBBwAgL/AcBBn9BwAkkAiAAIAFqIhMgAmogA2ogBGpBAnRBwAlqJAIjAiEQIwIgBSAGaiIOIAdqIAhqIAlqQQJ0aiQCIwIhESMCIApBAnRqJAIjAiEPIwIgC0ECdGokAiMCIRIjAiAMQQJ0aiQCQYAIIBMgAyAEakECbUEBakEAEAFBoAggDiAIIAlqQQJtQQFqQQEQASMCIwIgDkECdGokAiQAQQAkAUGACEHACSAAIAEgAiADIAQQAkGgCCAQIAUgBiAHIAggCRACQQAhAEEAIQJBACEEQQAhBUEAIQZBACEHQQAhCEEAIQkDQCACIAxIBEACQCASIAJBAnRqKAIAIQEDQCAAQZQIKAIASAR/IAFBgAgoAgAgAEECdGooAgBKBUEACwRAIABBAWohAAwBCwsgAEGUCCgCAEYNACAAQQJ0IgNBgAgoAgBqKAIAIAFGBEBBhAgoAgAgA2ooAgBBAUYEQCAEQQFqIQQgBUGICCgCACADaigCAGohBSAGQYwIKAIAIANqKAIAaiEGBSAHQQFqIQcgCCAAQQJ0IgFBiAgoAgBqKAIAaiEIIAlBjAgoAgAgAWooAgBqIQkLCyACQQFqIQIMAgsLC0HoCCAENgIAQewIIAU2AgBB8AggBjYCAEH0CCAHNgIAQfgIIAg2AgBB/AggCTYCACANQQFxBEBBACEBQQAhAkEAIQMDQCADQbQIKAIASARAQaAIKAIAIANBAnRqKAIAIQADQCABIAtIBH8gACAPIAFBAnRqKAIASgVBAAsEQCABQQFqIQEMAQsLAkAgASALSAR/IAAgDyABQQJ0aigCAEYFQQALBEBBsAgoAgAgA0ECdGpBADYCAAwBCyAAIAFrIQADQCACIApIBH8gESACQQJ0aigCACAAIAJqTAVBAAsEQCACQQFqIQIMAQsLQbAIKAIAIANBAnRqIAAgAmo2AgALIANBAWohAwwBCwtBsAgoAgAgDUECcUEARxAEBUEAIQICQEGUCCgCAEG0CCgCAEcEf0EBBUGcCCgCAEG8CCgCAEcLDQBBACEAA0AgAEGUCCgCAEgEQCAAQQJ0IgFBgAgoAgBqKAIAQaAIKAIAIAFqKAIARwR/QQEFIABBAnQiAUGICCgCAGooAgBBqAgoAgAgAWooAgBHCw0CIABBAWohAAwBCwtBgAgQAEGgCBAAQQAhAANAIABBnAgoAgBIBEAgAEECdCIBQZgIKAIAaigCAEG4CCgCACABaigCAEcNAiAAQQFqIQAMAQsLQQEhAgsgAgRAQaAIKAIAQQAQBAVBACEAA0AgAEEKSARAIABBAnRBwAhqQQA2AgAgAEEBaiEADAELCwsLQYAJIwA2AgBBhAkjATYCAAs=";

// src/analysis/delta-wasm.ts
var CHANGED = 10;
var LOST = 16;
var comparer;
function loadComparer() {
  if (comparer !== void 0) return comparer;
  try {
    const exports2 = instantiateWasm(compileWasm(DELTA_LINES_WASM));
    const input = exports2.inputStart() >> 2;
    comparer = {
      exports: exports2,
      input,
      counts: exports2.countsStart() >> 2,
      words: new Int32Array(exports2.memory.buffer)
    };
  } catch {
    comparer = null;
  }
  return comparer;
}
var NONE = [];
function write(words, list, at2) {
  if (list.length > 0) words.set(list, at2);
  return at2 + list.length;
}
function compareInWasm(tally, head, base, change2, own) {
  const wasm = loadComparer();
  if (!wasm) return null;
  const hRun = head.executedLines;
  const hMissed = head.missingLines;
  const hArcsRun = head.executedBranches ?? NONE;
  const hArcsMissed = head.missingBranches ?? NONE;
  const bRun = base.executedLines;
  const bMissed = base.missingLines;
  const bArcsRun = base.executedBranches ?? NONE;
  const bArcsMissed = base.missingBranches ?? NONE;
  const added = change2?.addedLines ?? NONE;
  const deleted = change2?.deletedLines ?? NONE;
  const hCap = hRun.length + hMissed.length;
  const bCap = bRun.length + bMissed.length;
  const arcs = hArcsRun.length + hArcsMissed.length + bArcsRun.length + bArcsMissed.length;
  const lines = head.excludedLines.length + base.excludedLines.length + added.length + deleted.length;
  const needed = 4 * (wasm.input + 6 * hCap + 8 * bCap + 2 * arcs + lines + own.added.length + 16);
  const { memory } = wasm.exports;
  if (growTo(memory, needed)) wasm.words = new Int32Array(memory.buffer);
  const { words } = wasm;
  let at2 = write(words, hRun, wasm.input);
  at2 = write(words, hMissed, at2);
  at2 = write(words, head.excludedLines, at2);
  at2 = write(words, hArcsRun, at2);
  at2 = write(words, hArcsMissed, at2);
  at2 = write(words, bRun, at2);
  at2 = write(words, bMissed, at2);
  at2 = write(words, base.excludedLines, at2);
  at2 = write(words, bArcsRun, at2);
  at2 = write(words, bArcsMissed, at2);
  at2 = write(words, added, at2);
  at2 = write(words, deleted, at2);
  write(words, own.added, at2);
  wasm.exports.compare(
    hRun.length,
    hMissed.length,
    head.excludedLines.length,
    hArcsRun.length,
    hArcsMissed.length,
    bRun.length,
    bMissed.length,
    base.excludedLines.length,
    bArcsRun.length,
    bArcsMissed.length,
    added.length,
    deleted.length,
    own.added.length,
    (change2 ? 1 : 0) | (own.deletes ? 2 : 0)
  );
  const c = wasm.counts;
  const changed = c + CHANGED;
  tallyAdded(tally, {
    coveredLines: words[changed],
    coveredArcs: words[changed + 1],
    coveredArcsRan: words[changed + 2],
    uncoveredLines: words[changed + 3],
    uncoveredArcs: words[changed + 4],
    uncoveredArcsRan: words[changed + 5]
  });
  const counts = {
    lostLines: words[c],
    gainedLines: words[c + 1],
    lostArcs: words[c + 2],
    gainedArcs: words[c + 3],
    deletedRan: words[c + 4],
    deletedMissed: words[c + 5],
    deletedRanArcs: words[c + 6],
    deletedRanArcsRan: words[c + 7],
    deletedMissedArcs: words[c + 8],
    deletedMissedArcsRan: words[c + 9]
  };
  tallyLinesAndArcs(tally, counts);
  tallyDeleted(tally, counts);
  const lostAt = words[c + LOST] >> 2;
  return { lost: Array.from(words.subarray(lostAt, lostAt + words[c + LOST + 1])) };
}

// src/analysis/delta-lines.ts
var sized = (capacity) => ({
  lines: new Int32Array(capacity),
  ran: new Uint8Array(capacity),
  arcs: new Int32Array(capacity),
  arcsRan: new Int32Array(capacity),
  headLine: new Int32Array(capacity),
  size: 0,
  strays: null
});
function fillSide(side, file) {
  const capacity = file.executedLines.length + file.missingLines.length;
  const filled = side.lines.length < capacity ? sized(capacity * 2) : side;
  filled.size = mergeLines(filled, file.executedLines, file.missingLines, file.excludedLines);
  filled.strays = null;
  countArcs(filled, file.executedBranches, 1);
  countArcs(filled, file.missingBranches, 0);
  return filled;
}
function mergeLines(side, run3, missed, excluded) {
  const { lines, ran, arcs, arcsRan } = side;
  let n = 0;
  let i2 = 0;
  let j = 0;
  let x2 = 0;
  while (i2 < run3.length || j < missed.length) {
    const r = i2 < run3.length ? run3[i2] : Number.MAX_SAFE_INTEGER;
    const m = j < missed.length ? missed[j] : Number.MAX_SAFE_INTEGER;
    arcs[n] = 0;
    arcsRan[n] = 0;
    if (m <= r) {
      lines[n] = m;
      ran[n++] = 0;
      j++;
      if (r === m) i2++;
      continue;
    }
    i2++;
    while (x2 < excluded.length && excluded[x2] < r) x2++;
    if (r <= 0 || x2 < excluded.length && excluded[x2] === r) continue;
    lines[n] = r;
    ran[n++] = 1;
  }
  return n;
}
function countArcs(side, arcs, ran) {
  if (!arcs) return;
  const { lines, size } = side;
  let k = 0;
  for (let a = 0; a < arcs.length; a += 2) {
    const from = arcs[a];
    if (k > 0 && lines[k - 1] >= from) k = lowerBound(side, from);
    else while (k < size && lines[k] < from) k++;
    if (k === size || lines[k] !== from) {
      addStray(side, from);
      continue;
    }
    side.arcs[k] = side.arcs[k] + 1;
    side.arcsRan[k] = side.arcsRan[k] + ran;
  }
}
function addStray(side, from) {
  side.strays ??= /* @__PURE__ */ new Map();
  side.strays.set(from, (side.strays.get(from) ?? 0) + 1);
}
function lowerBound(side, line2) {
  const { lines } = side;
  let lo = 0;
  let hi = side.size;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (lines[mid] < line2) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function mapToHead(baseLines, size, deleted, added, into) {
  let d = 0;
  let a = 0;
  for (let k = 0; k < size; k++) {
    const baseLine = baseLines[k];
    while (d < deleted.length && deleted[d] < baseLine) d++;
    if (d < deleted.length && deleted[d] === baseLine) {
      into[k] = 0;
      continue;
    }
    const kept = baseLine - d;
    while (a < added.length && added[a] <= kept + a) a++;
    into[k] = kept + a;
  }
}
function compareFile(tally, head, base, change2, own) {
  const inWasm = compareInWasm(tally, head, base, change2, own);
  if (inWasm) return inWasm;
  const headSide = fillSide(sides.head, head);
  const baseSide = fillSide(sides.base, base);
  sides.head = headSide;
  sides.base = baseSide;
  const lost = [];
  tallyChanged(tally, headSide, own.added);
  if (!change2) {
    if (sameLines(headSide, baseSide)) {
      tallyLinesAndArcs(tally, compareMapped(headSide, baseSide, baseSide.lines, false, lost));
    }
    return { lost };
  }
  mapToHead(
    baseSide.lines,
    baseSide.size,
    change2.deletedLines ?? [],
    change2.addedLines ?? [],
    baseSide.headLine
  );
  const counts = compareMapped(headSide, baseSide, baseSide.headLine, own.deletes, lost);
  tallyLinesAndArcs(tally, counts);
  tallyDeleted(tally, counts);
  return { lost };
}
function compareMapped(head, base, mapped, deletes, lost) {
  const { lines: headLines, ran: headRan, size: headSize } = head;
  const { ran: baseRan, size: baseSize } = base;
  let lostLines = 0;
  let gainedLines = 0;
  let lostArcs = 0;
  let gainedArcs = 0;
  let deletedRan = 0;
  let deletedMissed = 0;
  let deletedRanArcs = 0;
  let deletedRanArcsRan = 0;
  let deletedMissedArcs = 0;
  let deletedMissedArcsRan = 0;
  let h = 0;
  for (let k = 0; k < baseSize; k++) {
    const headLine = mapped[k];
    const ranAtBase = baseRan[k] === 1;
    const arcs = base.arcs[k];
    if (headLine === 0) {
      if (!deletes) continue;
      if (ranAtBase) {
        deletedRan++;
        deletedRanArcs += arcs;
        deletedRanArcsRan += base.arcsRan[k];
      } else {
        deletedMissed++;
        deletedMissedArcs += arcs;
        deletedMissedArcsRan += base.arcsRan[k];
      }
      continue;
    }
    while (h < headSize && headLines[h] < headLine) h++;
    if (h === headSize || headLines[h] !== headLine) continue;
    const ranAtHead = headRan[h] === 1;
    if (ranAtBase && !ranAtHead) {
      lostLines++;
      lost.push(headLine);
    } else if (!ranAtBase && ranAtHead) gainedLines++;
    if (arcs === 0 || head.arcs[h] !== arcs) continue;
    const arcChange = head.arcsRan[h] - base.arcsRan[k];
    if (arcChange < 0) lostArcs += arcChange;
    else gainedArcs += arcChange;
  }
  return {
    lostLines,
    gainedLines,
    lostArcs,
    gainedArcs,
    deletedRan,
    deletedMissed,
    deletedRanArcs,
    deletedRanArcsRan,
    deletedMissedArcs,
    deletedMissedArcsRan
  };
}
function tallyChanged(tally, head, added) {
  let coveredLines = 0;
  let coveredArcs = 0;
  let coveredArcsRan = 0;
  let uncoveredLines = 0;
  let uncoveredArcs = 0;
  let uncoveredArcsRan = 0;
  let h = 0;
  for (let i2 = 0; i2 < added.length; i2++) {
    const line2 = added[i2];
    while (h < head.size && head.lines[h] < line2) h++;
    if (h === head.size) break;
    if (head.lines[h] !== line2) continue;
    if (head.ran[h] === 1) {
      coveredLines++;
      coveredArcs += head.arcs[h];
      coveredArcsRan += head.arcsRan[h];
    } else {
      uncoveredLines++;
      uncoveredArcs += head.arcs[h];
      uncoveredArcsRan += head.arcsRan[h];
    }
  }
  tallyAdded(tally, {
    coveredLines,
    coveredArcs,
    coveredArcsRan,
    uncoveredLines,
    uncoveredArcs,
    uncoveredArcsRan
  });
}
var sides = { head: sized(256), base: sized(256) };
function sameCoverage(a, b) {
  return sameList(a.executedLines, b.executedLines) && sameList(a.missingLines, b.missingLines) && sameList(a.excludedLines, b.excludedLines) && sameArcs(a.executedBranches, b.executedBranches) && sameArcs(a.missingBranches, b.missingBranches);
}
function sameList(x2, y) {
  if (x2.length !== y.length) return false;
  for (let i2 = 0; i2 < x2.length; i2++) if (x2[i2] !== y[i2]) return false;
  return true;
}
function sameArcs(x2, y) {
  return x2 === y || x2 !== null && y !== null && sameList(x2, y);
}
function sameLines(a, b) {
  if (a.size !== b.size || (a.strays?.size ?? 0) !== (b.strays?.size ?? 0)) return false;
  for (let k = 0; k < a.size; k++) {
    if (a.lines[k] !== b.lines[k] || a.arcs[k] !== b.arcs[k]) return false;
  }
  for (const [line2, arcs] of a.strays ?? []) if (b.strays?.get(line2) !== arcs) return false;
  return true;
}

// src/analysis/delta-parts.ts
var DELTA_PART_NAMES = [
  "changed-covered",
  "changed-uncovered",
  "deleted-covered",
  "deleted-uncovered",
  "lost-coverage",
  "gained-coverage",
  "files-added",
  "files-removed",
  "not-in-diff"
];
function groupRanges(lines) {
  const ranges = [];
  for (const line2 of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line2 === last[1] + 1) last[1] = line2;
    else ranges.push([line2, line2]);
  }
  return ranges;
}
function emptyTally() {
  const tally = {};
  for (const name of DELTA_PART_NAMES)
    tally[name] = { statements: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  return tally;
}
function addWhole(tally, name, file, sign) {
  const into = sign === 1 ? add : subtract;
  into(tally[name].statements, file.covered, file.statements);
  into(tally[name].branches, file.coveredBranches ?? 0, file.branches ?? 0);
}
function byPath(changes) {
  const remaining = /* @__PURE__ */ new Map();
  const deleted = /* @__PURE__ */ new Set();
  for (const change2 of changes) {
    if (change2.status === "deleted") deleted.add(change2.path);
    else remaining.set(change2.path, change2);
  }
  return { remaining, deleted };
}
function explainDelta(input) {
  const { head, base } = input;
  const tally = emptyTally();
  const own = byPath(input.changes ?? []);
  const mapping = input.baselineChanges ? byPath(input.baselineChanges) : own;
  const comparedBase = new Set(input.renamedFrom.values());
  const lost = /* @__PURE__ */ new Map();
  for (const file of head.files.values()) {
    const baseFile = base.files.get(input.renamedFrom.get(file.path) ?? file.path);
    const ownChange = own.remaining.get(file.path);
    if (!baseFile) {
      addWhole(tally, ownChange?.status === "added" ? "files-added" : "not-in-diff", file, 1);
      continue;
    }
    const change2 = mapping.remaining.get(file.path) ?? null;
    if (!change2 && !ownChange && sameCoverage(file, baseFile)) continue;
    const compared = compareFile(tally, file, baseFile, change2, {
      added: ownChange?.addedLines ?? [],
      deletes: ownChange !== void 0
    });
    if (compared.lost.length) lost.set(file.path, compared.lost);
  }
  for (const file of base.files.values()) {
    if (head.files.has(file.path) || comparedBase.has(file.path)) continue;
    addWhole(tally, own.deleted.has(file.path) ? "files-removed" : "not-in-diff", file, -1);
  }
  const statements = { covered: 0, total: 0 };
  const branches = { covered: 0, total: 0 };
  for (const name of DELTA_PART_NAMES) {
    if (name === "not-in-diff") continue;
    add(statements, tally[name].statements.covered, tally[name].statements.total);
    add(branches, tally[name].branches.covered, tally[name].branches.total);
  }
  const stmtChange = {
    covered: input.headStatements.covered - input.baseStatements.covered,
    total: input.headStatements.total - input.baseStatements.total
  };
  const residue = tally["not-in-diff"];
  residue.statements.covered = stmtChange.covered - statements.covered;
  residue.statements.total = stmtChange.total - statements.total;
  residue.branches.covered = input.headTotals.covered - input.baseTotals.covered - stmtChange.covered - branches.covered;
  residue.branches.total = input.headTotals.total - input.baseTotals.total - stmtChange.total - branches.total;
  const { covered: c, total: t } = input.baseTotals;
  const headTotal = input.headTotals.total;
  const p = t > 0 ? c / t : 1;
  const parts = DELTA_PART_NAMES.map((name) => {
    const s = tally[name].statements;
    const b = tally[name].branches;
    const covered = s.covered + (input.branches ? b.covered : 0);
    const total = s.total + (input.branches ? b.total : 0);
    const points3 = headTotal > 0 ? 100 * (covered - p * total) / headTotal : name === "not-in-diff" ? 100 - 100 * p : 0;
    return { part: name, statements: s, ...input.branches ? { branches: b } : {}, points: points3 };
  });
  const lostCoverage = [...lost].map(([path2, lines]) => ({ path: path2, ranges: groupRanges(lines), lines: lines.length })).sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    parts: {
      basis: input.branches ? "statements-and-branches" : "statements",
      parts,
      lostCoverage
    },
    lost
  };
}

// src/render/format.ts
var percentText = (value, precision, rounding2 = "half-even") => `${displayPercent(value, precision, rounding2)}%`;
var deltaText = (value, precision) => displayDelta(value, precision);
var countText = (value) => Number.isSafeInteger(value) ? groupThousands(value) : value.toLocaleString("en-US");
function countUnit(result) {
  if (result.format !== "coverage.py") return "lines";
  const mixed = result.files.some((f) => f.format !== void 0 && f.format !== "coverage.py");
  return mixed ? "statements and lines" : "statements";
}
var counted = (value, noun, plural = `${noun}s`) => `${countText(value)} ${value === 1 ? noun : plural}`;
var testedFiles = (count3) => count3 === 1 ? "this file" : `these ${counted(count3, "file")}`;
function lineRanges(lines, limit = Number.POSITIVE_INFINITY, dash = "\u2013") {
  const ranges = groupRanges(lines);
  const shown = ranges.slice(0, limit).map(([a, b]) => a === b ? `${a}` : `${a}${dash}${b}`);
  if (ranges.length > limit) shown.push(`+${ranges.length - limit} more`);
  return shown.join(", ");
}
function code(text3) {
  const flat = escapePipes(showBidiControls(text3.replace(/[\r\n\t]+/g, " ")));
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function escapePipes(text3) {
  return text3.replace(
    /(\\*)\|/g,
    (_, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}\\\\|`
  );
}
function inert(text3) {
  return showBidiControls(text3).replace(/[\r\n]+/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~:]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@\u2060");
}
function showBidiControls(text3) {
  return text3.replace(
    /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`
  );
}
function shortSha(sha) {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : null;
}

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i2 = 0;
  function isGitDiffHeader(line2) {
    return /^diff --git /.test(line2);
  }
  function isDiffHeader(line2) {
    return isGitDiffHeader(line2) || /^Index:\s/.test(line2) || /^diff(?: -r \w+)+\s/.test(line2);
  }
  function isFileHeader(line2) {
    return /^(---|\+\+\+)\s/.test(line2);
  }
  function isHunkHeader(line2) {
    return /^@@\s/.test(line2);
  }
  function parseIndex() {
    var _a2;
    const index = {};
    index.hunks = [];
    list.push(index);
    let seenDiffHeader = false;
    while (i2 < diffstr.length) {
      const line2 = diffstr[i2];
      if (isFileHeader(line2) || isHunkHeader(line2)) {
        break;
      }
      if (isGitDiffHeader(line2)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        index.isGit = true;
        const paths = parseGitDiffHeader(line2);
        if (paths) {
          index.oldFileName = paths.oldFileName;
          index.newFileName = paths.newFileName;
        }
        i2++;
        while (i2 < diffstr.length) {
          const extLine = diffstr[i2];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine)) {
            break;
          }
          const renameFromMatch = /^rename from (.*)/.exec(extLine);
          if (renameFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]);
            index.isRename = true;
          }
          const renameToMatch = /^rename to (.*)/.exec(extLine);
          if (renameToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]);
            index.isRename = true;
          }
          const copyFromMatch = /^copy from (.*)/.exec(extLine);
          if (copyFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]);
            index.isCopy = true;
          }
          const copyToMatch = /^copy to (.*)/.exec(extLine);
          if (copyToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]);
            index.isCopy = true;
          }
          const newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          if (newFileModeMatch) {
            index.isCreate = true;
            index.newMode = newFileModeMatch[1];
          }
          const deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          if (deletedFileModeMatch) {
            index.isDelete = true;
            index.oldMode = deletedFileModeMatch[1];
          }
          const oldModeMatch = /^old mode (\d+)/.exec(extLine);
          if (oldModeMatch) {
            index.oldMode = oldModeMatch[1];
          }
          const newModeMatch = /^new mode (\d+)/.exec(extLine);
          if (newModeMatch) {
            index.newMode = newModeMatch[1];
          }
          if (/^Binary files /.test(extLine)) {
            index.isBinary = true;
          }
          i2++;
        }
        continue;
      } else if (isDiffHeader(line2)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line2);
        if (headerMatch) {
          index.index = line2.substring(headerMatch[0].length).trim();
        }
      }
      i2++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    if (index.oldFileName === void 0 !== (index.newFileName === void 0)) {
      throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a2 = index.oldFileName) !== null && _a2 !== void 0 ? _a2 : index.newFileName));
    }
    while (i2 < diffstr.length) {
      const line2 = diffstr[i2];
      if (isDiffHeader(line2) || isFileHeader(line2) || /^===================================================================/.test(line2)) {
        break;
      } else if (isHunkHeader(line2)) {
        index.hunks.push(parseHunk());
      } else {
        i2++;
      }
    }
  }
  function parseGitDiffHeader(line2) {
    const rest = line2.substring("diff --git ".length);
    if (rest.startsWith('"')) {
      const oldPath = parseQuotedFileName(rest);
      if (oldPath === null) {
        return null;
      }
      const afterOld = rest.substring(oldPath.rawLength + 1);
      let newFileName;
      if (afterOld.startsWith('"')) {
        const newPath = parseQuotedFileName(afterOld);
        if (newPath === null) {
          return null;
        }
        newFileName = newPath.fileName;
      } else {
        newFileName = afterOld;
      }
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    const quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      const oldFileName = rest.substring(0, quoteIdx - 1);
      const newPath = parseQuotedFileName(rest.substring(quoteIdx));
      if (newPath === null) {
        return null;
      }
      return {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      const splits = [];
      let idx = 0;
      while (true) {
        idx = rest.indexOf(" b/", idx + 1);
        if (idx === -1) {
          break;
        }
        splits.push(idx);
      }
      if (splits.length > 0) {
        const mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      const parsed = parseQuotedFileName(s);
      if (parsed) {
        return parsed.fileName;
      }
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"')) {
      return null;
    }
    let result = "";
    let j = 1;
    while (j < s.length) {
      if (s[j] === '"') {
        return { fileName: result, rawLength: j + 1 };
      }
      if (s[j] === "\\" && j + 1 < s.length) {
        j++;
        switch (s[j]) {
          case "a":
            result += "\x07";
            break;
          case "b":
            result += "\b";
            break;
          case "f":
            result += "\f";
            break;
          case "n":
            result += "\n";
            break;
          case "r":
            result += "\r";
            break;
          case "t":
            result += "	";
            break;
          case "v":
            result += "\v";
            break;
          case "\\":
            result += "\\";
            break;
          case '"':
            result += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7") {
              return null;
            }
            const bytes = [parseInt(s.substring(j, j + 3), 8)];
            j += 3;
            while (s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7") {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7") {
                return null;
              }
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8));
              j += 4;
            }
            result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      } else {
        result += s[j];
      }
      j++;
    }
    return null;
  }
  function parseFileHeader(index) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i2]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i2].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0];
      if (fileName.startsWith('"')) {
        fileName = unquoteIfQuoted(fileName);
      } else {
        fileName = fileName.replace(/\\\\/g, "\\");
      }
      if (prefix === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i2++;
    }
  }
  function parseHunk() {
    var _a2;
    const chunkHeaderIndex = i2, chunkHeaderLine = diffstr[i2++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i2 < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a2 = diffstr[i2]) === null || _a2 === void 0 ? void 0 : _a2.startsWith("\\"))); i2++) {
      const operation = diffstr[i2].length == 0 && i2 != diffstr.length - 1 ? " " : diffstr[i2][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i2]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i2]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (i2 < diffstr.length && diffstr[i2] && /^[+ -]/.test(diffstr[i2]) && !isFileHeader(diffstr[i2])) {
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    }
    return hunk;
  }
  while (i2 < diffstr.length) {
    parseIndex();
  }
  return list;
}

// src/report/path-notes.ts
function describeRoot(count3, first, root, relative2, learnt) {
  const keys = relative2 ? counted2(count3, "relative key") : `${counted2(count3, "absolute key")} from another machine`;
  const dropped = first.slice(0, root.strip).join("/");
  const change2 = [
    ...root.strip ? [`${JSON.stringify(`${relative2 ? "" : "/"}${dropped}/`)} dropped`] : [],
    ...root.add.length ? [`${JSON.stringify(`${root.add.join("/")}/`)} put in front`] : []
  ];
  const how = change2.length ? change2.join(", ") : "read from the repository root";
  const why = learnt ? `learnt from ${counted2(root.confirmed, "file")} of the checkout` : "no checkout file confirms a root";
  return `${keys}: ${how} (${why})`;
}
function counted2(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function unconfirmedRootNote(source, example) {
  return `${source}: its paths are from another machine and no file of the checkout confirms where they belong here, so they read as ${JSON.stringify(example)} and the like. Set path-prefix if that is wrong.`;
}

// src/report/path-roots.ts
function commonDepth(keys) {
  const first = keys[0] ?? [];
  let depth = first.length - 1;
  for (const parts of keys) {
    let i2 = 0;
    while (i2 < depth && i2 < parts.length - 1 && parts[i2] === first[i2]) i2++;
    depth = i2;
  }
  return Math.max(depth, 0);
}
function indexByName(files) {
  const paths = /* @__PURE__ */ new Map();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    const list = paths.get(name);
    if (list) list.push(file);
    else paths.set(name, [file]);
  }
  return { paths, split: /* @__PURE__ */ new Map() };
}
function filesNamed(index, name) {
  let split = index.split.get(name);
  if (!split) {
    split = (index.paths.get(name) ?? []).map((path2) => path2.split("/"));
    index.split.set(name, split);
  }
  return split;
}
function sharedTail(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function onReportsLine(dir, reportDir) {
  if (!reportDir) return true;
  const n = Math.min(dir.length, reportDir.length);
  for (let i2 = 0; i2 < n; i2++) if (dir[i2] !== reportDir[i2]) return false;
  return true;
}
var holdsReport = (folder, dir) => !!dir && folder.length > 0 && folder.length <= dir.length && folder.every((p, i2) => p === dir[i2]);
var LEARNING_SAMPLE = 4e3;
var sampleStep = (count3) => Math.ceil(count3 / LEARNING_SAMPLE);
var indexes = /* @__PURE__ */ new WeakMap();
function learnRoot(keys, checkoutFiles, options) {
  if (keys.length === 0 || checkoutFiles.size === 0) return null;
  let index = indexes.get(checkoutFiles);
  if (!index) {
    index = indexByName(checkoutFiles);
    indexes.set(checkoutFiles, index);
  }
  const maxStrip = commonDepth(keys);
  const votes = /* @__PURE__ */ new Map();
  const step = sampleStep(keys.length);
  for (let k = 0; k < keys.length; k += step) {
    const parts = keys[k];
    const seen = /* @__PURE__ */ new Set();
    for (const file of filesNamed(index, parts[parts.length - 1])) {
      const tail = sharedTail(parts, file);
      let candidate = null;
      const add2 = file.slice(0, file.length - tail);
      if (tail === parts.length && options.mayAdd && onReportsLine(add2, options.reportDir))
        candidate = { strip: 0, add: add2, confirmed: 0 };
      else if (parts.length - tail <= maxStrip && (tail === file.length || !options.mayAdd && holdsReport(add2, options.reportDir)))
        candidate = { strip: parts.length - tail, add: add2, confirmed: 0 };
      if (!candidate) continue;
      const id = `${candidate.strip}:${candidate.add.join("/")}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const known = votes.get(id) ?? candidate;
      known.confirmed++;
      votes.set(id, known);
    }
  }
  const reportDir = options.reportDir?.join("/") ?? null;
  const ranked = [...votes.values()].sort(
    (a, b) => b.confirmed - a.confirmed || Number(b.add.join("/") === reportDir) - Number(a.add.join("/") === reportDir) || a.strip - b.strip || a.add.length - b.add.length
  );
  const [best, next] = ranked;
  if (!best) return null;
  if (next && next.confirmed === best.confirmed && next.add.join("/") === reportDir === (best.add.join("/") === reportDir) && next.strip === best.strip && next.add.length === best.add.length)
    return null;
  return best;
}
function confirmedAsIs(keys) {
  return { strip: 0, add: [], confirmed: Math.ceil(keys / sampleStep(keys)) };
}

// src/report/paths.ts
var DRIVE = /^[A-Za-z]:\//;
var DRIVE_OR_UNC = /^([A-Za-z]:[\\/]|\\\\)/;
function toSlashes(path2) {
  return path2.replace(/\\/g, "/");
}
function isWindowsReport(keys, checkoutFiles = /* @__PURE__ */ new Set()) {
  if (keys.some((k) => DRIVE_OR_UNC.test(k))) return true;
  const withBackslash = keys.filter((k) => k.includes("\\"));
  if (withBackslash.length === 0 || keys.some((k) => k.includes("/"))) return false;
  return !withBackslash.some((k) => checkoutFiles.has(k));
}
function cleanPath(path2, windows = true) {
  return joinedSegments(windows ? toSlashes(path2) : path2);
}
var UNCLEAN = /(?:^|\/)\.{0,2}(?:\/|$)/;
function joinedSegments(slashed) {
  return UNCLEAN.test(slashed) ? segments(slashed).join("/") : slashed;
}
function segments(slashed) {
  const out = [];
  for (const part of slashed.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out;
}
function withTrailingSlash(dir) {
  const d = toSlashes(dir).replace(/\/+$/, "");
  return `${d}/`;
}
function sameStart(path2, prefix) {
  if (DRIVE.test(prefix) && DRIVE.test(path2)) {
    return path2.slice(0, 2).toLowerCase() === prefix.slice(0, 2).toLowerCase() && path2.startsWith(prefix.slice(2), 2);
  }
  return path2.startsWith(prefix);
}
function parsePathPrefix(value) {
  const arrow = value.indexOf("=>");
  if (arrow === -1) return { strip: value.trim(), add: "" };
  return { strip: value.slice(0, arrow).trim(), add: cleanPath(value.slice(arrow + 2).trim()) };
}
function normaliseReport(report, options) {
  const keys = [...report.files.keys()];
  const {
    paths: mapped,
    roots,
    unconfirmed
  } = report.repositoryPaths ? {
    paths: keys.map((key) => cleanPath(key, false)),
    roots: ["keys are repository paths already (recorded by this tool)"]
  } : learnPaths(keys, options);
  const files = /* @__PURE__ */ new Map();
  const firstKey = /* @__PURE__ */ new Map();
  keys.forEach((key, i2) => {
    const path2 = mapped[i2];
    const earlier = firstKey.get(path2);
    if (earlier !== void 0) {
      throw new InputError(
        report.source,
        `${JSON.stringify(earlier)} and ${JSON.stringify(key)} both normalise to ${JSON.stringify(path2)}; a report must name each file once`
      );
    }
    if (path2 === "")
      throw new InputError(report.source, `${JSON.stringify(key)} is not a file path`);
    firstKey.set(path2, key);
    const file = report.files.get(key);
    files.set(path2, { ...file, path: path2, reportPath: file.reportPath });
  });
  return {
    ...report,
    files,
    pathRoots: roots.map((root) => `${report.source}: ${root}`),
    ...unconfirmed ? { notes: [...report.notes ?? [], unconfirmedRootNote(report.source, unconfirmed)] } : {}
  };
}
function pathsConfirmingKeys(keys, options) {
  if (options.pathPrefix || options.reportDir !== void 0 && options.reportDir !== "") {
    return null;
  }
  const workspace = withTrailingSlash(options.workspace);
  const relative2 = [];
  for (const key of keys) {
    if (key.includes("\\") || DRIVE.test(key)) return null;
    if (!key.startsWith("/")) relative2.push(key);
    else if (!sameStart(key, workspace)) return null;
  }
  const step = sampleStep(relative2.length);
  const sample = [];
  for (let k = 0; k < relative2.length; k += step) {
    const path2 = joinedSegments(relative2[k]);
    if (path2 === "" || path2 === ".." || path2.startsWith("../")) return null;
    sample.push(path2);
  }
  return sample;
}
function keyParts(slashed) {
  return segments(slashed.replace(DRIVE, ""));
}
function learnPaths(keys, options) {
  const checkout = options.checkoutFiles ?? /* @__PURE__ */ new Set();
  const windows = isWindowsReport(keys, checkout);
  const slashed = keys.map((k) => windows ? toSlashes(k) : k);
  if (options.pathPrefix) {
    return {
      paths: applyRule(slashed, parsePathPrefix(options.pathPrefix), windows),
      roots: [`path-prefix ${JSON.stringify(options.pathPrefix)} applied (no root learnt)`]
    };
  }
  const workspace = withTrailingSlash(options.workspace);
  const out = slashed.map(
    (p) => isAbsoluteKey(p, windows) && sameStart(p, workspace) ? joinedSegments(p.slice(workspace.length)) : null
  );
  const relative2 = [];
  const foreign = [];
  slashed.forEach((p, i2) => {
    if (out[i2] !== null) return;
    (isAbsoluteKey(p, windows) ? foreign : relative2).push(i2);
  });
  const roots = [];
  let unconfirmed;
  const inWorkspace = out.filter((p) => p !== null).length;
  if (inWorkspace) roots.push(`${counted2(inWorkspace, "absolute key")} under the workspace`);
  const reportDir = options.reportDir === void 0 ? null : segments(options.reportDir);
  for (const [group, mayAdd] of [
    [relative2, true],
    [foreign, false]
  ]) {
    if (group.length === 0) continue;
    if (mayAdd && options.keysConfirmed) {
      for (const index of group) out[index] = joinedSegments(slashed[index]);
      roots.push(describeRoot(group.length, [], confirmedAsIs(group.length), true, true));
      continue;
    }
    const split = group.map((i2) => keyParts(slashed[i2]));
    const fallback = { strip: mayAdd ? 0 : commonDepth(split), add: [], confirmed: 0 };
    const learnt = learnRoot(split, checkout, { mayAdd, reportDir });
    const root = learnt ?? fallback;
    const asIs = root.strip === 0 && root.add.length === 0;
    group.forEach((index, j) => {
      const parts = split[j];
      out[index] = asIs ? parts.join("/") : [...root.add, ...parts.slice(root.strip)].join("/");
    });
    roots.push(describeRoot(split.length, split[0] ?? [], root, mayAdd, learnt !== null));
    if (!mayAdd && learnt === null) unconfirmed = out[group[0]];
  }
  return { paths: out, roots, ...unconfirmed === void 0 ? {} : { unconfirmed } };
}
function isAbsoluteKey(slashed, windows) {
  return slashed.startsWith("/") || windows && DRIVE.test(slashed);
}
function applyRule(slashed, rule, windows) {
  const prefix = rule.strip ? withTrailingSlash(windows ? toSlashes(rule.strip) : rule.strip) : "";
  const add2 = rule.add ? segments(rule.add) : [];
  return slashed.map((p) => {
    const rest = prefix && sameStart(p, prefix) ? p.slice(prefix.length) : p;
    return [...add2, ...segments(rest.replace(DRIVE, ""))].join("/");
  });
}

// src/analysis/diff.ts
function remainingFiles(changes) {
  return changes.filter((change2) => change2.status !== "deleted");
}
function stripSide(name, side) {
  if (!name || name === "/dev/null") return null;
  let n = name;
  if (n.startsWith('"') && n.endsWith('"')) n = JSON.parse(n);
  if (n.startsWith(side)) n = n.slice(2);
  return cleanPath(n, false);
}
function parseUnifiedDiff(text3, source) {
  if (text3.trim() === "") return [];
  const byPath3 = /* @__PURE__ */ new Map();
  let headers = false;
  let start2 = 0;
  while (start2 < text3.length) {
    const next = text3.indexOf("\ndiff --git ", start2);
    const end = next === -1 ? text3.length : next + 1;
    let patches;
    try {
      patches = parsePatch(text3.slice(start2, end));
    } catch {
      throw new InputError(source, `is not a unified diff: ${wholeDiffError(text3)}`);
    }
    for (const patch of patches) {
      if (patch.newFileName || patch.oldFileName || patch.hunks.length > 0) headers = true;
      addPatch(byPath3, patch);
    }
    start2 = end;
  }
  if (!headers) throw new InputError(source, "is not a unified diff (no file headers found)");
  return [...byPath3.values()];
}
function wholeDiffError(text3) {
  try {
    parsePatch(text3);
  } catch (error2) {
    return describeError(error2);
  }
  return "jsdiff could not read one of its sections";
}
function addPatch(byPath3, patch) {
  const newPath = stripSide(patch.newFileName, "b/");
  const previous = stripSide(patch.oldFileName, "a/");
  const path2 = newPath ?? previous;
  if (path2 === null) return;
  const added = [];
  const deleted = [];
  for (const hunk of patch.hunks) hunkLines(hunk, added, deleted);
  const status = newPath === null ? "deleted" : previous === null ? "added" : previous !== path2 ? "renamed" : "modified";
  const key = `${status === "deleted" ? "-" : "+"}${path2}`;
  const existing = byPath3.get(key);
  if (existing) {
    existing.addedLines = unionSorted(existing.addedLines, sortedUnique(added));
    existing.deletedLines = unionSorted(existing.deletedLines ?? [], sortedUnique(deleted));
  } else {
    byPath3.set(key, {
      path: path2,
      previousPath: status === "renamed" ? previous : null,
      status,
      // git writes hunks in order; a hand-made diff need not.
      addedLines: sortedUnique(added),
      deletedLines: sortedUnique(deleted)
    });
  }
}
function hunkLines(hunk, added, deleted) {
  const { lines } = hunk;
  let line2 = hunk.newStart;
  let old = hunk.oldStart;
  for (let i2 = 0; i2 < lines.length; i2++) {
    const mark = lines[i2].charCodeAt(0);
    if (mark === PLUS) added.push(line2++);
    else if (mark === MINUS) deleted.push(old++);
    else if (mark === SPACE) {
      line2++;
      old++;
    }
  }
}
var PLUS = 43;
var MINUS = 45;
var SPACE = 32;

// src/flow/changes.ts
init_git();
async function gitDiff(workspace, base, head, range) {
  if (range === "merge-base") await git(workspace, ["merge-base", base, head]);
  return git(workspace, [
    "-c",
    "core.quotePath=false",
    "diff",
    "--no-color",
    "--no-ext-diff",
    // Whatever the user's diff.noprefix / diff.mnemonicPrefix say.
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "-M",
    range === "merge-base" ? `${base}...${head}` : `${base}..${head}`
  ]);
}
async function compareDiff(client, repo, base, head) {
  const response = await client.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    mediaType: { format: "diff" }
  });
  return String(response.data);
}
async function readChanges(client, query) {
  const range = query.range ?? "merge-base";
  try {
    const text3 = await gitDiff(query.workspace, query.baseSha, query.headSha, range);
    return { changes: parseUnifiedDiff(text3, "git diff"), how: "local git diff" };
  } catch (error2) {
    info(`Local git diff unavailable (${describeError(error2)}); asking the API`);
  }
  if (client && range === "direct" && query.repo) {
    try {
      const text3 = await compareDiff(client, query.repo, query.baseSha, query.headSha);
      return {
        changes: parseUnifiedDiff(text3, "the compare diff"),
        how: `the API compare of ${query.baseSha.slice(0, 7)}...${query.headSha.slice(0, 7)}`
      };
    } catch (error2) {
      info(`The API compare diff is unavailable (${describeError(error2)})`);
    }
  }
  const shifted = await readPullChanges(client, query);
  if (range === "direct" && shifted.changes && query.pull) {
    const note = "The changed lines come from the pull request's diff, in its head's line numbers; where the base branch moved since the PR branched off, patch coverage and annotations may point at other lines.";
    return { ...shifted, note: shifted.note ? `${note} ${shifted.note}` : note };
  }
  return shifted;
}
async function readPullChanges(client, query) {
  if (!client || !query.pull) {
    return {
      changes: null,
      how: "none",
      note: "The changed lines could not be read (the checkout has no history for the diff), so patch coverage and annotations are skipped. Check out with `fetch-depth: 0`."
    };
  }
  const pull = { owner: query.pull.owner, repo: query.pull.repo, pull_number: query.pull.number };
  try {
    const response = await client.rest.pulls.get({ ...pull, mediaType: { format: "diff" } });
    const text3 = response.data;
    return {
      changes: parseUnifiedDiff(String(text3), "the pull request diff"),
      how: "the API diff"
    };
  } catch (error2) {
    info(`The API diff is unavailable (${describeError(error2)}); reading the files list`);
  }
  try {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...pull, per_page: 100 });
    const parts = [];
    let withoutPatch = 0;
    for (const file of files) {
      if (file.status === "removed") continue;
      if (!file.patch) {
        withoutPatch++;
        continue;
      }
      const previous = file.previous_filename ?? file.filename;
      parts.push(
        `diff --git a/${previous} b/${file.filename}
--- a/${previous}
+++ b/${file.filename}
${file.patch}
`
      );
    }
    const changes = parts.length ? parseUnifiedDiff(parts.join(""), "the pull request files") : [];
    const outcome2 = { changes, how: "the API files list" };
    if (withoutPatch > 0) {
      outcome2.note = `${counted(withoutPatch, "changed file")} had no patch in the API's files list (binary or too large); ${withoutPatch === 1 ? "its" : "their"} lines are not in patch coverage.`;
    }
    return outcome2;
  } catch (error2) {
    const status = statusOf(error2);
    return {
      changes: null,
      how: "none",
      note: `The changed lines could not be read (${status ? `API answered ${status}` : describeError(error2)}), so patch coverage and annotations are skipped.`
    };
  }
}
async function readBaselineChanges(workspace, baselineCommit, measuredCommit) {
  try {
    const text3 = await gitDiff(workspace, baselineCommit, measuredCommit, "direct");
    return parseUnifiedDiff(text3, "git diff");
  } catch (error2) {
    info(`The diff from the baseline's commit is unavailable (${describeError(error2)})`);
    return null;
  }
}

// src/flow/check-plan.ts
var import_node_path4 = require("node:path");

// src/render/components.ts
var FOLD_AFTER = 10;
function gatesOf(result, name) {
  const prefix = `component:${name}:`;
  return result.gates.filter((gate2) => gate2.name.startsWith(prefix));
}
function orderedComponents(result) {
  const rows = result.components ?? [];
  return [...rows.filter((row) => !row.passed), ...rows.filter((row) => row.passed)];
}
function componentGateLabel(name, labels) {
  const match = /^component:(.+):([^:]+)$/.exec(name);
  if (!match) return null;
  const [, component = "", gate2 = ""] = match;
  return `${inert(component)} \xB7 ${labels[gate2] ?? inert(gate2)}`;
}
function cells(row, result) {
  const p = result.precision;
  const r = row.rounding ?? result.rounding;
  if (row.files === 0) return ["no file", "", ""];
  const delta = row.delta === null ? "" : `${deltaText(row.delta, p)} pp`;
  const patch = !row.patch ? "" : row.patch.percent === null ? "n/a" : `${percentText(row.patch.percent, p, r)} (${countText(row.patch.covered)}/${countText(row.patch.lines)})`;
  return [percentText(row.percent, p, r), delta, patch];
}
function marks(result, row) {
  return gatesOf(result, row.name).map((gate2) => {
    const name = gate2.name.slice(`component:${row.name}:`.length);
    const icon = gate2.skipped ? "\u2796" : gate2.passed ? "\u2705" : gate2.informational ? "\u26A0\uFE0F" : "\u274C";
    return `${icon} ${name}`;
  }).join(" ");
}
function renderComponentsMarkdown(result) {
  const rows = orderedComponents(result);
  if (rows.length === 0) return "";
  const lines = [
    "| Component | Coverage | \u0394 | Patch | Gates |",
    "|---|---:|---:|---:|---|",
    ...rows.map((row) => {
      const [coverage, delta, patch] = cells(row, result);
      return `| ${inert(row.name)} | ${coverage} | ${delta} | ${patch} | ${marks(result, row)} |`;
    })
  ];
  const table = lines.join("\n");
  if (rows.length <= FOLD_AFTER) return `**Components**

${table}
`;
  const failing = rows.filter((row) => !row.passed).length;
  return `<details${failing ? " open" : ""}><summary><b>Components</b> (${rows.length}${failing ? `, ${failing} failing` : ""})</summary>

${table}

</details>
`;
}

// src/analysis/select.ts
function firstSorted(items, k, compare) {
  if (k <= 0) return [];
  const heap = [];
  const worse = (i2, j) => compare(heap[i2], heap[j]) > 0;
  const swap = (i2, j) => {
    const t = heap[i2];
    heap[i2] = heap[j];
    heap[j] = t;
  };
  const siftDown = (start2) => {
    let i2 = start2;
    for (; ; ) {
      const l = 2 * i2 + 1;
      const r = l + 1;
      let top = i2;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i2) return;
      swap(i2, top);
      i2 = top;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i2 = heap.length - 1; i2 > 0; ) {
        const parent = i2 - 1 >> 1;
        if (!worse(i2, parent)) break;
        swap(i2, parent);
        i2 = parent;
      }
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}

// src/render/tables.ts
function fitTable(measure, room, header, rows, total, rest) {
  let used = measure(header) + measure(rest(total)) + 4;
  const kept = [];
  for (const row of rows) {
    const size = measure(row) + 1;
    if (used + size > room) break;
    kept.push(row);
    used += size;
  }
  if (kept.length === 0) return "";
  const left = total - kept.length;
  return `${header}
${kept.join("\n")}${left > 0 ? `

${rest(left)}` : ""}
`;
}
function* lazily(items, format) {
  let i2 = 0;
  for (const item of items) yield format(item, i2++);
}
function patchCell(row, p, r) {
  if (row.patchLines === 0) return "\u2014";
  return `${percentText(100 * row.patchCovered / row.patchLines, p, r)} (${countText(row.patchCovered)}/${countText(row.patchLines)})`;
}
function renderChangedFiles(result, measure, room) {
  if (!result.patch) return "";
  const p = result.precision;
  const r = result.rounding;
  const changed = result.files.filter((f) => f.changed);
  if (changed.length === 0) return "";
  const title = `Files changed in this PR (${countText(changed.length)})`;
  const folded = changed.length > 15;
  const open3 = folded ? `<details><summary>${title}</summary>

` : `#### ${title}

`;
  const close2 = folded ? "\n</details>\n" : "";
  const table = fitTable(
    measure,
    room - measure(open3) - measure(close2),
    "| File | Coverage | \u0394 | Changed lines covered | Not covered |\n|:--|--:|--:|--:|:--|",
    lazily(
      changed,
      (row) => `| ${code(row.path)} | ${percentText(row.percent, p, row.rounding ?? r)} | ${row.delta === null ? "new" : deltaText(row.delta, p)} | ${patchCell(row, p, row.rounding ?? r)} | ${row.patchMissing.length ? lineRanges(row.patchMissing, 8) : ""} |`
    ),
    changed.length,
    (left) => `\u2026and ${counted(left, "more changed file")} (see the job summary).`
  );
  if (!table)
    return `_${counted(changed.length, "file")} changed in this PR; see the job summary._
`;
  return `${open3}${table}${close2}`;
}
var MIN_ROW_LENGTH = 20;
function movedVisibly(row, p, r) {
  if (row.delta === null || row.basePercent === null) return false;
  if (displayPercent(row.basePercent, p, r) === displayPercent(row.percent, p, r)) return false;
  return deltaText(row.delta, p) !== deltaText(0, p);
}
function renderOtherChanges(result, measure, room) {
  const p = result.precision;
  const r = result.rounding;
  const moved = result.files.filter((f) => !f.changed && movedVisibly(f, p, f.rounding ?? r));
  const added = result.files.filter((f) => !f.changed && f.basePercent === null && result.base);
  const total = moved.length + added.length + result.removedFiles.length;
  if (total === 0) return "";
  const fits2 = Math.max(0, Math.floor(room / MIN_ROW_LENGTH));
  const biggest = firstSorted(
    moved,
    fits2,
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.path < b.path ? -1 : 1)
  );
  function* rows() {
    for (const f of biggest)
      yield `| ${code(f.path)} | ${percentText(f.basePercent, p, f.rounding ?? r)} | ${percentText(f.percent, p, f.rounding ?? r)} | ${deltaText(f.delta, p)} |`;
    for (const f of added.slice(0, fits2))
      yield `| ${code(f.path)} | new | ${percentText(f.percent, p, f.rounding ?? r)} | |`;
    for (const f of result.removedFiles.slice(0, fits2))
      yield `| ${code(f.path)} | ${percentText(f.basePercent, p, r)} | removed | |`;
  }
  const summary2 = `Coverage changed in ${counted(total, "other file")}`;
  const open3 = `<details><summary>${summary2}</summary>

`;
  const close2 = "\n</details>\n";
  const table = fitTable(
    measure,
    room - measure(open3) - measure(close2),
    "| File | Base | Now | \u0394 |\n|:--|--:|--:|--:|",
    rows(),
    total,
    (left) => `\u2026and ${countText(left)} more.`
  );
  return table ? `${open3}${table}${close2}` : `_${summary2}; see the job summary._
`;
}
function renderImpact(result, measure, room) {
  const p = result.precision;
  const r = result.rounding;
  const s = result.impactSummary;
  if (result.impact.length === 0) return "";
  const intro = [
    "#### \u{1F3AF} Test these next",
    "",
    `Testing ${testedFiles(s.files)} to ${s.target}% adds **~${s.gain.toFixed(p)} pp** (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`,
    ""
  ].join("\n");
  const unit = { statements: "Statements", lines: "Lines", "statements and lines": "Size" }[countUnit(result)];
  const notes = [];
  if (result.impact.some((e) => e.changed)) notes.push("\u270F\uFE0F this PR changes the file.");
  if (s.more > 0) notes.push(`${counted(s.more, "more file")} qualify.`);
  const folders = s.folders.slice(0, 5).map(
    (g) => `${code(`${g.folder}/`)} (${counted(g.files, "file")}, ${countText(g.uncovered)} uncovered)`
  );
  const related = folders.length ? `Related files to test together: ${folders.join("; ")}.` : "";
  const tail = (withFolders2) => {
    const all = withFolders2 && related ? [related, ...notes] : notes;
    return all.length ? `
${all.join(" ")}
` : "";
  };
  const withFolders = measure(intro) + measure(tail(true)) < room / 2;
  const ending = tail(withFolders);
  const byComponent = result.components?.length ? " Component |" : "";
  const table = fitTable(
    measure,
    room - measure(intro) - measure(ending),
    `| # | File |${byComponent} ${unit} | Coverage | Uncovered | Tier | Gain |
|--:|:--|${byComponent ? ":--|" : ""}--:|--:|--:|:-:|--:|`,
    lazily(
      result.impact,
      (entry, i2) => `| ${i2 + 1} | ${code(entry.path)}${entry.changed ? " \u270F\uFE0F" : ""} |${byComponent ? ` ${(entry.components ?? []).map(inert).join(", ")} |` : ""} ${countText(entry.statements)} | ${percentText(entry.percent, p, entry.rounding ?? r)} | ${countText(entry.uncovered)} | ${entry.tier} | +${entry.gain.toFixed(p)} pp |`
    ),
    result.impact.length,
    (left) => `\u2026and ${counted(left, "more suggestion")} (see the job summary).`
  );
  return table ? `${intro}
${table}${ending}` : intro;
}

// src/render/delta.ts
var PART_LABELS = {
  "changed-covered": "Changed lines, covered",
  "changed-uncovered": "Changed lines, uncovered",
  "deleted-covered": "Deleted lines, covered at base",
  "deleted-uncovered": "Deleted lines, uncovered at base",
  "lost-coverage": "Lost coverage (unchanged lines)",
  "gained-coverage": "Gained coverage (unchanged lines)",
  "files-added": "Files added",
  "files-removed": "Files removed",
  "not-in-diff": "Not in this PR's diff"
};
var signed2 = (value) => value > 0 ? `+${countText(value)}` : value < 0 ? `-${countText(-value)}` : "0";
var changeText = (change2) => `${signed2(change2.covered)} / ${signed2(change2.total)}`;
function shownParts(result) {
  const parts = result.deltaParts?.parts ?? [];
  const moves = (c) => !!c && (c.covered !== 0 || c.total !== 0);
  return parts.filter((part) => moves(part.statements) || moves(part.branches));
}
function roundingLine(result) {
  if (result.delta === null || !result.deltaParts) return null;
  const p = result.precision;
  const sum = shownParts(result).reduce((total, part) => total + roundHalfEven(part.points, p), 0);
  const shown = roundHalfEven(sum, p);
  if (shown === roundHalfEven(result.delta, p)) return null;
  return `Each part is rounded on its own, so the shown parts add up to ${deltaText(shown, p)} pp, not ${deltaText(result.delta, p)} pp; unrounded they add up exactly.`;
}
var crypto2;
function diffAnchor(path2) {
  crypto2 ??= process.getBuiltinModule?.("node:crypto") ?? require("node:crypto");
  return `diff-${crypto2.createHash("sha256").update(path2).digest("hex")}`;
}
var encodeSegment = (segment) => encodeURIComponent(segment).replace(
  /[!'()*]/g,
  (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
);
function fileLink(path2, links) {
  if (!links) return code(path2);
  const url = `${links.serverUrl}/${links.repository}/blob/${links.headSha}/${path2.split("/").map(encodeSegment).join("/")}`;
  return `[${code(path2)}](${url})`;
}
function rangesText(path2, ranges, links, limit = 10) {
  const shown = ranges.slice(0, limit).map(([from, to]) => {
    const text3 = from === to ? `${from}` : `${from}\u2013${to}`;
    if (!links) return text3;
    return `[${text3}](${links.serverUrl}/${links.repository}/pull/${links.pull}/files#${diffAnchor(path2)}R${from})`;
  });
  if (ranges.length > limit) shown.push(`+${ranges.length - limit} more`);
  return shown.join(", ");
}
function rangeRows(files, links) {
  return lazily(
    files.slice(0, 50),
    (file) => `| ${fileLink(file.path, links)} | ${countText(file.lines)} | ${rangesText(file.path, file.ranges, links)} |`
  );
}
function renderWhyCoverageChanged(result, measure, room, links) {
  if (result.delta === null || !result.deltaParts) return "";
  const p = result.precision;
  const branches = result.deltaParts.basis === "statements-and-branches";
  const unit = countUnit(result);
  const header = branches ? `| Part | Covered / total ${unit} | Branches | Change |
|:--|--:|--:|--:|` : `| Part | Covered / total ${unit} | Change |
|:--|--:|--:|`;
  const rows = shownParts(result).map((part) => {
    const cells2 = [PART_LABELS[part.part], changeText(part.statements)];
    if (branches) cells2.push(part.branches ? changeText(part.branches) : "\u2014");
    cells2.push(`**${deltaText(part.points, p)} pp**`);
    return `| ${cells2.join(" | ")} |`;
  });
  const open3 = `<details><summary>Why coverage changed (${deltaText(result.delta, p)} pp)</summary>

`;
  const close2 = "\n</details>\n";
  const rounding2 = roundingLine(result);
  let text3 = rows.length ? `${header}
${rows.join("\n")}
` : "_No line changed its coverage._\n";
  if (rounding2) text3 += `
_${rounding2}_
`;
  const lost = result.deltaParts.lostCoverage;
  if (lost.length) {
    const title = `
**Lines that lost coverage** (${counted(
      lost.reduce((sum, file) => sum + file.lines, 0),
      "line"
    )}, largest first):

`;
    const table = fitTable(
      measure,
      room - measure(open3) - measure(close2) - measure(text3) - measure(title),
      "| File | Lines | Where |\n|:--|--:|:--|",
      rangeRows(lost, links),
      lost.length,
      (left) => `\u2026and ${counted(left, "more file")}.`
    );
    if (table) text3 += `${title}${table}`;
  }
  const block = `${open3}${text3}${close2}`;
  return measure(block) <= room ? block : "";
}
function renderNewUncovered(result, measure, room, links) {
  const gate2 = result.gates.find((g) => g.name === "max-new-uncovered-lines");
  const files = result.newUncovered ?? [];
  if (!gate2 || gate2.skipped || files.length === 0) return "";
  const total = files.reduce((sum, file) => sum + file.lines, 0);
  const open3 = `<details><summary>${counted(total, "new uncovered line")} (changed, or covered at base)</summary>

`;
  const close2 = "\n</details>\n";
  const table = fitTable(
    measure,
    room - measure(open3) - measure(close2),
    "| File | Lines | Where |\n|:--|--:|:--|",
    rangeRows(files, links),
    files.length,
    (left) => `\u2026and ${counted(left, "more file")}.`
  );
  return table ? `${open3}${table}${close2}` : "";
}

// src/render/measured.ts
var at = (sha) => code(shortSha(sha) ?? "?");
function measuredNote(m) {
  const commit = at(m.commit);
  switch (m.checkout) {
    case "merge":
      return `Measured ${commit}, the pull request's merge commit: changed lines and baseline against its first parent ${at(m.anchor)}${m.parentsAssumed ? " (its parents could not be read; the event's base commit was assumed)" : ""}.`;
    case "merge-group":
      return `Measured ${commit}, the merge queue's head; anchored at its base ${at(m.anchor)}.`;
    case "other":
      return `Measured ${commit}, which is neither the pull request's head nor its merge commit${m.anchor ? `; anchored at the merge base ${at(m.anchor)}` : ""}.`;
    default:
      return `Measured ${commit}, the pull request's head${m.anchor ? `; anchored at the merge base ${at(m.anchor)}` : ""}.`;
  }
}

// src/analysis/pace.ts
var DAY_MS2 = 864e5;
var WEEK_MS2 = 7 * DAY_MS2;
var PACE_WINDOW_MS = 12 * WEEK_MS2;
var MIN_PACE_POINTS = 4;
var MIN_PACE_SPAN_MS = 14 * DAY_MS2;
var MAX_PACE_POINTS = 2e3;
function theilSen(points3) {
  const n = points3.length;
  const slopes = new Float64Array(n * (n - 1) / 2);
  let k = 0;
  for (let i2 = 0; i2 < n; i2++) {
    const a = points3[i2];
    for (let j = i2 + 1; j < n; j++) {
      const b = points3[j];
      if (b.t === a.t) continue;
      slopes[k++] = (b.percent - a.percent) / (b.t - a.t) * WEEK_MS2;
    }
  }
  if (k === 0) return null;
  const sorted = slopes.subarray(0, k).sort();
  const mid = k >> 1;
  return k % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function lastOfEachDay(points3) {
  const days = /* @__PURE__ */ new Map();
  for (const p of points3) days.set(Math.floor(Date.parse(p.time) / DAY_MS2), p);
  return [...days.values()];
}
function computePace(history) {
  const newest = history[history.length - 1];
  if (!newest) return { enough: false, points: 0, spanDays: 0 };
  const end = Date.parse(newest.time);
  const inWindow = history.filter((e) => Date.parse(e.time) >= end - PACE_WINDOW_MS);
  const first = inWindow[0];
  const span = end - Date.parse(first.time);
  if (inWindow.length < MIN_PACE_POINTS || span < MIN_PACE_SPAN_MS) {
    return { enough: false, points: inWindow.length, spanDays: Math.floor(span / DAY_MS2) };
  }
  const used = inWindow.length > MAX_PACE_POINTS ? lastOfEachDay(inWindow) : inWindow;
  const perWeek = theilSen(used.map((e) => ({ t: Date.parse(e.time), percent: e.percent })));
  if (perWeek === null) return { enough: false, points: inWindow.length, spanDays: 0 };
  const merged = inWindow.filter((e) => e.pullRequest !== void 0).length;
  return {
    enough: true,
    perWeek,
    perPullRequest: merged > 0 ? (newest.percent - first.percent) / merged : null,
    points: inWindow.length,
    from: new Date(first.time).toISOString(),
    to: new Date(newest.time).toISOString()
  };
}
var twoYearsAfter = (ms) => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d.getTime();
};
var targetReached = (percent3, target, o) => !isBelowThreshold(percent3, target, o.precision, o.rounding);
function computeEta(now, target, pace, o) {
  if (targetReached(now.percent, target, o)) return { kind: "reached" };
  if (!pace.enough) return { kind: "no-course" };
  if (!(pace.perWeek > 0)) return { kind: "not-in-sight" };
  const from = Date.parse(now.time);
  const at2 = from + (target - now.percent) / pace.perWeek * WEEK_MS2;
  if (!Number.isFinite(at2) || at2 > twoYearsAfter(from)) return { kind: "not-in-sight" };
  const date = new Date(at2).toISOString().slice(0, 10);
  if (date < new Date(o.today).toISOString().slice(0, 10))
    return { kind: "overdue", date, since: new Date(from).toISOString().slice(0, 10) };
  return { kind: "date", weeks: Math.max(0, (at2 - o.today) / WEEK_MS2), date };
}
var MAX_VIEW_POINTS = 100;
function trendView(history, target, pullRequestPercent, options) {
  const newest = history[history.length - 1];
  if (!newest) return null;
  const pace = computePace(history);
  const step = pullRequestPercent === null ? null : pullRequestPercent - newest.percent;
  return {
    points: lastOfEachDay(history).slice(-MAX_VIEW_POINTS).map((e) => ({ time: new Date(e.time).toISOString(), percent: e.percent, commit: e.commit })),
    historyLength: history.length,
    now: newest.percent,
    target,
    pace,
    eta: target === null ? null : computeEta(newest, target, pace, options),
    pullRequest: step === null || pullRequestPercent === null ? null : {
      percent: pullRequestPercent,
      step,
      days: pace.enough && pace.perWeek > 0 ? step / pace.perWeek * 7 : null
    }
  };
}

// src/render/trend.ts
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var PALETTE = "#0969da, #1a7f37";
function chartPoints(view, max2, precision, rounding2) {
  const shown = (v) => Number(percentText(v, precision, rounding2).slice(0, -1));
  const room = view.pullRequest ? max2 - 1 : max2;
  const points3 = lastOfEachDay(view.points).slice(-Math.max(1, room)).map((p) => ({
    label: p.time.slice(0, 10),
    value: shown(p.percent),
    pullRequest: false
  }));
  if (view.pullRequest)
    points3.push({ label: "this PR", value: shown(view.pullRequest.percent), pullRequest: true });
  return points3;
}
function sparkline(values) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => BARS[hi === lo ? 3 : Math.round((v - lo) / (hi - lo) * (BARS.length - 1))]).join("");
}
var fixed = (v, p) => v.toFixed(p);
var paceDecimals = (p) => Math.max(2, p);
function distanceText(value, p) {
  let decimals = p;
  while (decimals < 9 && Number(value.toFixed(decimals)) === 0) decimals++;
  return value.toFixed(decimals);
}
function paceText(pace, p) {
  if (!pace.enough)
    return `not enough history yet for a pace (${pace.points} point${pace.points === 1 ? "" : "s"} over ${pace.spanDays} day${pace.spanDays === 1 ? "" : "s"}; it needs 4 over 14 days)`;
  const d = paceDecimals(p);
  const perPr = pace.perPullRequest === null ? "" : `, ${deltaText(pace.perPullRequest, d)} pp per merged PR`;
  return `${deltaText(pace.perWeek, d)} pp/week over 12 weeks${perPr}`;
}
function etaText(eta, target) {
  if (eta === null || target === null) return "";
  switch (eta.kind) {
    case "date": {
      const weeks = Math.max(1, Math.ceil(eta.weeks));
      return `${target}% around ${eta.date} (in ${weeks} week${weeks === 1 ? "" : "s"})`;
    }
    case "overdue":
      return `at this pace ${target}% was due ${eta.date}; no push since ${eta.since}`;
    case "reached":
      return `the ${target}% target is reached`;
    case "not-in-sight":
      return `at this pace ${target}% is not in sight`;
    case "no-course":
      return `no ETA for ${target}% without a pace`;
  }
}
function stepText(view, p) {
  const pr = view.pullRequest;
  if (!pr) return "";
  const step = `${deltaText(pr.step, p)} pp`;
  if (pr.days === null || Math.abs(pr.days) < 0.5) return `this PR: ${step}`;
  const days = Math.round(Math.abs(pr.days));
  return pr.days > 0 ? `this PR: ${step}, about ${days} day${days === 1 ? "" : "s"} of the current pace` : `this PR: ${step}, setting the push back about ${days} day${days === 1 ? "" : "s"} of the current pace`;
}
function trendTextLine(view, points3, p) {
  const history = points3.filter((x2) => !x2.pullRequest);
  const first = history[0];
  const last = history[history.length - 1];
  const pr = points3.find((x2) => x2.pullRequest);
  const parts = [
    `${sparkline(points3.map((x2) => x2.value))} ${fixed(first.value, p)}% (${first.label}) \u2192 ${fixed(last.value, p)}% (${last.label})${pr ? ` \u2192 ${fixed(pr.value, p)}% (this PR)` : ""}`,
    `pace ${paceText(view.pace, p)}`
  ];
  const eta = etaText(view.eta, view.target);
  if (eta) parts.push(eta);
  return parts.join(" \xB7 ");
}
function yRange(values, target) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const spread = Math.max(hi - lo, 1);
  let bottom = Math.max(0, Math.floor(lo - spread * 0.2));
  let top = Math.min(100, Math.ceil(hi + spread * 0.2));
  if (target !== null) {
    top = Math.max(top, Math.min(100, Math.ceil(target + spread * 0.1)));
    bottom = Math.min(bottom, Math.max(0, Math.floor(target - spread * 0.1)));
  }
  return [bottom, top];
}
var AXIS_PX = 800;
var labelPx = (label2) => label2.length * 5 + 8;
function axisLabels(points3) {
  const dated = points3.filter((x2) => !x2.pullRequest);
  const years = new Set(dated.map((x2) => x2.label.slice(0, 4)));
  const seen = /* @__PURE__ */ new Map();
  const labels = points3.map((x2) => {
    if (x2.pullRequest) return "PR";
    const day = `${Number(x2.label.slice(5, 7))}/${Number(x2.label.slice(8, 10))}`;
    const base = years.size > 1 ? `${day}/${x2.label.slice(2, 4)}` : day;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}\xB7${n}`;
  });
  const widest = Math.max(...labels.map(labelPx));
  const every = Math.ceil(labels.length * widest / AXIS_PX);
  if (every <= 1) return labels;
  const last = labels.length - 1;
  let hidden = 0;
  return labels.map((label2, i2) => (last - i2) % every === 0 ? label2 : "\u200B".repeat(++hidden));
}
function mermaidChart(points3, target, p) {
  const values = points3.map((x2) => x2.value);
  const [bottom, top] = yRange(values, target);
  const withTarget = target !== null;
  const labels = axisLabels(points3).map((l) => JSON.stringify(l));
  const lines = [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    "    width: 860",
    "    height: 360",
    "    xAxis:",
    "      labelFontSize: 11",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${PALETTE}"`,
    "---",
    "xychart-beta",
    `  title "Coverage, %${withTarget ? ` (blue) and target ${target}% (green)` : ""}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "%" ${bottom} --> ${top}`,
    `  line [${values.map((v) => fixed(v, p)).join(", ")}]`
  ];
  if (withTarget) lines.push(`  line [${points3.map(() => String(target)).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}
function renderTrend(view, options) {
  const p = options.precision;
  const r = options.rounding;
  const points3 = chartPoints(view, options.maxPoints, p, r);
  const now = percentText(view.now, p, r);
  const head = [];
  if (view.target !== null) {
    const reached = !isBelowThreshold(view.now, view.target, p, r);
    const toGo = view.target - view.now;
    head.push(
      `**${now}** now \u2192 target **${view.target}%**${reached || toGo <= 0 ? "" : ` (${distanceText(toGo, p)} pp to go)`}`
    );
  } else head.push(`**${now}** now`);
  head.push(`pace ${paceText(view.pace, p)}`);
  const eta = etaText(view.eta, view.target);
  if (eta) head.push(eta);
  const step = stepText(view, p);
  const days = points3.filter((x2) => !x2.pullRequest).length;
  const chartNote = view.historyLength > days ? ` (${days} day${days === 1 ? "" : "s"}, the last point of each; ${view.historyLength} in the history)` : "";
  return [
    "#### \u{1F4C8} Coverage push",
    "",
    `${head.join(" \xB7 ")}.${step ? ` ${step[0]?.toUpperCase()}${step.slice(1)}.` : ""}`,
    "",
    `\`${trendTextLine(view, points3, p)}\``,
    "",
    ...componentTrendRows(view, p, r),
    `<details><summary>Chart${chartNote}</summary>`,
    "",
    mermaidChart(points3, view.target, p),
    "",
    "</details>",
    ""
  ].join("\n");
}
function componentTrendRows(view, p, r) {
  const trends = view.components ?? [];
  if (trends.length === 0) return [];
  return [
    "| Component | Now | Target | Pace | ETA |",
    "|:--|--:|--:|:--|:--|",
    ...trends.map(
      (t) => `| ${inert(t.name)} | ${percentText(t.now, p, r)} | ${t.target === null ? "" : `${t.target}%`} | ${paceText(t.pace, p)} | ${etaText(t.eta, t.target) ?? ""} |`
    ),
    ""
  ];
}

// src/render/markdown.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1024 * 1024 - 4096;
function utf8Length(text3) {
  let bytes = 0;
  for (let i2 = 0; i2 < text3.length; i2++) {
    const c = text3.charCodeAt(i2);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c < 56320 && i2 + 1 < text3.length) {
      bytes += 4;
      i2++;
    } else bytes += 3;
  }
  return bytes;
}
function commentMarker(commentId) {
  return `<!-- coverage-gate:${commentId.replace(/--+/g, "-").replace(/[<>]/g, "")} -->`;
}
var GATE_LABELS = {
  "min-coverage": "Total coverage",
  "min-file-coverage": "Every file",
  "file-thresholds": "Per-path thresholds",
  "max-coverage-drop": "Drop against base",
  "min-patch-coverage": "Patch coverage",
  "min-branch-coverage": "Branch coverage",
  "max-new-uncovered-lines": "New uncovered lines",
  baseline: "Baseline present"
};
var Budget = class {
  constructor(limit, measure) {
    this.limit = limit;
    this.measure = measure;
  }
  limit;
  measure;
  parts = [];
  used = 0;
  /** Room left for one more block after keeping `reserve`. */
  room(reserve = 0) {
    return this.limit - this.used - reserve - 1;
  }
  fits(text3, reserve = 0) {
    return this.measure(text3) <= this.room(reserve);
  }
  add(text3) {
    this.parts.push(text3);
    this.used += this.measure(text3) + 1;
  }
  toString() {
    return this.parts.join("\n");
  }
};
var LEFT_OUT = "_Some sections were left out to keep this comment within GitHub's size limit; the job summary and the `report-json` output have everything._\n";
function renderMarkdown(result, options = {}) {
  const p = result.precision;
  const r = result.rounding;
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const measure = options.unit === "bytes" ? utf8Length : (text3) => text3.length;
  const out = new Budget(limit, measure);
  const footer = renderFooter(result);
  const reserve = measure(footer) + measure(LEFT_OUT) + 2;
  if (options.commentId !== void 0) out.add(commentMarker(options.commentId));
  out.add(renderHeadline(result));
  out.add("");
  const components = renderComponentsMarkdown(result);
  if (components) out.add(components);
  if (result.push)
    out.add(
      renderTrend(result.push, { maxPoints: options.chartPoints ?? 30, precision: p, rounding: r })
    );
  out.add(renderFigures(result));
  out.add("");
  const impact = renderImpact(result, measure, Math.floor(out.room(reserve) / 2));
  const held = impact ? measure(impact) + 1 : 0;
  let leftOut = false;
  const place = (block, keep) => {
    const room = out.room(reserve + keep);
    const text3 = room > 0 ? block(room) : "";
    if (text3 && out.fits(text3, reserve + keep)) out.add(text3);
    else if (text3 || room <= 0) leftOut = true;
  };
  place((room) => renderGates(result, p, r, measure, room), held);
  place((room) => renderNewUncovered(result, measure, room, options.links), held);
  for (const caveat of renderCaveats(result)) place(() => caveat, held);
  for (const note of result.notes) place(() => `> [!NOTE]
> ${inert(note)}
`, held);
  if (impact) out.add(impact);
  place((room) => renderWhyCoverageChanged(result, measure, room, options.links), 0);
  place((room) => renderChangedFiles(result, measure, room), 0);
  place((room) => renderOtherChanges(result, measure, room), 0);
  if (leftOut) out.add(LEFT_OUT);
  out.add(footer);
  return out.toString();
}
function renderHeadline(result) {
  const p = result.precision;
  const r = result.rounding;
  const basis = result.deltaBasis ? ` on ${result.deltaBasis}` : "";
  const delta = result.delta === null ? "" : ` (${deltaText(result.delta, p)} pp${basis})`;
  const verdict2 = result.passed ? result.warnedGates?.length ? "\u26A0\uFE0F Coverage Gate passed with warnings" : "\u2705 Coverage Gate passed" : "\u274C Coverage Gate failed";
  return `### ${verdict2} \xB7 ${percentText(result.totals.percent, p, r)}${delta}`;
}
function renderFigures(result) {
  const p = result.precision;
  const r = result.rounding;
  const t = result.totals;
  const unit = countUnit(result);
  const head = `${percentText(t.percent, p, r)}`;
  const headDetail = t.branches !== null ? `${countText(t.covered)} / ${countText(t.statements)} ${unit}, ${countText(t.coveredBranches ?? 0)} / ${countText(t.branches)} branches` : `${countText(t.covered)} / ${countText(t.statements)} ${unit}`;
  const basis = result.deltaBasis ? ` (${result.deltaBasis})` : "";
  const rows = ["| | Coverage | Covered | \u0394 vs base |", "|:--|--:|--:|--:|"];
  rows.push(
    `| **This PR** | **${head}** | ${headDetail} | ${result.delta === null ? "\u2014" : `**${deltaText(result.delta, p)} pp**${basis}`} |`
  );
  if (result.base) {
    const sha = shortSha(result.base.commit);
    rows.push(
      `| Base${sha ? ` (${code(sha)})` : ""} | ${percentText(result.base.percent, p, r)} | ${countText(result.base.covered)} / ${countText(result.base.statements)} | |`
    );
  } else {
    rows.push("| Base | \u2014 | no baseline found | |");
  }
  if (result.patch) {
    const patch = result.patch;
    const caveat = result.patchNonStatements?.length ? " \xB9" : "";
    rows.push(
      `| Changed lines | ${patch.percent === null ? "n/a" : percentText(patch.percent, p, r)}${caveat} | ${countText(patch.covered)} / ${countText(patch.lines)} lines | |`
    );
  }
  if (t.metrics) {
    for (const [name, metric3] of Object.entries(t.metrics)) {
      if (!metric3 || metric3.total === 0) continue;
      if (name === "lines" && unit === "lines") continue;
      rows.push(
        `| _${name}_ | ${percentText(100 * metric3.covered / metric3.total, p, r)} | ${countText(metric3.covered)} / ${countText(metric3.total)} | |`
      );
    }
  }
  return rows.join("\n");
}
function renderCaveats(result) {
  const p = result.precision;
  const r = result.rounding;
  const caveats = [];
  if (result.deltaBasis === "statements" && result.deltaFrom && result.base) {
    const side = result.totals.branches !== null ? "this run" : "the baseline";
    caveats.push(
      `> [!NOTE]
> Only ${side} measured branches, so the change against the base compares statements alone: ${percentText(result.deltaFrom.base, p, r)} \u2192 ${percentText(result.deltaFrom.head, p, r)} of statements (${deltaText(result.delta ?? 0, p)} pp). The drop gate uses the same figure.
`
    );
  }
  const files = result.patchNonStatements ?? [];
  if (files.length > 0) {
    const shown = files.slice(0, 5).map((path2) => code(path2));
    const more = files.length > 5 ? ` and ${counted(files.length - 5, "more file")}` : "";
    caveats.push(
      `> [!NOTE]
> \xB9 The changed-lines figure may count lines that are not statements: coverage.py before 7.13.1 lists a module docstring among the executed lines, and ${files.length === 1 ? "this file lists" : "these files list"} more executed and missing lines than statements: ${shown.join(", ")}${more}.
`
    );
  }
  return caveats;
}
function gateValue(gate2, p, r) {
  if (gate2.actual === null) return gate2.name === "min-branch-coverage" ? "n/a" : "\u2014";
  if (gate2.name === "max-new-uncovered-lines") return counted(gate2.actual, "line");
  return gate2.name === "max-coverage-drop" ? `${deltaText(gate2.actual, p)} pp` : percentText(gate2.actual, p, gate2.rounding ?? r);
}
function gateThreshold(gate2) {
  if (gate2.threshold === null) return "\u2014";
  if (gate2.name === "max-coverage-drop") return `drop \u2264 ${gate2.threshold} pp`;
  if (gate2.name === "max-new-uncovered-lines") return `\u2264 ${counted(gate2.threshold, "line")}`;
  return `\u2265 ${gate2.threshold}%`;
}
function gateIcon(gate2) {
  if (gate2.skipped) return "\u2796";
  if (gate2.passed) return "\u2705";
  return gate2.informational ? "\u26A0\uFE0F" : "\u274C";
}
function renderGates(result, p, r, measure, room) {
  const gates = result.gates;
  const shown = gates.filter((g) => !(g.name === "min-coverage" && g.threshold === 0 && g.passed));
  if (shown.length === 0) return "";
  const rows = ["| Gate | | Value | Required |", "|:--|:-:|--:|--:|"];
  for (const gate2 of shown) {
    rows.push(
      `| ${GATE_LABELS[gate2.name] ?? componentGateLabel(gate2.name, GATE_LABELS) ?? inert(gate2.name)}${gate2.informational ? " (informational)" : ""} | ${gateIcon(gate2)} | ${gateValue(gate2, p, r)} | ${gateThreshold(gate2)} |`
    );
  }
  const text3 = `${rows.join("\n")}
`;
  const failures = gates.flatMap((g) => g.passed ? [] : g.files ?? []);
  if (failures.length === 0) return text3;
  const summary2 = `${counted(failures.length, "file")} below ${failures.length === 1 ? "its" : "their"} threshold`;
  const open3 = `
<details><summary>${summary2}</summary>

`;
  const close2 = "\n</details>\n";
  const table = fitTable(
    measure,
    room - measure(text3) - measure(open3) - measure(close2),
    "| File | Coverage | Required |\n|:--|--:|--:|",
    lazily(
      failures.slice(0, 20),
      (f) => `| ${code(f.path)} | ${percentText(f.percent, p, f.rounding ?? r)} | \u2265 ${f.threshold}%${f.rule ? ` (${code(f.rule)})` : ""} |`
    ),
    failures.length,
    (left) => `\u2026and ${counted(left, "more file")} below their threshold.`
  );
  return table ? `${text3}${open3}${table}${close2}` : `${text3}
_${summary2}._
`;
}
var FIGURES_NOTE = {
  "coverage.py": "Figures as `coverage report` computes them.",
  istanbul: "Line figures as Istanbul's text summary prints them.",
  lcov: "Line figures as `lcov --summary` computes them.",
  cobertura: "Line figures from the Cobertura XML."
};
var PRODUCER_FIGURES = {
  "coverage.py": "coverage.py's as `coverage report` computes them",
  istanbul: "Istanbul's (lines) as its text summary prints them",
  lcov: "LCOV's (lines) as `lcov --summary` computes them",
  cobertura: "Cobertura's (lines) from the XML"
};
function figuresNote(result) {
  const others = /* @__PURE__ */ new Set();
  for (const file of result.files) if (file.format) others.add(file.format);
  others.delete(result.format);
  if (others.size === 0) return FIGURES_NOTE[result.format] ?? "";
  const producers = [result.format, ...[...others].sort()];
  return `Figures as each producer computes them: ${producers.map((f) => PRODUCER_FIGURES[f]).join("; ")}.`;
}
function renderFooter(result) {
  const parts = [];
  if (result.base) {
    const sha = shortSha(result.base.commit);
    const from = result.base.source === "artifact" ? "an earlier run's artifact" : "a local file";
    parts.push(
      `Baseline: ${sha ? `commit ${code(sha)}, ` : ""}from ${from}${result.base.how ? `: ${inert(result.base.how)}` : ""}.`
    );
  }
  if (result.measured) parts.push(measuredNote(result.measured));
  parts.push(figuresNote(result));
  return `<sub>${parts.join(" ")}</sub>
`;
}

// src/github/comments.ts
var ACTIONS_BOT = "github-actions[bot]";
var authorTag = (login) => `<!-- coverage-gate-author:${login} -->`;
var MAX_BODY = 65536;
function isOurComment(comment2, marker) {
  const { user } = comment2;
  const body = comment2.body ?? "";
  if (user?.type !== "Bot" || !body.includes(marker)) return false;
  return user.login === ACTIONS_BOT || body.includes(authorTag(user.login));
}
function lastPage(link) {
  const last = /<([^>]+)>;\s*rel="last"/.exec(link ?? "")?.[1];
  const page = last ? Number(new URL(last).searchParams.get("page")) : 1;
  return Number.isInteger(page) && page > 1 ? page : 1;
}
async function listComments(client, target) {
  const params = {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  };
  const first = await client.rest.issues.listComments({ ...params, page: 1 });
  const pages = lastPage(first.headers.link);
  const rest = await Promise.all(
    Array.from(
      { length: pages - 1 },
      (_, i2) => client.rest.issues.listComments({ ...params, page: i2 + 2 })
    )
  );
  return [first, ...rest].flatMap((r) => r.data);
}
function signed3(body, login) {
  if (login === ACTIONS_BOT) return body;
  const withTag = `${body}
${authorTag(login)}`;
  return withTag.length <= MAX_BODY ? withTag : body;
}
async function upsertComment(client, target, body, options) {
  const repo = { owner: target.owner, repo: target.repo };
  try {
    if (options.style === "update") {
      const marker = commentMarker(options.commentId);
      const comments = await (options.existing ?? listComments(client, target));
      const ours = comments.find((c) => isOurComment(c, marker));
      if (ours?.user) {
        try {
          const { data: data2 } = await client.rest.issues.updateComment({
            ...repo,
            comment_id: ours.id,
            body: signed3(body, ours.user.login)
          });
          return { url: data2.html_url, action: "updated" };
        } catch (error2) {
          const status = statusOf(error2);
          if (status !== 403 && status !== 404) throw error2;
        }
      }
    }
    const { data } = await client.rest.issues.createComment({
      ...repo,
      issue_number: target.issueNumber,
      body
    });
    const login = data.user?.login ?? ACTIONS_BOT;
    if (login !== ACTIONS_BOT && options.style === "update" && signed3(body, login) !== body) {
      await client.rest.issues.updateComment({
        ...repo,
        comment_id: data.id,
        body: signed3(body, login)
      });
    }
    return { url: data.html_url, action: "created" };
  } catch (error2) {
    throw new GitHubApiError("Could not write the pull request comment", "comments", error2);
  }
}

// node_modules/fflate/esm/index.mjs
var import_module = require("module");
var require2 = (0, import_module.createRequire)("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start2) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start2 += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add2 = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add2 = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add2;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var UnzipPassThrough = /* @__PURE__ */ (function() {
  function UnzipPassThrough2() {
  }
  UnzipPassThrough2.prototype.push = function(chunk, final) {
    this.ondata(null, chunk, final);
  };
  UnzipPassThrough2.compression = 0;
  return UnzipPassThrough2;
})();
var UnzipInflate = /* @__PURE__ */ (function() {
  function UnzipInflate2() {
    var _this = this;
    this.i = new Inflate(function(dat, final) {
      _this.ondata(null, dat, final);
    });
  }
  UnzipInflate2.prototype.push = function(chunk, final) {
    try {
      this.i.push(chunk, final);
    } catch (e) {
      this.ondata(e, null, final);
    }
  };
  UnzipInflate2.compression = 8;
  return UnzipInflate2;
})();
var Unzip = /* @__PURE__ */ (function() {
  function Unzip2(cb) {
    this.onfile = cb;
    this.k = [];
    this.o = {
      0: UnzipPassThrough
    };
    this.p = et;
  }
  Unzip2.prototype.push = function(chunk, final) {
    var _this = this;
    if (!this.onfile)
      err(5);
    if (!this.p)
      err(4);
    if (this.c > 0) {
      var len = Math.min(this.c, chunk.length);
      var toAdd = chunk.subarray(0, len);
      this.c -= len;
      if (this.d)
        this.d.push(toAdd, !this.c);
      else
        this.k[0].push(toAdd);
      chunk = chunk.subarray(len);
      if (chunk.length)
        return this.push(chunk, final);
    } else {
      var f = 0, i2 = 0, is = void 0, buf = void 0;
      if (!this.p.length)
        buf = chunk;
      else if (!chunk.length)
        buf = this.p;
      else {
        buf = new u8(this.p.length + chunk.length);
        buf.set(this.p), buf.set(chunk, this.p.length);
      }
      var l = buf.length, oc = this.c, add2 = oc && this.d;
      var _loop_2 = function() {
        var sig = b4(buf, i2);
        if (sig == 67324752) {
          f = 1, is = i2;
          this_1.d = null;
          this_1.c = 0;
          var bf = b2(buf, i2 + 6), cmp_1 = b2(buf, i2 + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i2 + 26), es = b2(buf, i2 + 28);
          if (l > i2 + 30 + fnl + es) {
            var chks_3 = [];
            this_1.k.unshift(chks_3);
            f = 2;
            var lsc = b4(buf, i2 + 18), lsu = b4(buf, i2 + 22);
            var fn_1 = strFromU8(buf.subarray(i2 + 30, i2 += 30 + fnl), !u);
            var _a2 = z64hs(buf, i2, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
            if (dd)
              sc_1 = -1 - z64;
            i2 += es;
            this_1.c = sc_1;
            var d_1;
            var file_1 = {
              name: fn_1,
              compression: cmp_1,
              start: function() {
                if (!file_1.ondata)
                  err(5);
                if (!sc_1)
                  file_1.ondata(null, et, true);
                else {
                  var ctr = _this.o[cmp_1];
                  if (!ctr)
                    file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
                  d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                  d_1.ondata = function(err2, dat3, final2) {
                    file_1.ondata(err2, dat3, final2);
                  };
                  for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                    var dat2 = chks_4[_i];
                    d_1.push(dat2, false);
                  }
                  if (_this.k[0] == chks_3 && _this.c)
                    _this.d = d_1;
                  else
                    d_1.push(et, true);
                }
              },
              terminate: function() {
                if (d_1 && d_1.terminate)
                  d_1.terminate();
              }
            };
            if (sc_1 >= 0)
              file_1.size = sc_1, file_1.originalSize = su_1;
            this_1.onfile(file_1);
          }
          return "break";
        } else if (oc) {
          if (sig == 134695760) {
            is = i2 += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
            return "break";
          } else if (sig == 33639248) {
            is = i2 -= 4, f = 3, this_1.c = 0;
            return "break";
          }
        }
      };
      var this_1 = this;
      for (; i2 < l - 4; ++i2) {
        var state_1 = _loop_2();
        if (state_1 === "break")
          break;
      }
      this.p = et;
      if (oc < 0) {
        var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i2);
        if (add2)
          add2.push(dat, !!f);
        else
          this.k[+(f == 2)].push(dat);
      }
      if (f & 2)
        return this.push(buf.subarray(i2), final);
      this.p = buf.subarray(i2);
    }
    if (final) {
      if (this.c)
        err(13);
      this.p = null;
    }
  };
  Unzip2.prototype.register = function(decoder) {
    this.o[decoder.compression] = decoder;
  };
  return Unzip2;
})();
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/report/zip.ts
var DEFAULT_ZIP_LIMIT = 256 * 1024 * 1024;
var MIB = 1024 * 1024;
var sizeText = (bytes) => bytes >= MIB ? `${(bytes / MIB).toFixed(0)} MiB` : `${bytes} bytes`;
var FEED_CHUNK = 4096;
function listZipEntries(zip, source) {
  const entries = [];
  try {
    unzipSync(zip, {
      filter: (file) => {
        entries.push({
          name: file.name,
          method: file.compression,
          compressedSize: file.size,
          size: file.originalSize
        });
        return false;
      }
    });
  } catch (error2) {
    throw new InputError(source, `is not a readable zip archive (${describeError(error2)})`);
  }
  return entries;
}
function isUnsafeEntryName(name) {
  if (name === "" || name.includes("\0")) return true;
  if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[/\\]/).some((part) => part === "..");
}
function readZipEntry(zip, source, pick, limit = DEFAULT_ZIP_LIMIT) {
  const entries = listZipEntries(zip, source);
  const unsafe = entries.find((e) => isUnsafeEntryName(e.name));
  if (unsafe) throw unsafeEntry(source, unsafe.name);
  const files = entries.filter((e) => !e.name.endsWith("/"));
  let entry;
  try {
    entry = pick(files);
  } catch (error2) {
    if (error2 instanceof InputError && error2.source === "")
      throw new InputError(source, error2.problem);
    throw error2;
  }
  if (entry.size > limit) {
    throw new InputError(
      source,
      `entry ${JSON.stringify(entry.name)} declares ${sizeText(entry.size)}, past the ${sizeText(limit)} cap; refused`
    );
  }
  return { entry, bytes: inflateEntry(zip, entry, source, limit) };
}
var unsafeEntry = (source, name) => new InputError(
  source,
  `holds an entry with an unsafe path ${JSON.stringify(name)} (".." or absolute); the archive is refused`
);
function inflateEntry(zip, entry, source, limit) {
  const named = JSON.stringify(entry.name);
  const chunks = [];
  let total = 0;
  let found = false;
  let finished = false;
  let failure;
  const unzip = new Unzip((file) => {
    if (isUnsafeEntryName(file.name)) failure ??= unsafeEntry(source, file.name);
    if (found || file.name !== entry.name || failure) return;
    found = true;
    file.ondata = (error2, chunk, final) => {
      if (failure) return;
      if (error2) {
        failure = new InputError(source, `entry ${named} is corrupt (${describeError(error2)})`);
        return;
      }
      total += chunk.length;
      if (total > limit) {
        failure = new InputError(
          source,
          `entry ${named} expands past the ${sizeText(limit)} cap; refused`
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) finished = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at2 = 0; at2 < zip.length && !failure; at2 += FEED_CHUNK) {
      unzip.push(zip.subarray(at2, at2 + FEED_CHUNK), at2 + FEED_CHUNK >= zip.length);
    }
  } catch (error2) {
    failure ??= new InputError(source, `entry ${named} is corrupt (${describeError(error2)})`);
  }
  if (failure) throw failure;
  if (!found || !finished) throw new InputError(source, `entry ${named} could not be read`);
  if (total !== entry.size) {
    throw new InputError(
      source,
      `entry ${named} declares ${entry.size} bytes but holds ${total}; refused`
    );
  }
  return concat(chunks, total);
}
var REPORT_EXTENSIONS = /\.(json|xml|info|lcov)$/i;
var COMPANION_FILES = /* @__PURE__ */ new Set(["coverage-history.json", "badge.json", "badge.svg"]);
function readOptionalEntry(zip, source, name, limit) {
  const present = listZipEntries(zip, source).some((e) => e.name === name);
  if (!present) return null;
  return readZipEntry(zip, source, (files) => files.find((f) => f.name === name), limit).bytes;
}
function pickReportEntry(preferredName) {
  return (all) => {
    let files = all;
    const base = (name) => name.slice(name.lastIndexOf("/") + 1);
    if (all.some((f) => !COMPANION_FILES.has(f.name)))
      files = all.filter((f) => !COMPANION_FILES.has(f.name));
    if (preferredName) {
      const named = files.filter((f) => base(f.name) === preferredName);
      if (named.length === 1 && named[0]) return named[0];
    }
    const reports = files.filter((f) => REPORT_EXTENSIONS.test(f.name));
    if (reports.length === 1 && reports[0]) return reports[0];
    if (files.length === 1 && files[0]) return files[0];
    const names = files.slice(0, 5).map((f) => JSON.stringify(f.name));
    throw new InputError(
      "",
      files.length === 0 ? "the artifact is empty" : `the artifact holds ${files.length} files (${names.join(", ")}${files.length > 5 ? ", \u2026" : ""}); expected one coverage report${preferredName ? ` named ${JSON.stringify(preferredName)}` : ""}`
    );
  };
}
function concat(chunks, total) {
  const out = new Uint8Array(total);
  let at2 = 0;
  for (const chunk of chunks) {
    out.set(chunk, at2);
    at2 += chunk.length;
  }
  return out;
}

// src/github/artifacts.ts
var ArtifactExpiredError = class extends GitHubApiError {
};
async function downloadArtifact(client, repo, artifactId, limit = DEFAULT_ZIP_LIMIT, timing = httpTiming()) {
  let response;
  try {
    response = await client.request(
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
      {
        ...repo,
        artifact_id: artifactId,
        archive_format: "zip",
        request: { redirect: "manual", parseSuccessResponseBody: false }
      }
    );
  } catch (error2) {
    if (statusOf(error2) === 410)
      throw new ArtifactExpiredError(`artifact ${artifactId} has expired`, "actions", error2);
    throw error2;
  }
  const location = response.headers.location;
  if (response.status >= 300 && response.status < 400) {
    await cancel(response.data);
    if (typeof location !== "string" || location === "") {
      throw new Error(
        `artifact ${artifactId}: download answered ${response.status} without a location`
      );
    }
    return fetchFromStorage(location, limit, `artifact ${artifactId}`, timing);
  }
  return readCapped(
    response.data,
    limit,
    `artifact ${artifactId}`
  );
}
var transient = (status) => status >= 500 || status === 408 || status === 429;
var StorageError = class extends Error {
  constructor(message, transient2) {
    super(message);
    this.transient = transient2;
  }
  transient;
};
async function fetchFromStorage(url, limit, what, timing) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, limit, what, timing.timeoutMs);
    } catch (error2) {
      const again = error2 instanceof StorageError && error2.transient && attempt < FAULT_RETRIES;
      if (!again) throw error2;
      await new Promise((resolve3) => setTimeout(resolve3, (attempt + 1) ** 2 * timing.retryBaseMs));
    }
  }
}
async function fetchOnce(url, limit, what, timeoutMs) {
  const stall = new AbortController();
  let timer;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), timeoutMs);
  };
  restart();
  try {
    const storage = await fetch(url, { redirect: "follow", signal: stall.signal });
    if (!storage.ok) {
      await storage.body?.cancel();
      const message = `${what}: storage answered ${storage.status} ${storage.statusText}`;
      throw new StorageError(message, transient(storage.status));
    }
    return await readCapped(storage.body, limit, what, restart);
  } catch (error2) {
    if (error2 instanceof StorageError || error2 instanceof InputError) throw error2;
    if (stall.signal.aborted) throw new StorageError(noAnswer(`${what}: storage`, timeoutMs), true);
    throw new StorageError(`${what}: storage could not be reached (${describeError(error2)})`, true);
  } finally {
    clearTimeout(timer);
  }
}
async function cancel(body) {
  if (body && typeof body.cancel === "function") {
    await body.cancel().catch(() => void 0);
  }
}
async function readCapped(body, limit, what, onChunk = () => void 0) {
  if (!body) return new Uint8Array();
  const chunks = [];
  let total = 0;
  const reader = body.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new InputError(what, `the zip is larger than the ${sizeText(limit)} cap; refused`);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

// src/pipeline.ts
var import_node_path3 = require("node:path");

// src/analysis/impact.ts
function tierOf(statements) {
  if (statements > 500) return 1;
  if (statements >= 300) return 2;
  return 3;
}
function statementsAtTarget(target, statements) {
  const exact = target * statements / 100;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < 1e-9 ? nearest : Math.ceil(exact);
}
function compareEntries(a, b) {
  return b.uncovered - a.uncovered || b.statements - a.statements || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function folderOf(path2) {
  const slash = path2.lastIndexOf("/");
  return slash === -1 ? "." : path2.slice(0, slash);
}
function scopeMatcher(include, exclude) {
  const included = include.map(compileGlob);
  const excluded = exclude.map(compileGlob);
  return (path2) => (included.length === 0 || included.some((m) => m(path2))) && !excluded.some((m) => m(path2));
}
function rankImpact(files, total, options, changedPaths = /* @__PURE__ */ new Set()) {
  const inScope = scopeMatcher(options.include ?? [], options.exclude ?? []);
  const eligible = [];
  for (const file of files) {
    if (file.statements < options.minStatements || file.percent >= options.maxCoverage) continue;
    if (!inScope(file.path)) continue;
    const gainStatements2 = Math.max(
      0,
      statementsAtTarget(options.target, file.statements) - file.covered
    );
    if (file.percent >= options.target || gainStatements2 === 0) continue;
    eligible.push({
      path: file.path,
      statements: file.statements,
      covered: file.covered,
      percent: file.percent,
      uncovered: file.statements - file.covered,
      tier: tierOf(file.statements),
      gain: total.statements > 0 ? 100 * gainStatements2 / total.statements : 0,
      gainStatements: gainStatements2,
      changed: changedPaths.has(file.path),
      ...file.rounding ? { rounding: file.rounding } : {}
    });
  }
  const entries = firstSorted(eligible, options.count, compareEntries);
  let gainStatements = 0;
  let gain = 0;
  const folders = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    gainStatements += entry.gainStatements;
    gain += entry.gain;
    const folder = folderOf(entry.path);
    const group = folders.get(folder) ?? { folder, files: 0, uncovered: 0 };
    group.files++;
    group.uncovered += entry.uncovered;
    folders.set(folder, group);
  }
  return {
    entries,
    summary: {
      files: entries.length,
      target: options.target,
      gainStatements,
      gain,
      from: total.percent,
      to: Math.min(100, total.percent + gain),
      folders: folders.size > 1 ? [...folders.values()].filter((g) => g.files > 1).sort((a, b) => b.uncovered - a.uncovered || (a.folder < b.folder ? -1 : 1)) : [],
      more: eligible.length - entries.length
    }
  };
}

// src/analysis/patch.ts
function matchReportPath(diffPath, report) {
  return report.files.has(diffPath) ? diffPath : null;
}
function filePatch(path2, file, added) {
  const { missingLines: missing, executedLines: executed, excludedLines: excluded } = file;
  const lines = [];
  const uncovered = [];
  let m = 0;
  let e = 0;
  let x2 = 0;
  for (const line2 of added) {
    while (m < missing.length && missing[m] < line2) m++;
    if (missing[m] === line2) {
      lines.push(line2);
      uncovered.push(line2);
      continue;
    }
    while (e < executed.length && executed[e] < line2) e++;
    if (executed[e] !== line2) continue;
    while (x2 < excluded.length && excluded[x2] < line2) x2++;
    if (excluded[x2] !== line2) lines.push(line2);
  }
  return { path: path2, lines, uncovered };
}
function computePatchCoverage(changed, head) {
  const files = /* @__PURE__ */ new Map();
  const changedPaths = /* @__PURE__ */ new Set();
  let lines = 0;
  let uncovered = 0;
  for (const change2 of remainingFiles(changed)) {
    const path2 = matchReportPath(change2.path, head) ?? change2.path;
    changedPaths.add(path2);
    const file = head.files.get(path2);
    if (!file) continue;
    const patch = filePatch(path2, file, change2.addedLines);
    const existing = files.get(path2);
    if (existing) {
      const merged = filePatch(path2, file, unionSorted(existing.lines, change2.addedLines));
      lines += merged.lines.length - existing.lines.length;
      uncovered += merged.uncovered.length - existing.uncovered.length;
      files.set(path2, merged);
      continue;
    }
    files.set(path2, patch);
    lines += patch.lines.length;
    uncovered += patch.uncovered.length;
  }
  const covered = lines - uncovered;
  return {
    percent: lines === 0 ? null : 100 * covered / lines,
    lines,
    covered,
    files,
    changedPaths
  };
}

// src/analysis/pr-lines.ts
function newUncoveredLines(files, lost) {
  const byFile = [];
  for (const file of files) {
    const lostLines = lost.get(file.path);
    if (file.patchMissing.length === 0 && !lostLines?.length) continue;
    byFile.push({ path: file.path, lines: unionSorted(file.patchMissing, lostLines ?? []) });
  }
  return byFile.map(({ path: path2, lines }) => ({ path: path2, ranges: groupRanges(lines), lines: lines.length })).sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1));
}
function measuredExtensions(report) {
  const extensions = /* @__PURE__ */ new Set();
  if (report.format === "coverage.py") {
    extensions.add(".py");
    if (!report.roundings) return extensions;
  }
  for (const [path2, file] of report.files) {
    if ((file.format ?? report.format) === "coverage.py") continue;
    const extension = extensionOf(path2);
    if (extension) extensions.add(extension);
  }
  return extensions;
}
function extensionOf(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : null;
}
var TEST_FILE = /(^|\/)(tests?|__tests__)\/|(^|\/)(test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$/;
function unmeasuredChangedFiles(changes, head) {
  if (!changes) return [];
  const extensions = measuredExtensions(head);
  const paths = /* @__PURE__ */ new Set();
  for (const change2 of remainingFiles(changes)) {
    if (head.files.has(change2.path) || TEST_FILE.test(change2.path)) continue;
    const extension = extensionOf(change2.path);
    if (extension && extensions.has(extension)) paths.add(change2.path);
  }
  return [...paths].sort();
}
function unmeasuredNote(paths) {
  const shown = paths.slice(0, 5);
  const more = paths.length > 5 ? ` and ${paths.length - 5} more` : "";
  return `${paths.length === 1 ? "A changed file is" : `${paths.length} changed files are`} not in the report (no test imports ${paths.length === 1 ? "it" : "them"}, or the coverage source setting does not include ${paths.length === 1 ? "it" : "them"}): ${shown.join(", ")}${more}.`;
}

// src/analysis/result.ts
var RESULT_SCHEMA = "coverage-gate-result/1";
var byPath2 = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
var statementsPercent2 = (t) => percentCovered(t.statements, t.covered, null, null);
function executedStatements(file) {
  const excluded = file.excludedLines;
  let count3 = 0;
  let x2 = 0;
  for (const line2 of file.executedLines) {
    if (line2 <= 0) continue;
    while (x2 < excluded.length && excluded[x2] < line2) x2++;
    if (excluded[x2] !== line2) count3++;
  }
  return count3;
}
function filesCountingNonStatements(head, patches) {
  const paths = [];
  for (const [path2, filePatch2] of patches) {
    const file = head.files.get(path2);
    if (!file || filePatch2.lines.length === filePatch2.uncovered.length) continue;
    if (file.executedLines.length + file.missingLines.length <= file.statements) continue;
    if (executedStatements(file) + file.missingLines.length > file.statements) paths.push(path2);
  }
  return paths.sort();
}
function branchCounts(totals) {
  if (totals.branches !== null)
    return { total: totals.branches, covered: totals.coveredBranches ?? 0 };
  return totals.metrics?.branches ?? null;
}
function noBranchNote(threshold, branches, source) {
  if (threshold === void 0 || threshold === null) return null;
  if (branches && branches.total > 0) return null;
  return branches ? `min-branch-coverage is ${threshold}% but ${source} counts no branch, so the branch gate is n/a (not passed, not failed).` : `min-branch-coverage is ${threshold}% but ${source} has no branch data (coverage.py needs \`--branch\`; the other formats need their branch counts), so the branch gate is n/a (not passed, not failed).`;
}
function ownRounding(report, file) {
  if (!file.format || file.format === report.format || !report.roundings) return null;
  return { format: file.format, rounding: report.roundings[file.format] ?? "half-even" };
}
function countedTotals(totals, withBranches) {
  return {
    covered: totals.covered + (withBranches ? totals.coveredBranches ?? 0 : 0),
    total: totals.statements + (withBranches ? totals.branches ?? 0 : 0)
  };
}
function analyse(input) {
  const { head, base } = input;
  const totals = computeTotals(head);
  const baseTotals = base ? computeTotals(base) : null;
  const patch = input.changes ? computePatchCoverage(input.changes, head) : null;
  const changedPaths = patch?.changedPaths ?? /* @__PURE__ */ new Set();
  const renamedFrom = /* @__PURE__ */ new Map();
  if (base) {
    for (const change2 of input.changes ?? []) {
      if (!change2.previousPath) continue;
      const headPath = matchReportPath(change2.path, head);
      const basePath = matchReportPath(change2.previousPath, base);
      if (headPath && basePath && !base.files.has(headPath)) renamedFrom.set(headPath, basePath);
    }
  }
  const comparedBase = new Set(renamedFrom.values());
  const mixedBranches = base !== null && base.hasBranches !== head.hasBranches;
  const files = [];
  for (const file of head.files.values()) {
    const percent3 = filePercent(file);
    const baseFile = base?.files.get(renamedFrom.get(file.path) ?? file.path);
    const basePercent = baseFile ? filePercent(baseFile) : null;
    const filePatch2 = patch?.files.get(file.path);
    const fileDelta = baseFile ? mixedBranches ? statementsPercent2(file) - statementsPercent2(baseFile) : filePercent(file) - basePercent : null;
    const row = {
      path: file.path,
      statements: file.statements,
      covered: file.covered,
      percent: percent3,
      branches: file.branches,
      coveredBranches: file.coveredBranches,
      basePercent,
      delta: fileDelta,
      changed: changedPaths.has(file.path),
      patchLines: filePatch2?.lines.length ?? 0,
      patchCovered: filePatch2 ? filePatch2.lines.length - filePatch2.uncovered.length : 0,
      patchMissing: filePatch2?.uncovered ?? []
    };
    if (file.metrics) row.metrics = file.metrics;
    const own = ownRounding(head, file);
    if (own) Object.assign(row, own);
    files.push(row);
  }
  files.sort(byPath2);
  const removedFiles = [];
  if (base) {
    for (const file of base.files.values()) {
      if (!head.files.has(file.path) && !comparedBase.has(file.path))
        removedFiles.push({ path: file.path, basePercent: filePercent(file) });
    }
    removedFiles.sort(byPath2);
  }
  const onBasis = mixedBranches ? statementsPercent2 : (t) => t.percent;
  const delta = baseTotals ? onBasis(totals) - onBasis(baseTotals) : null;
  const explained = base && baseTotals ? explainDelta({
    head,
    base,
    changes: input.changes,
    ...input.baselineChanges ? { baselineChanges: input.baselineChanges } : {},
    renamedFrom,
    branches: !mixedBranches && head.hasBranches,
    headTotals: countedTotals(totals, !mixedBranches),
    baseTotals: countedTotals(baseTotals, !mixedBranches),
    headStatements: countedTotals(totals, false),
    baseStatements: countedTotals(baseTotals, false)
  }) : null;
  const newUncovered = patch ? newUncoveredLines(files, explained?.lost ?? /* @__PURE__ */ new Map()) : null;
  const patchSummary = patch ? { percent: patch.percent, lines: patch.lines, covered: patch.covered } : null;
  const rounding2 = head.rounding ?? "half-even";
  const nonStatements = patch ? filesCountingNonStatements(head, patch.files) : [];
  const branches = branchCounts(totals);
  const evaluated = evaluateGates(
    {
      totalPercent: totals.percent,
      files,
      delta,
      hasBaseline: base !== null,
      patch: patchSummary,
      branches,
      newUncovered: newUncovered ? newUncovered.reduce((sum, f) => sum + f.lines, 0) : null
    },
    { ...input.gates, rounding: rounding2, unit: head.format === "coverage.py" ? "statements" : "lines" }
  );
  const gates = markInformational(evaluated, input.gates.informational);
  const branchNote = noBranchNote(input.gates.minBranchCoverage, branches, head.source);
  const unmeasured = unmeasuredChangedFiles(input.changes, head);
  const failedGates = gates.filter(blocks).map((g) => g.name);
  const warnedGates = gates.filter(warns).map((g) => g.name);
  const { entries, summary: summary2 } = rankImpact(
    files,
    { statements: totals.statements, percent: totals.percent },
    input.impact,
    changedPaths
  );
  const baseline = input.baseline ?? { commit: null, source: "file" };
  const result = {
    schema: RESULT_SCHEMA,
    passed: failedGates.length === 0,
    precision: input.gates.precision,
    format: head.format,
    rounding: rounding2,
    totals: {
      percent: totals.percent,
      statements: totals.statements,
      covered: totals.covered,
      branches: totals.branches,
      coveredBranches: totals.coveredBranches,
      ...totals.metrics ? { metrics: totals.metrics } : {}
    },
    base: baseTotals ? {
      percent: baseTotals.percent,
      statements: baseTotals.statements,
      covered: baseTotals.covered,
      commit: baseline.commit,
      source: baseline.source,
      ...baseline.how ? { how: baseline.how } : {}
    } : null,
    delta,
    ...mixedBranches && baseTotals ? {
      deltaBasis: "statements",
      deltaFrom: { head: statementsPercent2(totals), base: statementsPercent2(baseTotals) }
    } : {},
    patch: patchSummary,
    ...nonStatements.length ? { patchNonStatements: nonStatements } : {},
    gates,
    failedGates,
    ...warnedGates.length ? { warnedGates } : {},
    impact: entries,
    impactSummary: summary2,
    files,
    removedFiles,
    notes: [
      ...input.notes ?? [],
      ...head.notes ?? [],
      ...base?.notes ?? [],
      ...branchNote ? [branchNote] : [],
      ...unmeasured.length ? [unmeasuredNote(unmeasured)] : []
    ],
    ...input.measured ? { measured: input.measured } : {},
    ...explained ? { deltaParts: explained.parts } : {},
    ...newUncovered ? { newUncovered } : {},
    ...unmeasured.length ? { unmeasuredFiles: unmeasured } : {}
  };
  return result;
}

// src/report/checkout.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");
var WALK_LIMIT = 1e4;
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules"]);
var exists2 = (path2) => stat2(path2).then(
  () => true,
  () => false
);
function scanCheckout(root) {
  const halt = { stopped: false, stopGit: null };
  let cut = false;
  let used = false;
  let files;
  const start2 = () => {
    files ??= Promise.resolve(root).then(async (dir) => {
      const listed = await exists2((0, import_node_path2.join)(dir, ".git")) ? await gitFiles(dir, halt) : null;
      if (listed) return listed;
      const walked = await walk(dir, halt);
      cut = walked.cut;
      return walked.files;
    });
    return files;
  };
  return {
    prefetch: () => {
      start2().catch(() => void 0);
    },
    started: () => files !== void 0,
    files: (learning = true) => {
      used ||= learning;
      return start2();
    },
    note: () => cut && used ? `The checkout is not a git repository and its walk stopped at ${groupThousands(WALK_LIMIT)} files (never entering node_modules, .git or ignored folders); report paths were learnt from those. Set path-prefix if they come out wrong.` : void 0,
    stop: () => {
      halt.stopped = true;
      halt.stopGit?.();
    }
  };
}
function allFilesExist(root, paths) {
  for (const path2 of paths) {
    if (!(0, import_node_fs3.statSync)((0, import_node_path2.join)(root, path2), { throwIfNoEntry: false })?.isFile()) return false;
  }
  return true;
}
async function gitFiles(root, halt) {
  if (halt.stopped) return null;
  const { startGit: startGit2 } = await Promise.resolve().then(() => (init_git(), git_exports));
  const args = ["-c", "core.quotePath=false", "ls-files", "-z", "--cached", "--others"];
  const listing = startGit2(root, [...args, "--exclude-standard"]);
  halt.stopGit = listing.stop;
  const stdout = await listing.output.catch(
    // Not a git checkout after all (or no git), or stopped: walk the directory instead.
    () => null
  );
  halt.stopGit = null;
  const files = stdout?.split("\0").filter(Boolean) ?? [];
  return files.length > 0 ? new Set(files) : null;
}
async function walk(root, halt) {
  const files = /* @__PURE__ */ new Set();
  const list = (folder) => readdir2(folder.path ? (0, import_node_path2.join)(root, folder.path) : root, { withFileTypes: true }).catch(
    () => null
  );
  let level = [{ path: "", rules: [] }];
  while (level.length > 0) {
    const next = [];
    let listing = list(level[0]);
    for (let k = 0; k < level.length; k++) {
      const folder = level[k];
      if (halt.stopped) return { files, cut: false };
      const entries = await listing;
      if (k + 1 < level.length) listing = list(level[k + 1]);
      if (!entries) continue;
      const rules = entries.some((e) => e.name === ".gitignore" && e.isFile()) ? [...folder.rules, await gitignoreRules(root, folder.path)] : folder.rules;
      for (const entry of entries) {
        if (SKIPPED.has(entry.name)) continue;
        const path2 = folder.path ? `${folder.path}/${entry.name}` : entry.name;
        const isDirectory2 = entry.isDirectory();
        if (!isDirectory2 && !entry.isFile()) continue;
        if (rules.some((r) => r.ignores(path2, isDirectory2))) continue;
        if (isDirectory2) next.push({ path: path2, rules });
        else {
          if (files.size >= WALK_LIMIT) return { files, cut: true };
          files.add(path2);
        }
      }
    }
    level = next;
  }
  return { files, cut: false };
}
async function gitignoreRules(root, folder) {
  let text3 = "";
  try {
    text3 = await readFile2((0, import_node_path2.join)(root, folder, ".gitignore"), "utf8");
  } catch {
  }
  const { default: ignore } = await Promise.resolve().then(() => __toESM(require_ignore(), 1));
  const matcher = ignore().add(text3);
  const prefix = folder ? `${folder}/` : "";
  return {
    ignores: (path2, isDirectory2) => {
      const own = path2.slice(prefix.length);
      return matcher.ignores(isDirectory2 ? `${own}/` : own);
    }
  };
}
function reportDirectory(reportFile, cwd, root) {
  const dir = (0, import_node_path2.relative)(root, (0, import_node_path2.resolve)(cwd, reportFile, ".."));
  if (dir === ".." || dir.startsWith(`..${import_node_path2.sep}`) || (0, import_node_path2.isAbsolute)(dir)) return void 0;
  return dir.split(import_node_path2.sep).join("/");
}

// src/report/empty.ts
function refuseEmptyReport(report) {
  if (report.files.size === 0) {
    throw new InputError(report.source, "no data to report: the report lists no files");
  }
  for (const file of report.files.values()) if (file.statements > 0) return report;
  const unit = report.format === "coverage.py" ? "statements" : "lines";
  const files = report.files.size === 1 ? "its one file has" : `its ${report.files.size} files have`;
  throw new InputError(report.source, `no data to report: ${files} no executable ${unit}`);
}

// src/pipeline.ts
function pathOptions(settings, workspace, scan3, reportDir) {
  return {
    workspace,
    ...settings.pathPrefix ? { pathPrefix: settings.pathPrefix } : {},
    ...scan3 ? { scan: scan3 } : {},
    ...reportDir === void 0 ? {} : { reportDir }
  };
}
var PREFETCH_BYTES = 1 << 20;
async function normalise(report, paths) {
  const { scan: scan3, ...options } = paths;
  if (!scan3 || options.pathPrefix || report.repositoryPaths) {
    return normaliseReport(report, options);
  }
  const confirming = pathsConfirmingKeys([...report.files.keys()], options);
  const listed = confirming && scan3.started() ? await scan3.files(false) : null;
  const confirmed = confirming !== null && (listed !== null && confirming.every((path2) => listed.has(path2)) || allFilesExist(options.workspace, confirming));
  if (confirmed) return normaliseReport(report, { ...options, keysConfirmed: true });
  return normaliseReport(report, { ...options, checkoutFiles: await scan3.files() });
}
function reportDirHint(patterns, cwd, root) {
  const only = patterns.length === 1 ? patterns[0] : void 0;
  if (!only || isGlob(only)) return void 0;
  return reportDirectory(only, cwd, root);
}
async function loadReports(patterns, format, paths, cwd) {
  const files = await resolveReportPaths(patterns, cwd);
  const reports = await Promise.all(
    files.map(async (file) => {
      const reportDir = reportDirectory(file, cwd, paths.workspace);
      const options = reportDir === void 0 ? paths : { ...paths, reportDir };
      if (paths.scan) prefetchFor(file, cwd, paths.scan);
      return normalise(await readReportFile(file, format, cwd), options);
    })
  );
  return refuseEmptyReport(mergeReports(reports));
}
function prefetchFor(file, cwd, scan3) {
  stat2((0, import_node_path3.resolve)(cwd, file)).then(
    (s) => {
      if (s.size >= PREFETCH_BYTES) scan3.prefetch();
    },
    () => void 0
    // the read reports a missing file
  );
}
async function loadReportBytes(bytes, source, format, paths) {
  if (bytes.length >= PREFETCH_BYTES) paths.scan?.prefetch();
  return refuseEmptyReport(await normalise(await parseReport(bytes, source, format), paths));
}
function runAnalysis(input) {
  const result = analyse({
    head: input.head,
    base: input.base,
    ...input.baseline ? { baseline: input.baseline } : {},
    changes: input.changes,
    ...input.baselineChanges ? { baselineChanges: input.baselineChanges } : {},
    gates: input.settings.gates,
    impact: input.settings.impact,
    notes: input.notes ?? [],
    ...input.measured ? { measured: input.measured } : {}
  });
  const { components, gates } = input.settings;
  return withComponents({
    result,
    head: input.head,
    base: input.base,
    config: components ?? { components: [], gates: /* @__PURE__ */ new Map() },
    ...gates.informational ? { informational: gates.informational } : {}
  });
}

// src/flow/baseline.ts
var ANCESTRY_BATCH = 5;
var short = (sha) => sha.slice(0, 7);
async function isAncestor(client, repo, sha, anchor) {
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${sha}...${anchor}`,
      per_page: 1
    });
    return data.status === "ahead" || data.status === "identical";
  } catch (error2) {
    info(`  cannot compare ${short(sha)} with ${short(anchor)}: ${describeError(error2)}`);
    return false;
  }
}
async function findBaseline(client, query) {
  try {
    return await chooseBaseline(client, query);
  } catch (error2) {
    if (error2 instanceof GitHubApiError) return { found: null, reason: error2.message };
    throw error2;
  }
}
var log = (line2) => info(line2);
var label = (run3) => `run #${run3.run_number} (id ${run3.id}, commit ${short(run3.head_sha)})`;
async function chooseBaseline(client, query) {
  const repo = { owner: query.owner, repo: query.repo };
  const workflow = await query.workflow;
  const listing = listNamedArtifacts(client, repo, query.artifactName);
  listing.catch(() => void 0);
  const [runs, anchor] = await Promise.all([
    listTrustedRuns(client, { ...repo, branch: query.baseRef, workflow }),
    query.anchor
  ]);
  log(
    `${runs.length} successful push run(s) of workflow ${workflow} on ${query.baseRef} (newest ${MAX_RUNS} examined); anchor: ${anchor.label} ${short(anchor.sha)}`
  );
  if (runs.length === 0) {
    return {
      found: null,
      reason: `no successful push run of workflow ${workflow} on ${query.baseRef} was found`
    };
  }
  const search = { client, query, repo, anchor, listed: await listing };
  const atAnchor = runs.filter((r) => r.head_sha === anchor.sha);
  const exact = [];
  for (const run3 of atAnchor) {
    const artifact = await usableOf(search, run3);
    if (artifact) exact.push({ run: run3, artifact });
  }
  for (const { run: run3, artifact } of exact) {
    const how = `the run at ${anchor.label} (run #${run3.run_number})`;
    const outcome2 = await tryDownload(search, run3, artifact, how);
    if (outcome2 !== "expired") return outcome2;
  }
  const why = atAnchor.length === 0 ? `${anchor.label} has no finished run yet` : `the run at ${anchor.label} has no usable artifact`;
  const older = runs.filter((r) => r.head_sha !== anchor.sha);
  return await fromAncestors(search, older, why) ?? {
    found: null,
    reason: `none of the ${runs.length} successful push run(s) of workflow ${workflow} on ${query.baseRef} at or before ${anchor.label} ${short(anchor.sha)} has a usable ${JSON.stringify(query.artifactName)} artifact`
  };
}
async function artifactsOf(s, run3) {
  return s.listed.byRun.get(run3.id) ?? (s.listed.complete ? [] : await listRunArtifacts(s.client, s.repo, run3.id, s.query.artifactName));
}
async function usableOf(s, run3) {
  const named = await artifactsOf(s, run3);
  const usable = named.find((a) => !a.expired) ?? null;
  if (!usable) {
    const name = JSON.stringify(s.query.artifactName);
    log(
      `  ${label(run3)}: ${named.length ? `artifact ${name} has expired` : `no artifact named ${name}`}, trying an older run`
    );
  }
  return usable;
}
async function fromAncestors(s, older, why) {
  const { anchor, listed } = s;
  const candidates = older.filter((run3) => {
    const named = listed.byRun.get(run3.id);
    return named ? named.some((a) => !a.expired) : !listed.complete;
  });
  for (let at2 = 0; at2 < candidates.length; at2 += ANCESTRY_BATCH) {
    const batch = candidates.slice(at2, at2 + ANCESTRY_BATCH);
    const answers = await Promise.all(
      batch.map((run3) => isAncestor(s.client, s.repo, run3.head_sha, anchor.sha))
    );
    for (const [i2, run3] of batch.entries()) {
      if (!answers[i2]) {
        log(`  ${label(run3)}: not an ancestor of ${anchor.label} ${short(anchor.sha)}, skipped`);
        continue;
      }
      const artifact = await usableOf(s, run3);
      if (!artifact) continue;
      const how = `run #${run3.run_number}, the newest run with an artifact at an ancestor of ${anchor.label} ${short(anchor.sha)} (${why}); the changes between ${short(run3.head_sha)} and ${short(anchor.sha)} are counted in the delta`;
      const outcome2 = await tryDownload(s, run3, artifact, how);
      if (outcome2 !== "expired") return outcome2;
    }
  }
  return null;
}
async function tryDownload(s, run3, artifact, how) {
  const { query } = s;
  const source = `artifact ${JSON.stringify(query.artifactName)} of run #${run3.run_number}`;
  let zip;
  try {
    zip = await downloadArtifact(s.client, s.repo, artifact.id, query.limit ?? DEFAULT_ZIP_LIMIT);
  } catch (error2) {
    if (error2 instanceof ArtifactExpiredError) {
      log(`  ${label(run3)}: artifact ${artifact.id} has expired (410), trying an older run`);
      return "expired";
    }
    if (error2 instanceof InputError) return { found: null, reason: `${source}: ${error2.problem}` };
    return {
      found: null,
      reason: new GitHubApiError(`${source} could not be downloaded`, "actions", error2).message
    };
  }
  try {
    const { entry, bytes } = readZipEntry(
      zip,
      source,
      pickReportEntry(query.entryName),
      query.limit
    );
    log(
      `  ${label(run3)}: using ${source}, entry ${JSON.stringify(entry.name)} (${bytes.length} bytes)`
    );
    return {
      found: {
        bytes,
        source: `${source} (${entry.name})`,
        commit: run3.head_sha,
        how,
        run: run3,
        artifactId: artifact.id,
        zip,
        entry: entry.name
      }
    };
  } catch (error2) {
    return { found: null, reason: describeError(error2) };
  }
}
async function readBaselineArtifact(client, query) {
  const outcome2 = await findBaseline(client, query);
  if (!outcome2.found) return { report: null, reason: outcome2.reason };
  try {
    const report = await loadReportBytes(
      outcome2.found.bytes,
      outcome2.found.source,
      query.format,
      query.paths
    );
    return {
      report,
      info: { commit: outcome2.found.commit, source: "artifact", how: outcome2.found.how },
      artifact: outcome2.found
    };
  } catch (error2) {
    return { report: null, reason: describeError(error2), artifact: outcome2.found };
  }
}

// src/flow/measured.ts
init_git();
async function localCommit(dir) {
  let sha;
  try {
    sha = (await git(dir, ["rev-parse", "--verify", "HEAD^{commit}"])).trim();
  } catch {
    return null;
  }
  try {
    const object = await git(dir, ["cat-file", "commit", sha]);
    const header = object.slice(0, object.indexOf("\n\n"));
    const parents = [...header.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]);
    return { sha, parents };
  } catch {
    return { sha, parents: null };
  }
}
var mergesHead = (parents, head) => parents.length === 2 && parents[1] === head;
async function resolveMeasured(event, local, client, repo) {
  const commit = local?.sha ?? event.eventSha;
  const plain = (checkout) => ({
    commit,
    checkout,
    firstParent: null,
    parentsFrom: null
  });
  if (event.mergeGroup) return plain("merge-group");
  if (commit === event.headSha) return plain("head");
  const merge2 = (parents, from) => ({
    commit,
    checkout: "merge",
    firstParent: parents[0],
    parentsFrom: from
  });
  if (local?.parents) {
    return mergesHead(local.parents, event.headSha) ? merge2(local.parents, "git") : plain("other");
  }
  if (commit !== event.eventSha) return plain("other");
  if (client) {
    try {
      const { data } = await client.rest.repos.getCommit({ ...repo, ref: commit });
      const parents = data.parents.map((p) => p.sha);
      return mergesHead(parents, event.headSha) ? merge2(parents, "api") : plain("other");
    } catch (error2) {
      info(`Could not read commit ${commit.slice(0, 7)} (${describeError(error2)})`);
    }
  }
  return event.eventName === "pull_request" ? merge2([event.baseSha, event.headSha], "event") : plain("other");
}
async function mergeBase(client, repo, workspace, base, head) {
  try {
    return (await git(workspace, ["merge-base", base, head])).trim();
  } catch {
  }
  const short3 = (sha) => sha.slice(0, 7);
  if (!client) return base;
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1
    });
    return data.merge_base_commit.sha;
  } catch (error2) {
    warning(
      `Could not compare ${short3(base)}...${short3(head)} (${describeError(error2)}); using the base commit ${short3(base)} as the merge base`
    );
    return base;
  }
}
function anchorLabel(checkout) {
  switch (checkout) {
    case "merge":
      return "the merge commit's first parent";
    case "merge-group":
      return "the merge queue's base";
    default:
      return "the merge base";
  }
}

// src/flow/check-plan.ts
function gitDirectory(workspace, patterns) {
  const only = patterns.length === 1 ? patterns[0] : void 0;
  if (!only || isGlob(only)) return workspace;
  return (0, import_node_path4.dirname)((0, import_node_path4.isAbsolute)(only) ? only : (0, import_node_path4.join)(workspace, only));
}
function started(promise) {
  promise.catch(() => void 0);
  return promise;
}
function startCheck(input) {
  const { target, repo } = input;
  const gitDir = gitDirectory(input.workspace, input.coverageFiles);
  const event = {
    eventName: input.eventName,
    eventSha: input.eventSha,
    baseSha: target.baseSha,
    headSha: target.headSha,
    mergeGroup: target.mergeGroup
  };
  const client = () => target.pull || input.baseline ? input.api() : null;
  const measured = started(
    (async () => resolveMeasured(event, await localCommit(gitDir), client(), repo))()
  );
  const anchor = started(
    measured.then(async (m) => {
      const label2 = anchorLabel(m.checkout);
      if (m.checkout === "merge" && m.firstParent) return { sha: m.firstParent, label: label2 };
      if (m.checkout === "merge-group") return { sha: target.baseSha, label: label2 };
      if (!input.baseline) return null;
      const sha = await mergeBase(client(), repo, gitDir, target.baseSha, target.headSha);
      return { sha, label: label2 };
    })
  );
  const baseline = input.baseline ? started(
    readBaselineArtifact(input.api(), {
      ...repo,
      baseRef: target.baseRef,
      anchor: anchor.then((a) => a ?? { sha: target.baseSha, label: "the base commit" }),
      workflow: input.baseline.workflow(),
      artifactName: input.baseline.artifactName,
      entryName: input.baseline.entryName,
      format: input.baseline.format,
      paths: input.baseline.paths
    })
  ) : null;
  const pull = target.pull ? { ...repo, number: target.pull.number } : null;
  const changes = started(
    measured.then((m) => {
      if (m.checkout === "other") return notThePullRequest(m.commit);
      const direct = m.checkout === "merge" || m.checkout === "merge-group";
      return readChanges(pull || direct ? client() : null, {
        workspace: gitDir,
        baseSha: m.checkout === "merge" && m.firstParent ? m.firstParent : target.baseSha,
        headSha: direct ? m.commit : target.headSha,
        range: direct ? "direct" : "merge-base",
        repo,
        pull
      });
    })
  );
  const comments = input.listComments && pull ? started(listComments(input.api(), { ...repo, issueNumber: pull.number })) : null;
  return { measured, anchor, baseline, changes, comments, gitDir };
}
function notThePullRequest(commit) {
  return {
    changes: null,
    how: "none (the pull request's code was not measured)",
    note: `The measured commit \`${commit.slice(0, 7)}\` is neither the pull request's head nor its merge commit, so the pull request's changed lines are not in it: patch coverage and annotations are skipped.`
  };
}
async function settled(plan) {
  await Promise.allSettled([
    plan.measured,
    plan.anchor,
    plan.baseline,
    plan.changes,
    plan.comments
  ]);
}
async function describeMeasured(plan) {
  const m = await plan.measured;
  const anchor = await plan.anchor;
  const info2 = {
    commit: m.commit,
    checkout: m.checkout,
    anchor: anchor?.sha ?? null,
    ...m.parentsFrom === "event" ? { parentsAssumed: true } : {}
  };
  const kind = {
    head: "the pull request's head",
    merge: "the pull request's merge commit",
    other: "neither the head nor the merge commit of the pull request",
    "merge-group": "the merge queue's head"
  }[m.checkout];
  info(
    `Measured commit ${m.commit.slice(0, 7)} (${kind}${m.parentsFrom ? `, parents from ${m.parentsFrom === "git" ? "local git" : m.parentsFrom === "api" ? "the API" : "the event (assumed)"}` : ""}); ${anchor ? `anchor ${anchor.sha.slice(0, 7)} (${anchor.label})` : "no anchor (the baseline is a file)"}`
  );
  if (m.checkout === "other") {
    warning(
      `The measured commit ${m.commit.slice(0, 7)} is neither the pull request's head nor its merge commit, so the pull request's code was not measured (pull_request_target and \`ref: main\` check out the base branch); the merge base is used as the anchor.`
    );
  }
  return info2;
}

// src/flow/publish.ts
var import_node_path7 = require("node:path");

// src/github/outputs.ts
var import_node_os = require("node:os");
var import_node_path5 = require("node:path");

// src/analysis/components-schema.ts
var count = { type: "integer", minimum: 0, maximum: 1e12 };
var percent = { type: "number", minimum: 0, maximum: 100 };
var points = { type: "number", minimum: -100, maximum: 100 };
var nullable = (schema) => ({ anyOf: [schema, { type: "null" }] });
var COMPONENT_GATE_NAME = "^component:[A-Za-z0-9 _.-]{1,40}:(min-coverage|max-coverage-drop|min-patch-coverage|min-branch-coverage)$";
var gateNameSchema = (names) => ({
  anyOf: [{ enum: names }, { type: "string", pattern: COMPONENT_GATE_NAME }]
});
var MAX_GATES = 1e3;
var componentNameSchema = {
  type: "string",
  pattern: "^([A-Za-z0-9 _.-]{1,40}|\\(other\\))$"
};
var componentNamesSchema = {
  type: "array",
  maxItems: 200,
  items: componentNameSchema
};
var componentSchema = {
  type: "object",
  required: [
    "name",
    "statements",
    "covered",
    "branches",
    "coveredBranches",
    "percent",
    "basePercent",
    "delta",
    "patch",
    "uncovered",
    "files",
    "passed"
  ],
  properties: {
    name: componentNameSchema,
    statements: count,
    covered: count,
    branches: nullable(count),
    coveredBranches: nullable(count),
    percent,
    basePercent: nullable(percent),
    delta: nullable(points),
    patch: nullable({
      type: "object",
      required: ["percent", "lines", "covered"],
      properties: { percent: nullable(percent), lines: count, covered: count }
    }),
    uncovered: count,
    files: count,
    target: percent,
    rounding: { enum: ["half-even", "truncate"] },
    passed: { type: "boolean" }
  }
};

// src/analysis/delta-parts-schema.ts
var MAX_FILES = 2e5;
var signedCount = { type: "integer", minimum: -1e12, maximum: 1e12 };
var line = { type: "integer", minimum: 1, maximum: 1e9 };
var change = {
  type: "object",
  required: ["covered", "total"],
  properties: { covered: signedCount, total: signedCount }
};
var fileRangesSchema = {
  type: "object",
  required: ["path", "ranges", "lines"],
  properties: {
    path: { type: "string", maxLength: 4096 },
    ranges: {
      type: "array",
      maxItems: 1e6,
      items: { type: "array", minItems: 2, maxItems: 2, items: line }
    },
    lines: { type: "integer", minimum: 0, maximum: 1e12 }
  }
};
var deltaPartsSchema = {
  type: "object",
  required: ["basis", "parts", "lostCoverage"],
  properties: {
    basis: { enum: ["statements", "statements-and-branches"] },
    parts: {
      type: "array",
      maxItems: DELTA_PART_NAMES.length,
      items: {
        type: "object",
        required: ["part", "statements", "points"],
        properties: {
          part: { enum: DELTA_PART_NAMES },
          statements: change,
          branches: change,
          points: { type: "number", minimum: -1e9, maximum: 1e9 }
        }
      }
    },
    lostCoverage: { type: "array", maxItems: MAX_FILES, items: fileRangesSchema }
  }
};

// src/analysis/result-schema.ts
var COMMENT_FILE_SCHEMA = "coverage-gate-comment/1";
var rounding = { enum: ["half-even", "truncate"] };
var FORMATS = ["coverage.py", "istanbul", "lcov", "cobertura"];
var MAX_FILES2 = 2e5;
var count2 = { type: "integer", minimum: 0, maximum: 1e12 };
var percent2 = { type: "number", minimum: 0, maximum: 100 };
var points2 = { type: "number", minimum: -100, maximum: 100 };
var nullable2 = (schema) => ({ anyOf: [schema, { type: "null" }] });
var text2 = (maxLength) => ({ type: "string", maxLength });
var path = text2(4096);
var metric2 = {
  type: "object",
  required: ["total", "covered"],
  properties: { total: count2, covered: count2 }
};
var metrics = {
  type: "object",
  properties: { statements: metric2, lines: metric2, branches: metric2, functions: metric2 }
};
var GATE_NAMES = [
  "min-coverage",
  "min-file-coverage",
  "file-thresholds",
  "max-coverage-drop",
  "min-patch-coverage",
  "min-branch-coverage",
  "max-new-uncovered-lines",
  "baseline"
];
var gate = {
  type: "object",
  required: ["name", "passed", "skipped", "actual", "threshold", "message"],
  properties: {
    name: gateNameSchema(GATE_NAMES),
    passed: { type: "boolean" },
    skipped: { type: "boolean" },
    // A percent or points for most gates, a line count for max-new-uncovered-lines.
    actual: nullable2({ type: "number", minimum: -100, maximum: 1e12 }),
    threshold: nullable2({ type: "number", minimum: 0, maximum: 1e12 }),
    message: text2(2e3),
    informational: { type: "boolean" },
    rounding,
    files: {
      type: "array",
      maxItems: MAX_FILES2,
      items: {
        type: "object",
        required: ["path", "percent", "threshold", "rule"],
        properties: { path, percent: percent2, threshold: percent2, rule: nullable2(text2(1e3)), rounding }
      }
    }
  }
};
var fileRow = {
  type: "object",
  required: [
    "path",
    "statements",
    "covered",
    "percent",
    "branches",
    "coveredBranches",
    "basePercent",
    "delta",
    "changed",
    "patchLines",
    "patchCovered",
    "patchMissing"
  ],
  properties: {
    path,
    statements: count2,
    covered: count2,
    percent: percent2,
    branches: nullable2(count2),
    coveredBranches: nullable2(count2),
    basePercent: nullable2(percent2),
    delta: nullable2(points2),
    changed: { type: "boolean" },
    patchLines: count2,
    patchCovered: count2,
    patchMissing: { type: "array", maxItems: 1e5, items: { type: "integer", minimum: 1 } },
    metrics,
    format: { enum: FORMATS },
    rounding
  }
};
var impactEntry = {
  type: "object",
  required: ["path", "statements", "covered", "percent", "uncovered", "tier", "gain", "changed"],
  properties: {
    path,
    statements: count2,
    covered: count2,
    percent: percent2,
    uncovered: count2,
    tier: { enum: [1, 2, 3] },
    gain: percent2,
    gainStatements: count2,
    changed: { type: "boolean" },
    components: componentNamesSchema,
    rounding
  }
};
var isoTime = {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"
};
var finite = { type: "number" };
var paceSchema = {
  type: "object",
  required: ["enough", "points"],
  properties: {
    enough: { type: "boolean" },
    perWeek: finite,
    perPullRequest: nullable2(points2),
    points: count2,
    spanDays: count2,
    from: isoTime,
    to: isoTime
  }
};
var etaSchema = nullable2({
  type: "object",
  required: ["kind"],
  properties: {
    kind: { enum: ["date", "overdue", "reached", "not-in-sight", "no-course"] },
    weeks: { type: "number", minimum: 0, maximum: 1e6 },
    date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    since: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
  }
});
var push = {
  type: "object",
  required: ["points", "historyLength", "now", "target", "pace", "eta", "pullRequest"],
  properties: {
    points: {
      type: "array",
      minItems: 1,
      maxItems: 100,
      items: {
        type: "object",
        required: ["time", "percent", "commit"],
        properties: {
          time: isoTime,
          percent: percent2,
          commit: { type: "string", pattern: "^[0-9a-fA-F]{7,64}$" }
        }
      }
    },
    historyLength: count2,
    now: percent2,
    target: nullable2(percent2),
    // One object for both shapes: removeAdditional would strip a later anyOf branch's fields.
    pace: paceSchema,
    eta: etaSchema,
    components: {
      type: "array",
      maxItems: 200,
      items: {
        type: "object",
        required: ["name", "now", "target", "pace", "eta"],
        properties: {
          name: componentNameSchema,
          now: percent2,
          target: nullable2(percent2),
          pace: paceSchema,
          eta: etaSchema
        }
      }
    },
    pullRequest: nullable2({
      type: "object",
      required: ["percent", "step", "days"],
      properties: { percent: percent2, step: points2, days: nullable2(finite) }
    })
  }
};
var resultSchema = {
  type: "object",
  required: [
    "passed",
    "precision",
    "format",
    "totals",
    "base",
    "delta",
    "patch",
    "gates",
    "failedGates",
    "impact",
    "impactSummary",
    "files",
    "removedFiles",
    "notes"
  ],
  properties: {
    schema: { const: "coverage-gate-result/1" },
    passed: { type: "boolean" },
    precision: { type: "integer", minimum: 0, maximum: 10 },
    format: { enum: FORMATS },
    rounding: { ...rounding, default: "half-even" },
    totals: {
      type: "object",
      required: ["percent", "statements", "covered", "branches", "coveredBranches"],
      properties: {
        percent: percent2,
        statements: count2,
        covered: count2,
        branches: nullable2(count2),
        coveredBranches: nullable2(count2),
        metrics
      }
    },
    base: nullable2({
      type: "object",
      required: ["percent", "statements", "covered", "commit", "source"],
      properties: {
        percent: percent2,
        statements: count2,
        covered: count2,
        commit: nullable2({ type: "string", pattern: "^[0-9a-f]{7,64}$" }),
        source: { enum: ["artifact", "file"] },
        how: text2(1e3)
      }
    }),
    delta: nullable2(points2),
    deltaBasis: { enum: ["statements"] },
    deltaFrom: {
      type: "object",
      required: ["head", "base"],
      properties: { head: percent2, base: percent2 }
    },
    patchNonStatements: { type: "array", maxItems: MAX_FILES2, items: path },
    patch: nullable2({
      type: "object",
      required: ["percent", "lines", "covered"],
      properties: { percent: nullable2(percent2), lines: count2, covered: count2 }
    }),
    gates: { type: "array", maxItems: MAX_GATES, items: gate },
    failedGates: { type: "array", maxItems: MAX_GATES, items: gateNameSchema(GATE_NAMES) },
    warnedGates: { type: "array", maxItems: MAX_GATES, items: gateNameSchema(GATE_NAMES) },
    impact: { type: "array", maxItems: 1e3, items: impactEntry },
    impactSummary: {
      type: "object",
      required: ["files", "target", "gainStatements", "gain", "from", "to", "folders", "more"],
      properties: {
        files: count2,
        target: percent2,
        gainStatements: count2,
        gain: percent2,
        from: percent2,
        to: percent2,
        folders: {
          type: "array",
          maxItems: 1e3,
          items: {
            type: "object",
            required: ["folder", "files", "uncovered"],
            properties: { folder: path, files: count2, uncovered: count2 }
          }
        },
        more: count2
      }
    },
    files: { type: "array", maxItems: MAX_FILES2, items: fileRow },
    removedFiles: {
      type: "array",
      maxItems: MAX_FILES2,
      items: {
        type: "object",
        required: ["path", "basePercent"],
        properties: { path, basePercent: percent2 }
      }
    },
    notes: { type: "array", maxItems: 20, items: text2(2e3) },
    measured: {
      type: "object",
      required: ["commit", "checkout", "anchor"],
      properties: {
        commit: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
        checkout: { enum: ["head", "merge", "other", "merge-group"] },
        anchor: nullable2({ type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }),
        parentsAssumed: { type: "boolean" }
      }
    },
    push,
    deltaParts: deltaPartsSchema,
    newUncovered: { type: "array", maxItems: MAX_FILES2, items: fileRangesSchema },
    unmeasuredFiles: { type: "array", maxItems: MAX_FILES2, items: path },
    components: { type: "array", maxItems: 200, items: componentSchema }
  }
};
var commentFileSchema = {
  type: "object",
  required: ["schema", "pullRequest", "headSha", "commentId", "result"],
  properties: {
    schema: { const: COMMENT_FILE_SCHEMA },
    pullRequest: { type: "integer", minimum: 1, maximum: 2 ** 31 },
    headSha: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
    commentId: { type: "string", pattern: "^(?!.*--)[A-Za-z0-9][A-Za-z0-9 ._:+=/-]{0,99}$" },
    checks: { enum: ["off", "gates"] },
    result: resultSchema
  }
};
var validate;
function describe(error2) {
  const where = error2.instancePath || "(the file)";
  return `${where} ${error2.message ?? "is invalid"}`;
}
async function parseCommentFile(bytes, source) {
  let document;
  try {
    document = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error2) {
    throw new InputError(source, `is not valid JSON (${error2.message})`);
  }
  const { Ajv: Validator } = (await Promise.resolve().then(() => __toESM(require_ajv(), 1))).default;
  validate ??= new Validator({
    allErrors: false,
    strict: false,
    strictNumbers: true,
    removeAdditional: "all",
    useDefaults: true
  }).compile(commentFileSchema);
  if (!validate(document)) {
    const first = validate.errors?.[0];
    throw new InputError(
      source,
      `does not match ${COMMENT_FILE_SCHEMA}: ${first ? describe(first) : "invalid"}`
    );
  }
  const file = document;
  const r = file.result;
  if (r.totals.covered > r.totals.statements)
    throw new InputError(source, "/result/totals covers more than it has");
  const twice = r.gates.find((g, i2) => r.gates.findIndex((h) => h.name === g.name) !== i2);
  if (twice) throw new InputError(source, `/result/gates names ${twice.name} more than once`);
  if (r.passed !== (r.failedGates.length === 0)) {
    throw new InputError(source, "/result/passed disagrees with /result/failedGates");
  }
  const push2 = r.push;
  if (push2 && (push2.pace.enough && (typeof push2.pace.perWeek !== "number" || !push2.pace.from) || push2.eta?.kind === "date" && (typeof push2.eta.weeks !== "number" || !push2.eta.date) || push2.eta?.kind === "overdue" && (!push2.eta.date || !push2.eta.since))) {
    delete r.push;
  }
  r.schema = "coverage-gate-result/1";
  return file;
}

// src/render/json.ts
function renderJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}

// src/github/outputs.ts
var twoDecimals = (value) => roundHalfEven(value, 2).toFixed(2);
async function outputDirectory(commentId) {
  const safe = commentId.replace(/[^A-Za-z0-9._-]+/g, "_");
  const dir = (0, import_node_path5.join)(process.env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "coverage-gate", safe);
  await mkdir2(dir, { recursive: true });
  return dir;
}
async function writeJobSummary(result, extra = [], links) {
  const tail = extra.length ? `
${extra.map((line2) => `${line2}
`).join("\n")}` : "";
  const body = renderMarkdown(result, {
    maxLength: SUMMARY_LIMIT - utf8Length(tail),
    unit: "bytes",
    chartPoints: 100,
    ...links ? { links } : {}
  });
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info("GITHUB_STEP_SUMMARY is not set; the job summary is skipped");
    return;
  }
  await summary.addRaw(body + tail, true).write();
}
async function setResultOutputs(result, dir) {
  const shown = (value) => displayPercent(value, 2, result.rounding);
  setOutput("coverage", shown(result.totals.percent));
  setOutput("base-coverage", result.base ? shown(result.base.percent) : "");
  setOutput("coverage-delta", result.delta === null ? "" : twoDecimals(result.delta));
  setOutput(
    "patch-coverage",
    result.patch === null ? "" : result.patch.percent === null ? "n/a" : shown(result.patch.percent)
  );
  setOutput("passed", result.passed ? "true" : "false");
  setOutput("failed-gates", JSON.stringify(result.failedGates));
  setUnmeasuredOutput(result);
  setOutput("warned-gates", JSON.stringify(result.warnedGates ?? []));
  setOutput("components", componentsOutput(result));
  const reportJson = (0, import_node_path5.join)(dir, "result.json");
  await writeFile2(reportJson, renderJson(result));
  setOutput("report-json", reportJson);
  return reportJson;
}
var shownNumber = (value, rounding2) => Number(displayPercent(value, 2, rounding2));
function componentsOutput(result) {
  const two = (value) => value === null ? null : Number(twoDecimals(value));
  return JSON.stringify(
    Object.fromEntries(
      (result.components ?? []).map((row) => [
        row.name,
        {
          coverage: shownNumber(row.percent, row.rounding ?? result.rounding),
          delta: two(row.delta),
          patch: row.patch?.percent == null ? null : shownNumber(row.patch.percent, row.rounding ?? result.rounding),
          passed: row.passed
        }
      ])
    )
  );
}
function setUnmeasuredOutput(result) {
  setOutput("unmeasured-files", String(result.unmeasuredFiles?.length ?? 0));
}
async function writeCommentFile(dir, fields) {
  const file = { schema: COMMENT_FILE_SCHEMA, ...fields };
  const path2 = (0, import_node_path5.join)(dir, "coverage-gate-comment.json");
  await writeFile2(path2, `${JSON.stringify(file)}
`);
  return path2;
}
function toCoveragePyJson(report) {
  const files = {};
  for (const file of report.files.values()) {
    const summary2 = {
      covered_lines: file.covered,
      num_statements: file.statements,
      missing_lines: file.missingLines.length,
      excluded_lines: file.excludedLines.length
    };
    const entry = {
      executed_lines: file.executedLines,
      missing_lines: file.missingLines,
      excluded_lines: file.excludedLines,
      summary: summary2
    };
    if (report.hasBranches) {
      summary2.num_branches = file.branches ?? 0;
      summary2.covered_branches = file.coveredBranches ?? 0;
      summary2.missing_branches = (file.branches ?? 0) - (file.coveredBranches ?? 0);
      if (file.partialBranches !== null) summary2.num_partial_branches = file.partialBranches;
      if (file.executedBranches && file.missingBranches) {
        entry.executed_branches = arcPairs(file.executedBranches);
        entry.missing_branches = arcPairs(file.missingBranches);
      }
    }
    files[file.path] = entry;
  }
  const meta = {
    format: 3,
    branch_coverage: report.hasBranches,
    // The keys are normalised already: a later run must not apply `path-prefix` again.
    repository_relative_paths: true
  };
  if (report.producerVersion) meta.version = report.producerVersion;
  const producers = producersMeta(report);
  if (producers) meta.producers = producers;
  return `${JSON.stringify({ meta, files })}
`;
}

// src/render/annotations.ts
var ANNOTATION_LIMIT = 10;
function planAnnotations(result, limit = ANNOTATION_LIMIT) {
  const ranges = [];
  for (const file of result.files) {
    if (file.patchMissing.length === 0) continue;
    for (const [start2, end] of groupRanges(file.patchMissing)) {
      const size = end - start2 + 1;
      ranges.push({
        file: file.path,
        startLine: start2,
        endLine: end,
        size,
        fileMissing: file.patchMissing.length,
        message: size === 1 ? `Changed line ${start2} is not covered by tests.` : `Changed lines ${start2}-${end} are not covered by tests.`
      });
    }
  }
  ranges.sort(
    (a, b) => b.size - a.size || b.fileMissing - a.fileMissing || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.startLine - b.startLine
  );
  const annotations = ranges.slice(0, limit).map(({ file, startLine: startLine2, endLine, message }) => ({ file, startLine: startLine2, endLine, message }));
  return { annotations, leftOut: Math.max(0, ranges.length - limit) };
}

// src/github/checks.ts
async function upsertCheckRun(client, repo, headSha, plan) {
  const operation = `The check run ${JSON.stringify(plan.name)} could not be written`;
  const fields = {
    ...repo,
    status: "completed",
    conclusion: plan.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: { title: plan.title, summary: plan.summary }
  };
  const { data: listed } = await apiCall(
    operation,
    "checks",
    () => client.rest.checks.listForRef({
      ...repo,
      ref: headSha,
      check_name: plan.name,
      filter: "latest",
      per_page: 100
    })
  );
  const existing = listed.check_runs[0];
  if (existing) {
    try {
      const { data: data2 } = await client.rest.checks.update({ ...fields, check_run_id: existing.id });
      return { name: plan.name, action: "updated", url: data2.html_url ?? "" };
    } catch (error2) {
      if (statusOf(error2) !== 404 && statusOf(error2) !== 403)
        throw new GitHubApiError(operation, "checks", error2);
    }
  }
  const { data } = await apiCall(
    operation,
    "checks",
    () => client.rest.checks.create({ ...fields, name: plan.name, head_sha: headSha })
  );
  return { name: plan.name, action: "created", url: data.html_url ?? "" };
}
async function upsertCheckRuns(client, repo, headSha, plans) {
  const [first, ...rest] = plans;
  if (!first) return [];
  const outcomes = [await upsertCheckRun(client, repo, headSha, first)];
  const settled2 = await Promise.allSettled(
    rest.map((plan) => upsertCheckRun(client, repo, headSha, plan))
  );
  for (const s of settled2) {
    if (s.status === "rejected") throw s.reason;
    outcomes.push(s.value);
  }
  return outcomes;
}

// src/render/checks.ts
var CHECK_PREFIX = "Coverage Gate";
var CHECK_NAMES = {
  "min-coverage": "total",
  "min-patch-coverage": "patch",
  "max-coverage-drop": "drop",
  "min-file-coverage": "files",
  "file-thresholds": "file-thresholds",
  "min-branch-coverage": "branches",
  "max-new-uncovered-lines": "new-uncovered",
  baseline: "baseline"
};
function checkName(gate2) {
  const component = /^component:(.+):([^:]+)$/.exec(gate2);
  if (component) {
    const [, name = "", inner = ""] = component;
    return `${CHECK_PREFIX} / ${name} / ${CHECK_NAMES[inner] ?? inner}`;
  }
  return `${CHECK_PREFIX} / ${CHECK_NAMES[gate2] ?? gate2}`;
}
function checkConclusion(gate2) {
  if (gate2.skipped) return "skipped";
  if (gate2.passed) return "success";
  return gate2.informational ? "neutral" : "failure";
}
function checkTitle(gate2, precision, rounding2) {
  if (gate2.skipped) return "n/a";
  if (gate2.actual === null) {
    return gate2.threshold === null ? "every file meets its rule" : `every file \u2265 ${gate2.threshold}%`;
  }
  if (gate2.name.endsWith("max-coverage-drop")) {
    return `${deltaText(gate2.actual, precision)} pp (allowed drop ${gate2.threshold} pp)`;
  }
  if (gate2.name.endsWith("max-new-uncovered-lines")) {
    return `${gate2.actual} lines (allowed ${gate2.threshold})`;
  }
  const figure = percentText(gate2.actual, precision, gate2.rounding ?? rounding2);
  if (gate2.threshold === 0) return figure;
  const files = gate2.files?.length ? `, ${gate2.files.length} below` : "";
  return `${figure}${files} (required \u2265 ${gate2.threshold}%)`;
}
function planCheckRuns(result) {
  return result.gates.map((gate2) => {
    const conclusion = checkConclusion(gate2);
    const note = conclusion === "neutral" ? "\n\nThis gate is informational: its failure is a warning and does not fail the check." : "";
    return {
      name: checkName(gate2.name),
      conclusion,
      title: checkTitle(gate2, result.precision, result.rounding),
      summary: `${inert(gate2.message)}.${note}`
    };
  });
}

// src/flow/checks.ts
async function publishCheckRuns(ctx, result, headSha) {
  startGroup("Writing the check runs");
  try {
    const outcomes = await upsertCheckRuns(ctx.api(), ctx.repo, headSha, planCheckRuns(result));
    for (const o of outcomes) info(`Check run ${o.action}: ${o.name} ${o.url}`);
  } finally {
    endGroup();
  }
}
function checkRunSteps(ctx, result) {
  const target = ctx.event.target;
  if (ctx.inputs.checks !== "gates" || !target) return [];
  if (target.pull?.fromFork) {
    info(
      "checks: gates on a pull request from a fork: its token cannot write check runs; the second stage (mode: comment) creates them from the comment file."
    );
    return [];
  }
  const headSha = target.pull?.headSha ?? target.headSha;
  return [{ name: "check runs", run: () => publishCheckRuns(ctx, result, headSha) }];
}

// src/render/quiet.ts
var TAG = /<!-- coverage-gate-digest:(\{[^<>]*\}) -->/;
var OUTCOMES = ["pass", "fail", "warn", "skip"];
var SHA = /^[0-9a-f]{7,64}$/;
var outcome = (gate2) => gate2.skipped ? "skip" : gate2.passed ? "pass" : gate2.informational ? "warn" : "fail";
function commentDigest(result, sha) {
  const shown = (value) => displayPercent(value, result.precision, result.rounding);
  return {
    sha,
    total: shown(result.totals.percent),
    patch: result.patch === null ? null : result.patch.percent === null ? "n/a" : shown(result.patch.percent),
    gates: Object.fromEntries(result.gates.map((g) => [g.name, outcome(g)]))
  };
}
function digestTag(digest) {
  return `<!-- coverage-gate-digest:${JSON.stringify(digest)} -->`;
}
function readDigest(body) {
  const json = TAG.exec(body)?.[1];
  if (!json) return null;
  try {
    const d = JSON.parse(json);
    const gatesOk = typeof d.gates === "object" && d.gates !== null && Object.values(d.gates).every((o) => OUTCOMES.includes(o));
    if (typeof d.total !== "string" || d.patch !== null && typeof d.patch !== "string" || d.sha !== null && !(typeof d.sha === "string" && SHA.test(d.sha)) || !gatesOk)
      return null;
    return d;
  } catch {
    return null;
  }
}
function sameFigures(a, b) {
  const names = /* @__PURE__ */ new Set([...Object.keys(a.gates), ...Object.keys(b.gates)]);
  return a.total === b.total && a.patch === b.patch && [...names].every((n) => a.gates[n] === b.gates[n]);
}
function baseDigest(result, now) {
  if (!result.base) return null;
  const total = displayPercent(result.base.percent, result.precision, result.rounding);
  return {
    sha: result.base.commit,
    total,
    patch: now.patch,
    gates: Object.fromEntries(
      result.gates.map((g) => [g.name, g.skipped ? "skip" : "pass"])
    )
  };
}
function oneLine(marker, text3, digest) {
  return `${marker}
${text3}
${digestTag(digest)}
`;
}
function decideComment(when, result, options) {
  const now = commentDigest(result, options.sha);
  if (when === "always") return { kind: "write", digest: now };
  const before = options.previous === null ? null : readDigest(options.previous);
  if (when === "failed") {
    if (result.failedGates.length > 0) return { kind: "write", digest: now };
    if (options.previous === null) return { kind: "skip", reason: "every gate passes" };
    if (before?.quiet === "passing") return { kind: "skip", reason: "every gate still passes" };
    const warned = Object.keys(now.gates).filter((name) => now.gates[name] === "warn");
    const text4 = warned.length ? `\u2705 No gate fails now (\u26A0\uFE0F informational: ${warned.map(code).join(", ")}).` : "\u2705 All gates pass now.";
    return { kind: "replace", body: oneLine(options.marker, text4, { ...now, quiet: "passing" }) };
  }
  if (options.previous !== null && before === null) return { kind: "write", digest: now };
  const against = before ?? baseDigest(result, now);
  if (!against || !sameFigures(now, against)) return { kind: "write", digest: now };
  if (options.previous === null) {
    return { kind: "skip", reason: "total, patch and gates are as on the base branch" };
  }
  if (against.quiet === "unchanged")
    return { kind: "skip", reason: "no change since the last comment" };
  const since = shortSha(against.sha);
  const text3 = `No coverage change since ${since ? code(since) : "the last comment"}.`;
  return {
    kind: "replace",
    body: oneLine(options.marker, text3, { ...against, quiet: "unchanged" })
  };
}

// src/flow/comment-write.ts
async function writeComment(ctx, request2) {
  const target = { ...ctx.repo, issueNumber: request2.issueNumber };
  const marker = commentMarker(request2.commentId);
  let existing = request2.existing;
  let previous = null;
  if (request2.when !== "always" && request2.style === "update") {
    const listing = await apiCall(
      "Could not read the pull request comments",
      "comments",
      () => existing ?? listComments(ctx.api(), target)
    );
    existing = Promise.resolve(listing);
    previous = listing.find((c) => isOurComment(c, marker))?.body ?? null;
  }
  const decision = decideComment(request2.when, request2.result, {
    marker,
    sha: request2.headSha,
    previous
  });
  if (decision.kind === "skip") {
    info(`comment-when: ${request2.when}: no comment written (${decision.reason})`);
    return null;
  }
  const options = {
    style: decision.kind === "replace" ? "update" : request2.style,
    commentId: request2.commentId,
    ...existing ? { existing } : {}
  };
  if (decision.kind === "replace") {
    info(`comment-when: ${request2.when}: the comment is replaced by one line`);
    return upsertComment(ctx.api(), target, decision.body, options);
  }
  const tag = digestTag(decision.digest);
  const body = renderMarkdown(request2.result, {
    commentId: request2.commentId,
    maxLength: COMMENT_LIMIT - tag.length - 1,
    links: pullLinks(ctx, request2.issueNumber, request2.headSha)
  }).replace(marker, () => `${marker}
${tag}`);
  return upsertComment(ctx.api(), target, body, options);
}

// src/flow/trend.ts
var import_node_path6 = require("node:path");

// src/analysis/badge-publish.ts
var EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch"]);
var pushedBranch = (ref) => /^refs\/heads\/(.+)$/.exec(ref)?.[1] ?? null;
function badgeEventDecision(e) {
  if (!EVENTS.has(e.eventName))
    return {
      publish: false,
      reason: `a ${e.eventName} run does not publish it (only a push or a dispatch on the default branch does)`,
      warn: false
    };
  const branch = pushedBranch(e.ref);
  if (branch === null) return { publish: false, reason: `${e.ref} is not a branch`, warn: false };
  if (e.deleted) return { publish: false, reason: `the push deleted ${branch}`, warn: false };
  return null;
}
function badgeDecision(e, r) {
  const early = badgeEventDecision(e);
  if (early) return early;
  const branch = pushedBranch(e.ref);
  const why = r.problem ? ` (${r.problem})` : "";
  if (r.defaultBranch === null)
    return { publish: false, reason: `the default branch could not be read${why}`, warn: true };
  if (e.badgeBranch === r.defaultBranch)
    return { publish: false, reason: "it is the default branch", warn: true };
  if (e.badgeBranch === branch)
    return { publish: false, reason: "it is the branch being pushed", warn: true };
  if (branch !== r.defaultBranch)
    return {
      publish: false,
      reason: `${branch} is not the default branch (${r.defaultBranch})`,
      warn: false
    };
  if (r.badgeBranchProtected === null)
    return {
      publish: false,
      reason: `whether it is protected could not be read${why}`,
      warn: true
    };
  if (r.badgeBranchProtected)
    return { publish: false, reason: "it is a protected branch", warn: true };
  return { publish: true };
}

// src/analysis/component-pace.ts
function componentTrends(history, rows, options) {
  const trends = [];
  for (const row of rows) {
    const own = [];
    for (const entry of history) {
      const point = entry.components?.[row.name];
      if (point) own.push({ commit: entry.commit, time: entry.time, run: entry.run, ...point });
    }
    const view = trendView(own, row.target ?? null, null, options);
    if (view) {
      trends.push({
        name: row.name,
        now: view.now,
        target: view.target,
        pace: view.pace,
        eta: view.eta
      });
    }
  }
  return trends;
}
function pushView(history, target, pullRequestPercent, components, options) {
  const view = trendView(history, target, pullRequestPercent, options);
  const trends = componentTrends(history, components ?? [], options);
  if (view && trends.length) view.components = trends;
  return view;
}

// src/github/badge-branch.ts
async function getDefaultBranch(client, repo) {
  const { data } = await apiCall(
    "the repository could not be read",
    "contents",
    () => client.rest.repos.get({ owner: repo.owner, repo: repo.repo })
  );
  return data.default_branch;
}
async function isProtectedBranch(client, repo, branch) {
  try {
    return (await client.rest.repos.getBranch({ ...repo, branch })).data.protected;
  } catch (error2) {
    if (statusOf(error2) === 404) return false;
    throw new GitHubApiError(
      `the branch ${JSON.stringify(branch)} could not be read`,
      "contents",
      error2
    );
  }
}
async function publishBadgeBranch(client, target) {
  const { owner, repo, branch } = target;
  try {
    const tree = await client.rest.git.createTree({
      owner,
      repo,
      tree: Object.entries(target.files).sort(([a], [b]) => a < b ? -1 : 1).map(([path2, content]) => ({
        path: path2,
        mode: "100644",
        type: "blob",
        content
      }))
    });
    const commit = await client.rest.git.createCommit({
      owner,
      repo,
      message: `Coverage badge and history for ${target.sha.slice(0, 7)}`,
      tree: tree.data.sha,
      parents: []
    });
    const sha = commit.data.sha;
    try {
      await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true });
      info(`Badge branch ${branch} replaced by commit ${sha.slice(0, 7)}`);
    } catch (error2) {
      if (statusOf(error2) !== 422) throw error2;
      await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
      info(`Badge branch ${branch} created at commit ${sha.slice(0, 7)}`);
    }
    return sha;
  } catch (error2) {
    throw new GitHubApiError(
      `The badge was not published on ${JSON.stringify(branch)}`,
      "contents",
      error2
    );
  }
}

// src/render/badge.ts
var BADGE_COLOURS = [
  "red",
  "orange",
  "yellow",
  "yellowgreen",
  "green",
  "brightgreen"
];
function badgeColour(percent3, o) {
  const top = o.target ?? 100;
  if (isBelowThreshold(percent3, o.minCoverage, o.precision, o.rounding)) return "red";
  if (!isBelowThreshold(percent3, top, o.precision, o.rounding)) return "brightgreen";
  const span = top - o.minCoverage;
  const step = span > 0 ? Math.floor((percent3 - o.minCoverage) / span * 4) : 3;
  return BADGE_COLOURS[1 + Math.min(3, Math.max(0, step))];
}
function badgeFigure(percent3, o) {
  const short3 = displayPercent(percent3, 1, o.rounding);
  const failing = isBelowThreshold(percent3, o.minCoverage, o.precision, o.rounding);
  if (!failing || Number(short3) < o.minCoverage) return short3;
  return displayPercent(percent3, Math.max(1, o.precision), o.rounding);
}
async function renderBadge(percent3, options) {
  const message = `${badgeFigure(percent3, options)}%`;
  const colour = badgeColour(percent3, options);
  const { makeBadge } = await Promise.resolve().then(() => __toESM(require_badge_maker(), 1));
  const label2 = options.label ?? "coverage";
  const svg = makeBadge({ label: label2, message, color: colour, style: "flat" });
  const json = `${JSON.stringify({ schemaVersion: 1, label: label2, message, color: colour })}
`;
  return { message, colour, svg, json };
}
function badgeSlug(name) {
  return name.toLowerCase().replace(/[^a-z0-9_]+/g, "-").replace(/^-+|-+$/g, "") || "component";
}
async function componentBadges(rows, options) {
  const files = {};
  for (const row of rows) {
    if (row.files === 0 || row.name === "(other)") continue;
    let slug = badgeSlug(row.name);
    for (let n = 2; files[`badge-${slug}.svg`] !== void 0; n++)
      slug = `${badgeSlug(row.name)}-${n}`;
    const badge = await renderBadge(row.percent, {
      ...options,
      rounding: row.rounding ?? options.rounding,
      minCoverage: row.minCoverage ?? 0,
      target: row.target ?? null,
      label: row.name
    });
    files[`badge-${slug}.svg`] = badge.svg;
    files[`badge-${slug}.json`] = badge.json;
  }
  return files;
}

// src/report/history-import.ts
var DATE_KEYS = ["time", "date", "timestamp"];
var PERCENT_KEYS = ["percent", "coverage", "total", "pct"];
var importKey = (ms) => ms.toString(16).padStart(12, "0").slice(-12).padStart(7, "0");
function pointEntry(point, at2, source, index) {
  const pick = (keys) => keys.map((k) => point[k]).find((v) => v !== void 0 && v !== "");
  const rawTime = pick(DATE_KEYS);
  if (!isIsoForm(rawTime))
    throw new InputError(source, `${at2} needs a date (YYYY-MM-DD or ISO 8601 time)`);
  if (!isRealTime(rawTime))
    throw new InputError(source, `${at2} has a date that does not exist (${rawTime})`);
  const rawPercent = pick(PERCENT_KEYS);
  const percent3 = typeof rawPercent === "string" ? Number(rawPercent.replace(/%$/, "")) : rawPercent;
  if (!isPercent(percent3)) throw new InputError(source, `${at2} needs a percent from 0 to 100`);
  const number = (key) => {
    const raw = point[key];
    if (raw === void 0 || raw === "") return void 0;
    const value = typeof raw === "string" ? Number(raw) : raw;
    if (!isCount(value)) throw new InputError(source, `${at2}.${key} must be a whole number`);
    return value;
  };
  const statements = number("statements");
  const covered = number("covered");
  const ms = Date.parse(rawTime);
  const commit = typeof point.commit === "string" ? point.commit : void 0;
  const entry = {
    commit: commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit : importKey(ms),
    time: new Date(ms).toISOString(),
    run: index + 1,
    statements: statements ?? 0,
    covered: covered ?? 0,
    percent: percent3
  };
  if (entry.covered > entry.statements)
    throw new InputError(source, `${at2}.covered is larger than statements`);
  return entry;
}
function csvCells(line2) {
  const cells2 = [];
  let cell = "";
  let quoted = false;
  for (let i2 = 0; i2 < line2.length; i2++) {
    const ch = line2[i2];
    if (quoted) {
      if (ch === '"' && line2[i2 + 1] === '"') {
        cell += '"';
        i2++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells2.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells2.push(cell.trim());
  return cells2;
}
function parseCsv(text3, source) {
  const lines = text3.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = csvCells(lines[0] ?? "").map((h) => h.toLowerCase());
  if (!header.some((h) => DATE_KEYS.includes(h)) || !header.some((h) => PERCENT_KEYS.includes(h)))
    throw new InputError(
      source,
      "the CSV header must name a date column (date or time) and a percent column (percent or coverage)"
    );
  return lines.slice(1).map((line2, i2) => {
    const cells2 = csvCells(line2);
    if (cells2.length !== header.length)
      throw new InputError(
        source,
        `line ${i2 + 2} has ${cells2.length} cells, the header has ${header.length}`
      );
    return Object.fromEntries(header.map((h, j) => [h, cells2[j]]));
  });
}
function importHistory(bytes, source) {
  const size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_HISTORY_BYTES)
    throw new InputError(source, `is larger than 5 MB (${size} bytes); refused`);
  const text3 = (typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes)).replace(
    /^\uFEFF/,
    ""
  );
  const trimmed = text3.trimStart();
  let points3;
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data;
    try {
      data = JSON.parse(text3);
    } catch (error2) {
      throw new InputError(source, `is not valid JSON (${error2.message})`);
    }
    if (isObject(data)) {
      if (data.schema !== HISTORY_SCHEMA)
        throw new InputError(
          source,
          `is neither a ${HISTORY_SCHEMA} file ({"schema": "${HISTORY_SCHEMA}", "entries": [...]}) nor a JSON array of points with a date and a percent (or a CSV with date and percent columns)`
        );
      return uniteHistories([], validateHistory(data, source));
    }
    points3 = data;
  } else {
    points3 = parseCsv(text3, source);
  }
  if (points3.length === 0) throw new InputError(source, "holds no points");
  if (points3.length > MAX_HISTORY_ENTRIES)
    throw new InputError(source, `holds ${points3.length} points, more than ${MAX_HISTORY_ENTRIES}`);
  const entries = points3.map((p, i2) => {
    if (!isObject(p)) throw new InputError(source, `point ${i2 + 1} is not an object`);
    const point = Object.fromEntries(Object.entries(p).map(([k, v]) => [k.toLowerCase(), v]));
    return pointEntry(point, `point ${i2 + 1}`, source, i2);
  });
  return uniteHistories([], entries);
}

// src/flow/history.ts
var HISTORY_RUNS = 5;
function zipHolds(zip, name) {
  try {
    return listZipEntries(zip, "artifact").some((e) => e.name === name);
  } catch {
    return false;
  }
}
function historyInZip(zip, source) {
  try {
    const bytes = readOptionalEntry(zip, source, HISTORY_FILE, MAX_HISTORY_BYTES);
    return bytes === null ? null : parseHistory(bytes, `${source} (${HISTORY_FILE})`);
  } catch (error2) {
    warning(`The history in ${source} was skipped: ${describeError(error2)}`);
    return null;
  }
}
async function collectHistories(client, query, options) {
  const repo = { owner: query.owner, repo: query.repo };
  const named = listNamedArtifacts(client, repo, query.artifactName).catch(() => null);
  let runs;
  try {
    runs = await listTrustedRuns(client, {
      ...repo,
      branch: query.branch,
      workflow: query.workflow,
      exceptRunId: query.currentRunId
    });
  } catch (error2) {
    warning(`The history could not be collected: ${describeError(error2)}`);
    return [];
  }
  const older = options.olderThan;
  if (older) {
    const at2 = Date.parse(older.created_at);
    runs = runs.filter(
      (r) => r.id !== older.id && (Date.parse(r.created_at) < at2 || r.created_at === older.created_at && r.id < older.id)
    );
  }
  const listing = await named;
  const source = {
    client,
    query,
    byRun: listing?.byRun ?? /* @__PURE__ */ new Map(),
    complete: listing?.complete ?? false
  };
  const limit = Math.min(options.wanted, HISTORY_RUNS);
  return options.historyOnly ? readNearest(source, runs, limit) : readNewest(source, runs, limit);
}
var sourceOf = (s, run3) => `artifact ${JSON.stringify(s.query.artifactName)} of run #${run3.run_number}`;
var skipped = (s, run3, error2) => {
  warning(`The history in ${sourceOf(s, run3)} was skipped: ${describeError(error2)}`);
};
async function usableArtifact(s, run3) {
  const { query } = s;
  const repo = { owner: query.owner, repo: query.repo };
  const artifacts = s.byRun.get(run3.id) ?? (s.complete ? [] : await listRunArtifacts(s.client, repo, run3.id, query.artifactName));
  return artifacts.find((a) => a.name === query.artifactName && !a.expired);
}
async function readHistory(s, run3, artifactId) {
  const source = sourceOf(s, run3);
  const repo = { owner: s.query.owner, repo: s.query.repo };
  const zip = await downloadArtifact(s.client, repo, artifactId, DEFAULT_ZIP_LIMIT);
  const entries = historyInZip(zip, source);
  info(`  ${source}: ${entries ? `${entries.length} history entries` : "no history"}`);
  return entries;
}
async function readNewest(s, runs, limit) {
  const chosen = [];
  for (const run3 of runs) {
    if (chosen.length >= limit) break;
    try {
      const usable = await usableArtifact(s, run3);
      if (usable) chosen.push({ run: run3, id: usable.id });
    } catch (error2) {
      skipped(s, run3, error2);
    }
  }
  const read2 = await Promise.all(
    chosen.map(
      ({ run: run3, id }) => readHistory(s, run3, id).catch((error2) => {
        skipped(s, run3, error2);
        return null;
      })
    )
  );
  return read2.filter((entries) => entries !== null);
}
async function readNearest(s, runs, limit) {
  const histories = [];
  let downloads = 0;
  for (const run3 of runs) {
    if (histories.length >= limit || downloads >= HISTORY_RUNS) break;
    try {
      const usable = await usableArtifact(s, run3);
      if (!usable) continue;
      downloads++;
      const entries = await readHistory(s, run3, usable.id);
      if (entries) histories.push(entries);
    } catch (error2) {
      skipped(s, run3, error2);
    }
  }
  return histories;
}

// src/flow/trend.ts
async function readHistoryImport(file, workspace) {
  if (!file) return [];
  let bytes;
  try {
    bytes = await readFile2((0, import_node_path6.isAbsolute)(file) ? file : (0, import_node_path6.join)(workspace, file));
  } catch (error2) {
    const code2 = error2.code;
    throw new InputError(file, code2 === "ENOENT" ? "file not found" : `cannot be read (${code2})`);
  }
  return importHistory(bytes, file);
}
async function thisCommit(result, at2, runStart2) {
  const head = at2.headCommit;
  const stamp = head?.timestamp && Number.isFinite(Date.parse(head.timestamp)) ? head.timestamp : null;
  const time = new Date(stamp ?? await runStart2()).toISOString();
  return entryFor(
    result.totals,
    {
      commit: at2.sha,
      time,
      run: at2.runId,
      pullRequest: pullRequestFromMessage(head?.message)
    },
    componentPoints(result.components)
  );
}
async function recordHistory(client, query, commit, imported, runTime) {
  const read2 = client && query ? await collectHistories(client, query, { wanted: HISTORY_RUNS }) : [];
  info(
    `History: ${read2.length} artifact histor${read2.length === 1 ? "y" : "ies"}${imported.length ? ` and ${imported.length} imported points` : ""}; this commit appended`
  );
  const found = read2.map((h) => healed(h, runTime));
  const imports = healed(imported, runTime);
  const placed = placeThisPush(
    commit.time,
    runTime,
    newestOtherTime([...found.flat(), ...imports], commit.commit)
  );
  if (placed.moved === "future")
    warning(
      `The commit time ${commit.time} is later than this run's time; ${placed.time} is used`
    );
  else if (placed.moved === "older")
    info(
      `The commit time ${commit.time} is older than the history's newest entry; this push is its newest point, at the run's time ${placed.time}`
    );
  const entry = { ...commit, time: placed.time };
  return thinHistory(uniteHistories([[entry], ...found], imports), runTime);
}
function healed(entries, runTime) {
  const { entries: out, moved } = clampToRunTime(entries, runTime);
  if (moved > 0)
    info(
      `History: ${moved} entr${moved === 1 ? "y" : "ies"} dated after this run's time moved to it`
    );
  return out;
}
async function checkHistory(client, query, baseline, imported) {
  if (!baseline) return uniteHistories([], imported);
  let found = null;
  if (query && isTrustedRun(baseline.run, query, query.branch)) {
    if (!zipHolds(baseline.zip, HISTORY_FILE)) return uniteHistories([], imported);
    found = historyInZip(baseline.zip, baseline.source.replace(/ \([^)]*\)$/, ""));
  }
  if (!found && client && query) {
    const older = await collectHistories(client, query, {
      wanted: 1,
      historyOnly: true,
      olderThan: baseline.run
    });
    found = older[0] ?? null;
  }
  return uniteHistories([found ?? []], imported);
}
function viewFor(history, inputs, result, pullRequestPercent, runTime) {
  return pushView(history, inputs.trend.target, pullRequestPercent, result.components, {
    precision: result.precision,
    rounding: result.rounding,
    today: runTime
  });
}
function setTrendOutputs(view) {
  const pace = view?.pace;
  setOutput("pace", pace?.enough ? twoDecimals(pace.perWeek) : "");
  setOutput("eta", view?.eta?.kind === "date" ? view.eta.date : "");
}
async function writeTrendFiles(dir, history, result, inputs) {
  const historyFile = (0, import_node_path6.join)(dir, HISTORY_FILE);
  const historyText = serializeHistory(history);
  await writeFile2(historyFile, historyText);
  const badge = await renderBadge(result.totals.percent, {
    rounding: result.rounding,
    precision: result.precision,
    minCoverage: inputs.settings.gates.minCoverage,
    target: inputs.trend.target
  });
  const badgeFile = (0, import_node_path6.join)(dir, "badge.svg");
  await writeFile2(badgeFile, badge.svg);
  await writeFile2((0, import_node_path6.join)(dir, "badge.json"), badge.json);
  const components = await componentBadges(
    (result.components ?? []).map((row) => {
      const gate2 = result.gates.find((g) => g.name === `component:${row.name}:min-coverage`);
      return gate2?.threshold == null ? row : { ...row, minCoverage: gate2.threshold };
    }),
    { rounding: result.rounding, precision: result.precision }
  );
  for (const [name, text3] of Object.entries(components)) await writeFile2((0, import_node_path6.join)(dir, name), text3);
  setOutput("history-file", historyFile);
  setOutput("badge-file", badgeFile);
  info(
    `History: ${history.length} entries in ${historyFile}; badge ${badge.message} (${badge.colour})`
  );
  return { history: historyText, svg: badge.svg, json: badge.json, components };
}
function planBadge(ctx) {
  const badgeBranch2 = ctx.inputs.trend.badgeBranch;
  if (!badgeBranch2) return null;
  const { event: run3 } = ctx;
  const event = {
    eventName: run3.name,
    ref: run3.ref,
    deleted: run3.deleted,
    badgeBranch: badgeBranch2
  };
  if (badgeEventDecision(event))
    return { event, facts: Promise.resolve({ defaultBranch: null, badgeBranchProtected: null }) };
  const ask = Promise.resolve();
  const known = run3.defaultBranch;
  const defaultBranch = known ? Promise.resolve(known) : ask.then(() => getDefaultBranch(ctx.api(), ctx.repo));
  const guarded = ask.then(() => isProtectedBranch(ctx.api(), ctx.repo, badgeBranch2));
  const facts = Promise.allSettled([defaultBranch, guarded]).then(([d, g]) => {
    const problems = [d, g].filter((x2) => x2.status === "rejected").map((x2) => describeError(x2.reason));
    return {
      defaultBranch: d.status === "fulfilled" ? d.value : null,
      badgeBranchProtected: g.status === "fulfilled" ? g.value : null,
      ...problems.length ? { problem: problems.join("; ") } : {}
    };
  });
  return { event, facts };
}
async function publishBadge(ctx, plan, files) {
  const branch = plan.event.badgeBranch;
  const decision = badgeDecision(plan.event, await plan.facts);
  if (!decision.publish) {
    const line2 = `The badge was not published on ${JSON.stringify(branch)}: ${decision.reason}`;
    if (decision.warn) warning(line2);
    else info(line2);
    return;
  }
  await publishBadgeBranch(ctx.api(), {
    ...ctx.repo,
    branch,
    sha: ctx.event.sha,
    files: {
      "badge.svg": files.svg,
      "badge.json": files.json,
      [HISTORY_FILE]: files.history,
      ...files.components
    }
  });
}
async function prepareTrend(ctx, query) {
  startGroup("Reading the coverage history");
  try {
    const { inputs, event } = ctx;
    const history = query.branch ? {
      ...ctx.repo,
      branch: query.branch,
      workflow: inputs.baseWorkflow ?? await currentWorkflow(ctx.api(), ctx.repo, event),
      artifactName: inputs.artifactName,
      currentRunId: event.runId
    } : null;
    const client = history ? ctx.api() : null;
    const runTime = Date.now();
    if (query.mode === "record") {
      const entry = await thisCommit(query.result, event, () => runStart(ctx));
      const entries2 = await recordHistory(client, history, entry, query.imported, runTime);
      return { history: entries2, view: viewFor(entries2, inputs, query.result, null, runTime) };
    }
    const entries = healed(
      await checkHistory(client, history, query.baseline, query.imported),
      runTime
    );
    info(`History: ${entries.length} entries of ${query.branch ?? "the base branch"}`);
    return {
      history: null,
      view: viewFor(entries, inputs, query.result, query.result.totals.percent, runTime)
    };
  } catch (error2) {
    warning(`The coverage history was left out: ${describeError(error2)}`);
    return { history: null, view: null };
  } finally {
    endGroup();
  }
}
async function runStart(ctx) {
  try {
    const { data } = await ctx.api().rest.actions.getWorkflowRun({ ...ctx.repo, run_id: ctx.event.runId });
    return data.run_started_at ?? data.created_at;
  } catch (error2) {
    info(`The run's start could not be read (${describeError(error2)}); using now`);
    return (/* @__PURE__ */ new Date()).toISOString();
  }
}

// src/flow/publish.ts
async function runSteps(steps) {
  for (const step of steps) {
    try {
      await step.run();
    } catch (error2) {
      warning(
        error2 instanceof GitHubApiError ? error2.message : `Publishing the ${step.name} failed: ${describeError(error2)}`
      );
      if (error2 instanceof Error && error2.stack) debug(error2.stack);
    }
  }
}
function verdict(result) {
  if (result.passed) return [];
  const failed = result.gates.filter(blocks);
  return [`Coverage gate failed: ${failed.map((g) => `${g.name} (${g.message})`).join(", ")}`];
}
function warnInformational(result) {
  for (const gate2 of result.gates.filter(warns)) {
    warning(`${gate2.name} (informational): ${gate2.message}`, {
      title: "Coverage gate warning"
    });
  }
}
function publishSteps(ctx, pub) {
  let dir;
  const folder = () => {
    dir ??= outputDirectory(ctx.inputs.commentId);
    return dir;
  };
  const summaryLines = [];
  const { result } = pub;
  const steps = [
    {
      name: "outputs",
      run: async () => {
        await setResultOutputs(result, await folder());
        setTrendOutputs(pub.trend.view);
      }
    },
    { name: "comment", run: () => comment(ctx, pub, folder) }
  ];
  if (ctx.mode === "check") {
    steps.push({ name: "annotations", run: async () => annotate(ctx, result, summaryLines) });
    steps.push(...checkRunSteps(ctx, result));
  }
  if (ctx.mode === "record") steps.push(...recordSteps(ctx, pub, folder));
  const links = pub.pull ? pullLinks(ctx, pub.pull.number, pub.pull.headSha) : void 0;
  steps.push({ name: "job summary", run: () => writeJobSummary(result, summaryLines, links) });
  return steps;
}
async function publish(ctx, pub, steps = publishSteps(ctx, pub)) {
  await runSteps(steps);
  warnInformational(pub.result);
  for (const note of emptyComponents(pub.result)) warning(note);
  return verdict(pub.result);
}
async function comment(ctx, pub, folder) {
  const { pull, result } = pub;
  const { inputs } = ctx;
  let commentFile = "";
  let commentUrl = "";
  try {
    if (!pull) return;
    commentFile = await writeCommentFile(await folder(), {
      pullRequest: pull.number,
      headSha: pull.headSha,
      commentId: inputs.commentId,
      ...inputs.checks === "gates" ? { checks: inputs.checks } : {},
      result
    });
    if (pull.fromFork) {
      notice(
        'This pull request comes from a fork, whose token cannot comment. The comment was saved to the `comment-file` output; upload it as an artifact named `coverage-gate-comment\u2026` and post it from a `workflow_run` workflow with `mode: comment` (see README, "Fork pull requests").'
      );
      return;
    }
    if (inputs.comment === "off") return;
    commentUrl = await postComment(ctx, pub, pull, inputs.comment);
  } finally {
    setOutput("comment-file", commentFile);
    setOutput("comment-url", commentUrl);
  }
}
async function postComment(ctx, pub, pull, style) {
  const { inputs } = ctx;
  startGroup("Writing the pull request comment");
  try {
    const outcome2 = await writeComment(ctx, {
      issueNumber: pull.number,
      commentId: inputs.commentId,
      style,
      when: inputs.commentWhen,
      result: pub.result,
      headSha: pull.headSha,
      ...pub.comments ? { existing: pub.comments } : {}
    });
    if (!outcome2) return "";
    info(`Comment ${outcome2.action}: ${outcome2.url}`);
    return outcome2.url;
  } catch (error2) {
    warning(
      error2 instanceof GitHubApiError ? error2.message : `The comment was not written: ${describeError(error2)}`
    );
    return "";
  } finally {
    endGroup();
  }
}
function annotate(ctx, result, summaryLines) {
  if (!ctx.inputs.annotations || !result.patch) return;
  const { annotations, leftOut } = planAnnotations(result);
  for (const a of annotations) {
    warning(a.message, {
      title: "Not covered",
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine
    });
  }
  if (leftOut > 0) {
    const line2 = `${leftOut} more uncovered changed range${leftOut === 1 ? " was" : "s were"} not annotated (GitHub shows ${annotations.length} warnings per step); the "Files changed" table lists them all.`;
    info(line2);
    summaryLines.push(`_${line2}_`);
  }
}
function recordSteps(ctx, pub, folder) {
  let baselineFile = null;
  let files = null;
  const history = pub.trend.history;
  return [
    {
      name: "baseline file",
      run: async () => {
        baselineFile = await keepBaseline(ctx, pub.head, await folder());
        setOutput("baseline-file", baselineFile);
      }
    },
    {
      name: "history",
      run: async () => {
        if (history) files = await writeTrendFiles(await folder(), history, pub.result, ctx.inputs);
      }
    },
    {
      name: "badge",
      run: async () => {
        try {
          if (files && pub.badge) await publishBadge(ctx, pub.badge, files);
        } finally {
          if (baselineFile) {
            info(
              `Baseline for later pull requests: ${baselineFile} (upload it as the ${JSON.stringify(ctx.inputs.artifactName)} artifact)`
            );
          }
        }
      }
    }
  ];
}
async function keepBaseline(ctx, head, dir) {
  if (head.format !== "coverage.py") {
    const { workspace } = ctx;
    const sources = await resolveReportPaths(ctx.inputs.settings.coverageFiles, workspace);
    const [only] = sources;
    if (sources.length === 1 && only) {
      const file2 = (0, import_node_path7.join)(dir, (0, import_node_path7.basename)(only));
      await copyFile2((0, import_node_path7.isAbsolute)(only) ? only : (0, import_node_path7.join)(workspace, only), file2);
      return file2;
    }
    const withoutLines = [...head.files.values()].find((f) => !hasLineLists(f));
    if (withoutLines) {
      throw new InputError(
        withoutLines.path,
        "record mode cannot keep several reports without line lists as one baseline; give one report per run"
      );
    }
  }
  const file = (0, import_node_path7.join)(dir, "coverage.json");
  await writeFile2(file, toCoveragePyJson(head));
  return file;
}

// src/flow/report.ts
async function start(ctx) {
  const settings = ctx.inputs.settings;
  const { workspace } = ctx;
  const scan3 = scanCheckout(workspace);
  const paths = pathOptions(
    settings,
    workspace,
    scan3,
    reportDirHint(settings.coverageFiles, workspace, workspace)
  );
  const baseFile = readBaseFile(ctx, paths);
  baseFile.catch(() => void 0);
  const imported = await readHistoryImport(ctx.inputs.trend.historyImport, workspace);
  return { paths, imported, baseFile, walkNote: () => scan3.note() };
}
async function readHead(ctx, paths) {
  const settings = ctx.inputs.settings;
  startGroup("Reading the coverage report");
  try {
    const head = await loadReports(
      settings.coverageFiles,
      settings.coverageFormat,
      paths,
      ctx.workspace
    );
    info(`${counted(head.files.size, "file")} from ${settings.coverageFiles.join(", ")}`);
    for (const root of head.pathRoots ?? []) info(`Report root: ${root}`);
    for (const note of head.notes ?? []) info(`Note: ${note}`);
    return head;
  } finally {
    endGroup();
  }
}
function baseFromFile(begun) {
  return begun.baseFile;
}
async function readBaseFile(ctx, paths) {
  const settings = ctx.inputs.settings;
  const file = settings.baseCoverageFile;
  if (!file) return { base: null };
  const base = await loadReports([file], settings.coverageFormat, paths, ctx.workspace);
  return { base, baseline: { commit: null, source: "file", how: `the file ${file}` } };
}
function analyse2(settings, evidence) {
  const { baseline, measured, ...rest } = evidence;
  const result = runAnalysis({
    settings,
    ...rest,
    ...baseline ? { baseline } : {},
    ...measured ? { measured } : {}
  });
  const precision = result.precision;
  info(
    `Coverage ${displayPercent(result.totals.percent, precision, result.rounding)}%${result.delta === null ? "" : ` (${displayDelta(result.delta, precision)} pp)`}; gates ${result.passed ? "passed" : `failed: ${result.failedGates.join(", ")}`}`
  );
  return result;
}

// src/flow/check.ts
async function checkFlow(ctx) {
  const begun = await start(ctx);
  const target = ctx.event.target;
  if (!target) {
    warning(
      `mode is check but the ${ctx.event.name} event names no pull request or merge group; there is no base to compare with`
    );
  }
  const plan = target ? planCheck(ctx, target, begun) : null;
  let head;
  let evidence;
  try {
    head = await readHead(ctx, begun.paths);
    evidence = await gather2(begun, head, target, plan);
  } catch (error2) {
    if (plan) await settled(plan);
    throw error2;
  }
  const result = analyse2(ctx.inputs.settings, evidence);
  const trend = await prepareTrend(ctx, {
    mode: "check",
    result,
    imported: begun.imported,
    branch: target?.baseRef ?? null,
    baseline: evidence.artifact
  });
  if (trend.view) result.push = trend.view;
  return publish(ctx, {
    result,
    head,
    trend,
    pull: target?.pull ?? null,
    ...plan?.comments ? { comments: plan.comments } : {}
  });
}
function planCheck(ctx, target, begun) {
  const { inputs, event } = ctx;
  const settings = inputs.settings;
  return startCheck({
    api: ctx.api,
    repo: ctx.repo,
    eventName: event.name,
    eventSha: event.sha,
    workspace: ctx.workspace,
    coverageFiles: settings.coverageFiles,
    target,
    baseline: settings.baseCoverageFile ? null : {
      workflow: async () => inputs.baseWorkflow ?? currentWorkflow(ctx.api(), ctx.repo, event),
      artifactName: inputs.artifactName,
      entryName: preferredEntryName(settings.coverageFiles),
      format: settings.coverageFormat,
      paths: begun.paths
    },
    listComments: target.pull !== null && !target.pull.fromFork && inputs.comment === "update"
  });
}
async function gather2(begun, head, target, plan) {
  const evidence = {
    head,
    ...await baseFromFile(begun),
    changes: null,
    notes: []
  };
  if (!target || !plan) return withWalkNote(evidence, begun);
  evidence.measured = await describeMeasured(plan);
  if (plan.baseline) {
    startGroup("Finding the baseline");
    try {
      const found = await plan.baseline;
      evidence.artifact = found.artifact;
      if (found.report) {
        evidence.base = found.report;
        evidence.baseline = found.info;
        for (const root of found.report.pathRoots ?? []) info(`Baseline root: ${root}`);
      } else {
        warning(`No baseline: ${found.reason}`);
        evidence.notes.push(
          `No baseline was found: ${found.reason}. There is no comparison with ${target.baseRef}, and the drop gate is skipped.`
        );
      }
    } finally {
      endGroup();
    }
  }
  const outcome2 = await plan.changes;
  evidence.changes = outcome2.changes;
  info(
    `Changed lines from ${outcome2.how}: ${outcome2.changes ? counted(outcome2.changes.length, "file") : "none"}`
  );
  if (outcome2.note) evidence.notes.push(outcome2.note);
  evidence.baselineChanges = await olderBaselineChanges(evidence, plan.gitDir);
  return withWalkNote(evidence, begun);
}
async function olderBaselineChanges(evidence, gitDir) {
  const from = evidence.baseline?.commit;
  const measured = evidence.measured;
  if (!from || !measured?.anchor || from === measured.anchor || !evidence.changes) return null;
  return readBaselineChanges(gitDir, from, measured.commit);
}
function withWalkNote(evidence, begun) {
  const note = begun.walkNote();
  if (note) evidence.notes.push(note);
  return evidence;
}
function preferredEntryName(patterns) {
  const only = patterns.length === 1 ? patterns[0] : void 0;
  if (!only || isGlob(only)) return null;
  return (0, import_node_path8.basename)(only);
}

// src/github/pulls.ts
async function getPull(client, repo, number) {
  try {
    return (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (error2) {
    const failure = new GitHubApiError(
      `pull request #${number} could not be read`,
      "comments",
      error2
    );
    if (failure.status === 404) return null;
    throw failure;
  }
}

// src/flow/comment-stage.ts
var COMMENT_ARTIFACT_PREFIX = "coverage-gate-comment";
function pickCommentEntry(files) {
  const json = files.filter((f) => f.name.toLowerCase().endsWith(".json"));
  if (json.length !== 1 || !json[0]) {
    throw new InputError("", `must hold exactly one .json comment file, holds ${json.length}`);
  }
  return json[0];
}
function builtBy(head, run3) {
  const runRepo = run3.head_repository?.full_name;
  return typeof run3.head_branch === "string" && typeof runRepo === "string" && head.ref === run3.head_branch && head.repo?.full_name.toLowerCase() === runRepo.toLowerCase();
}
async function commentFlow(ctx) {
  const client = ctx.api();
  const run3 = ctx.event.workflowRun;
  if (!run3) {
    throw new Error(
      `mode: comment runs in a workflow_run workflow; the ${ctx.event.name} event has no workflow_run`
    );
  }
  const artifacts = (await listArtifactsOfRun(client, ctx.repo, run3.id)).filter(
    (a) => a.name.startsWith(COMMENT_ARTIFACT_PREFIX)
  );
  if (artifacts.length === 0) {
    info(`Run ${run3.id} left no ${COMMENT_ARTIFACT_PREFIX}* artifact; nothing to post.`);
    return [];
  }
  const accepted = [];
  for (const artifact of artifacts) {
    const name = `artifact ${JSON.stringify(artifact.name)}`;
    try {
      const file = await acceptedFile(ctx, run3, artifact, name);
      if (file) accepted.push({ name, file });
    } catch (error2) {
      const message = describeError(error2);
      throw new Error(
        message.startsWith(name) ? `${message}; nothing was posted` : `${name}: ${message}; nothing was posted`
      );
    }
  }
  const failures = await post(ctx, accepted);
  await checkRunsOf(ctx, accepted, run3.head_sha);
  return failures;
}
async function checkRunsOf(ctx, accepted, headSha) {
  for (const { name, file } of accepted) {
    if (file.checks !== "gates" && ctx.inputs.checks !== "gates") continue;
    try {
      await publishCheckRuns(ctx, file.result, headSha);
    } catch (error2) {
      warning(
        error2 instanceof GitHubApiError ? `${name}: ${error2.message}` : `${name}: the check runs were not written: ${describeError(error2)}`
      );
    }
  }
}
var short2 = (sha) => sha.slice(0, 7);
async function acceptedFile(ctx, run3, artifact, name) {
  const { repo } = ctx;
  if (artifact.expired) throw new InputError(name, "has expired");
  const zip = await downloadArtifact(ctx.api(), repo, artifact.id);
  const { bytes } = readZipEntry(zip, name, pickCommentEntry);
  const file = await parseCommentFile(bytes, name);
  const pr = await getPull(ctx.api(), repo, file.pullRequest);
  if (!pr) {
    throw new InputError(
      name,
      `names pull request #${file.pullRequest}, which this repository does not have`
    );
  }
  if (pr.base.repo.full_name.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase()) {
    throw new InputError(name, `names pull request #${file.pullRequest} of another repository`);
  }
  if (pr.state !== "open")
    throw new InputError(name, `names pull request #${file.pullRequest}, which is ${pr.state}`);
  if (file.headSha !== run3.head_sha || pr.head.sha !== run3.head_sha && !builtBy(pr.head, run3)) {
    throw new InputError(
      name,
      `is for commit ${short2(file.headSha)}, but pull request #${file.pullRequest} is at ${short2(pr.head.sha)} and the run at ${short2(run3.head_sha)}`
    );
  }
  if (pr.head.sha !== run3.head_sha) {
    notice(
      `${name}: pull request #${file.pullRequest} has moved on to ${short2(pr.head.sha)} since run ${run3.id} built ${short2(run3.head_sha)}; nothing posted, the newer run will post`
    );
    return null;
  }
  return file;
}
async function post(ctx, accepted) {
  const { inputs } = ctx;
  const failures = [];
  for (const { name, file } of accepted) {
    if (inputs.comment === "off") {
      info(`${name}: comment: off, not posted`);
      continue;
    }
    try {
      const outcome2 = await writeComment(ctx, {
        issueNumber: file.pullRequest,
        commentId: file.commentId,
        style: inputs.comment,
        when: inputs.commentWhen,
        result: file.result,
        headSha: file.headSha
      });
      if (!outcome2) continue;
      info(`${name}: comment ${outcome2.action} on #${file.pullRequest}: ${outcome2.url}`);
      setOutput("comment-url", outcome2.url);
    } catch (error2) {
      failures.push(describeError(error2));
    }
  }
  return failures;
}

// src/flow/record.ts
function recordSettings(settings) {
  return {
    ...settings,
    gates: {
      ...settings.gates,
      maxCoverageDrop: null,
      minPatchCoverage: null,
      maxNewUncoveredLines: null,
      failOnMissingBaseline: false
    }
  };
}
async function recordFlow(ctx) {
  const badge = planBadge(ctx);
  const begun = await start(ctx);
  const head = await readHead(ctx, begun.paths);
  const result = analyse2(recordSettings(ctx.inputs.settings), {
    head,
    ...await baseFromFile(begun),
    changes: null,
    notes: [begun.walkNote()].filter((note) => note !== void 0)
  });
  const trend = await prepareTrend(ctx, {
    mode: "record",
    result,
    imported: begun.imported,
    branch: /^refs\/heads\/(.+)$/.exec(ctx.event.ref)?.[1] ?? null
  });
  if (trend.view) result.push = trend.view;
  return publish(ctx, { result, head, trend, pull: null, badge });
}

// src/action.ts
var FLOWS = {
  check: checkFlow,
  record: recordFlow,
  comment: commentFlow
};
async function run2(context3 = createContext) {
  try {
    const ctx = context3();
    const auto = ctx.inputs.mode === "auto" ? ` (from the ${ctx.event.name} event)` : "";
    info(`Mode: ${ctx.mode}${auto}`);
    const failures = await FLOWS[ctx.mode](ctx);
    if (failures.length > 0) setFailed(failures.join("; "));
  } catch (error2) {
    setFailed(describeError(error2));
    if (error2 instanceof Error && error2.stack) debug(error2.stack);
  }
}

// src/index.ts
void run2();
