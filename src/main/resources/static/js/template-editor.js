// The templates page: syntax highlighting for the template's textarea (CodeMirror 5 from its webjar). Without
// JavaScript the plain textarea and its form do everything; CodeMirror writes its text back into the textarea when
// the form is sent.
(function () {
  "use strict";
  var area = document.getElementById("content");
  if (!area || typeof CodeMirror === "undefined") {
    return;
  }
  // FreeMarker's parts over the base language: comments <#-- -->, directives <#x …> </#x> <@x …/>, ${…} and #{…}
  var freemarker = {
    startState: function () { return { in: null, depth: 0 }; },
    token: function (stream, state) {
      if (state.in === "comment") {
        if (stream.skipTo("-->")) { stream.match("-->"); state.in = null; } else { stream.skipToEnd(); }
        return "ftl-comment";
      }
      if (state.in === "directive" || state.in === "interpolation") {
        var close = state.in === "directive" ? ">" : "}";
        var ch;
        while ((ch = stream.next()) != null) {
          if (ch === "{") { state.depth++; }
          else if (ch === close && (close === ">" || state.depth-- === 0)) { state.in = null; state.depth = 0; break; }
        }
        return state.in === null || close === ">" ? "ftl-" + (close === ">" ? "directive" : "interpolation")
            : "ftl-interpolation";
      }
      if (stream.match("<#--")) { state.in = "comment"; return "ftl-comment"; }
      if (stream.match(/^<\/?[#@]/)) { state.in = "directive"; return "ftl-directive"; }
      if (stream.match(/^[$#]\{/)) { state.in = "interpolation"; state.depth = 0; return "ftl-interpolation"; }
      while (stream.next() != null && !stream.match(/^(<\/?[#@]|[$#]\{)/, false)) { /* plain text */ }
      return null;
    }
  };
  var base = area.getAttribute("data-mode") === "html" ? "htmlmixed" : "text/plain";
  // CodeMirror takes a mode by its name: the overlay is defined as one
  CodeMirror.defineMode("freemarker-" + base, function (config) {
    return CodeMirror.overlayMode(CodeMirror.getMode(config, base), freemarker);
  });
  var editor = CodeMirror.fromTextArea(area, {
    mode: "freemarker-" + base,
    lineNumbers: true,
    lineWrapping: true,
    viewportMargin: Infinity
  });
  var line = parseInt(area.getAttribute("data-line"), 10);
  if (line > 0) {
    editor.addLineClass(line - 1, "background", "ftl-error-line");
    editor.scrollIntoView({ line: line - 1, ch: 0 }, 80);
  }
})();
