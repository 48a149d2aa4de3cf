// The query page's editor: CodeMirror 6 (vendor/codemirror.js) over the form's textarea,
// with SPARQL highlighting and completion of prefixes (declaring them when missing) and
// of the kg vocabulary. Without JavaScript the textarea works as it is.
(function () {
  "use strict";
  const CM = window.KgCodeMirror;
  const textarea = document.getElementById("query");
  if (!CM || !textarea) return;
  const prefixes = JSON.parse(document.getElementById("prefixes").textContent);
  const form = textarea.form;

  const VOCAB = ["Article", "Sentence", "Mention", "Fact", "Event", "Claim", "Position",
    "Person", "Organization", "Country", "Place", "Facility", "Group", "EventName", "Date",
    "Quantity", "Description", "mentionedIn", "refersTo", "evidence", "inArticle", "text",
    "startChar", "endChar", "confidence", "polarity", "modality", "trigger", "agent",
    "patient", "addressee", "participant", "location", "origin", "destination", "date",
    "timeText", "speaker", "holder", "roleName", "organization", "holdsPosition", "lemma",
    "objectText", "reportedIn", "alias", "sourceLocation", "wikidataScore", "says", "orders",
    "announces", "withdraws", "meets", "asks", "keeps", "relatedBy", "quantityValue", "unit",
    "frame"];
  const KEYWORDS = ["SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "GRAPH", "UNION",
    "GROUP BY", "ORDER BY", "LIMIT", "OFFSET", "COUNT", "SAMPLE", "CONSTRUCT", "DESCRIBE",
    "ASK", "BIND", "VALUES", "PREFIX", "DESC", "ASC", "NOT EXISTS", "STRSTARTS", "CONTAINS",
    "LCASE", "STR", "LANG", "REGEX"];

  function declared(doc) {
    const found = new Set();
    for (const m of doc.matchAll(/^\s*PREFIX\s+([\w-]*):/gim)) found.add(m[1]);
    return found;
  }

  // "kg:" and friends: inserting one that the query does not declare adds its PREFIX line.
  function completePrefixed(context) {
    const word = context.matchBefore(/[\w-]*:?[\w-]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const text = word.text;
    const colon = text.indexOf(":");
    if (colon >= 0) {
      const prefix = text.slice(0, colon);
      if (prefix !== "kg") return null;
      return { from: word.from + colon + 1, options: VOCAB.map(v => ({ label: v, type: "property" })),
               validFor: /^[\w-]*$/ };
    }
    const line = context.state.doc.lineAt(context.pos);
    const inPrefixLine = /^\s*PREFIX\s+[\w-]*$/i.test(line.text.slice(0, context.pos - line.from));
    const options = Object.entries(prefixes).map(([p, iri]) => inPrefixLine
      ? { label: `${p}:`, detail: iri, type: "namespace", apply: `${p}: <${iri}>` }
      : { label: `${p}:`, detail: iri, type: "namespace",
          apply: (view, completion, from, to) => {
            const changes = [{ from, to, insert: `${p}:` }];
            if (!declared(view.state.doc.toString()).has(p)) {
              changes.push({ from: 0, insert: `PREFIX ${p}: <${iri}>\n` });
            }
            view.dispatch({ changes, selection: { anchor: from + p.length + 1 +
              (declared(view.state.doc.toString()).has(p) ? 0 : `PREFIX ${p}: <${iri}>\n`.length) } });
          } });
    const keywords = KEYWORDS.map(k => ({ label: k, type: "keyword" }));
    return { from: word.from, options: inPrefixLine ? options : options.concat(keywords),
             validFor: /^[\w-]*$/ };
  }

  const run = () => { textarea.value = view.state.doc.toString(); form.requestSubmit(); return true; };
  const view = new CM.EditorView({
    doc: textarea.value,
    extensions: [
      CM.basicSetup,
      CM.StreamLanguage.define(CM.sparql),
      CM.autocompletion({ override: [completePrefixed], activateOnTyping: true }),
      CM.Prec.highest(CM.keymap.of([{ key: "Mod-Enter", run }])),
      CM.EditorView.lineWrapping,
    ],
  });
  textarea.style.display = "none";
  textarea.parentNode.insertBefore(view.dom, textarea);
  view.dom.id = "query-editor";
  form.addEventListener("submit", () => { textarea.value = view.state.doc.toString(); });
  window.kgEditor = view; // for the browser tests and the console
})();
