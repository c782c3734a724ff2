import type { BrowserContext } from "playwright-core";

/**
 * office.js stubbed: the pages Word loads (taskpane.html, the ribbon's dialog) ask Office's CDN for
 * office.js; in these tests that one request is answered here, with a small stand-in, and never
 * reaches the network. The stand-in records what the page asks of Office in window.__office.
 */

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const STUB = `
(function () {
  var record = { messages: [], runs: 0 };
  window.__office = record;
  var settings = {};
  var ok = function (callback) { if (callback) setTimeout(function () { callback({ status: "succeeded", value: undefined, error: null }); }); };
  window.Office = {
    HostType: { Word: "Word" },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    onReady: function (callback) {
      var info = { host: "Word", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () { if (callback) callback(info); resolve(info); });
      });
    },
    actions: { associate: function () {} },
    context: {
      officeTheme: { bodyBackgroundColor: "#ffffff" },
      requirements: {
        isSetSupported: function (name, version) {
          return (name === "WordApi" && Number(version || "1") <= 1.3) || name === "DialogApi";
        },
      },
      document: {
        settings: {
          get: function (name) { return name in settings ? settings[name] : null; },
          set: function (name, value) { settings[name] = value; },
          remove: function (name) { delete settings[name]; },
          saveAsync: ok,
        },
        addHandlerAsync: function (type, handler, callback) { ok(callback); },
        removeHandlerAsync: function (type, options, callback) { ok(callback); },
      },
      ui: {
        messageParent: function (message) { record.messages.push(message); },
      },
    },
  };
  // No Word here: every batch is refused, as Word refuses when a document is closed.
  window.Word = {
    run: function () {
      record.runs++;
      return Promise.reject(new Error("There is no Word in this test."));
    },
  };
  window.OfficeExtension = { Error: Error };
})();
`;

/** Answers the office.js request of every page in the context with the stand-in. */
export async function stubOfficeJs(context: BrowserContext): Promise<void> {
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: STUB }),
  );
}
