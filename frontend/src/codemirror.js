// The query editor's libraries, bundled into one file that sets window.KgCodeMirror.
// kg/web/static/query.js (not bundled, readable as served) puts them together.
export { EditorView, keymap, placeholder } from "@codemirror/view";
export { EditorState, Prec } from "@codemirror/state";
export { basicSetup } from "codemirror";
export { StreamLanguage } from "@codemirror/language";
export { sparql } from "@codemirror/legacy-modes/mode/sparql";
export { autocompletion, completeFromList } from "@codemirror/autocomplete";
