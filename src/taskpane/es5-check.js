/*
 * Runs first on the add-in's page, before office.js and the bundles, and is written in ES5 so
 * that it parses everywhere. Where Office has no WebView2, an add-in with a shared runtime runs
 * in Internet Explorer 11, which cannot parse the ES2020 bundles: nothing would register and the
 * pane would stay blank. This check finds the missing language features and replaces the page
 * with a message naming the Excel versions the add-in supports. No inline script, no eval.
 */
(function () {
  "use strict";

  function modernEnough() {
    try {
      return (
        typeof Promise === "function" &&
        typeof Promise.allSettled === "function" &&
        typeof Symbol === "function" &&
        typeof Map === "function" &&
        typeof Object.fromEntries === "function" &&
        typeof Array.prototype.flat === "function" &&
        typeof String.prototype.matchAll === "function" &&
        typeof globalThis === "object"
      );
      // ES5 has no optional catch binding, so the caught value must be named.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (error) {
      return false;
    }
  }

  if (modernEnough()) return;

  var MESSAGES = [
    {
      lang: "zh-CN",
      title: "此版本的 Office 无法运行齐鲁产业集群",
      text:
        "本加载项需要：Microsoft 365 版 Excel（Windows 版本 2002 或更高，并已安装 Microsoft Edge WebView2）、" +
        "Excel 2021 或更高版本、Mac 版 Excel 16.35 或更高版本，或网页版 Excel。" +
        "请更新 Office 或安装 WebView2 后重新打开本工作簿。",
    },
    {
      lang: "en",
      title: "This version of Office cannot run Qilu Clusters",
      text:
        "The add-in needs Excel for Microsoft 365 (on Windows, Version 2002 or later with Microsoft Edge WebView2 installed), " +
        "Excel 2021 or later, Excel for Mac 16.35 or later, or Excel on the web. " +
        "Update Office or install WebView2, then open this workbook again.",
    },
  ];

  function show() {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = document.createElement("div");
    box.id = "unsupported";
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, Microsoft YaHei, sans-serif";
    box.style.padding = "16px";
    for (var i = 0; i < MESSAGES.length; i++) {
      var title = document.createElement("h1");
      title.setAttribute("lang", MESSAGES[i].lang);
      title.style.fontSize = "16px";
      title.appendChild(document.createTextNode(MESSAGES[i].title));
      var text = document.createElement("p");
      text.setAttribute("lang", MESSAGES[i].lang);
      text.style.fontSize = "14px";
      text.appendChild(document.createTextNode(MESSAGES[i].text));
      box.appendChild(title);
      box.appendChild(text);
    }
    body.appendChild(box);
  }

  // Deferred bundles run before DOMContentLoaded, so the message replaces whatever they drew.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
