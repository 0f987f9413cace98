// The studio's JSON pane: CodeMirror 6 with JSON highlighting, folding, search and the problems of the server's
// check (the same reader as --validate) as diagnostics at their line. It checks nothing itself: the server does.
import { EditorView, basicSetup } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics } from '@codemirror/lint';

const PAUSE_MILLIS = 400;

class StudioJsonEditor extends HTMLElement {

  connectedCallback() {
    if (this.view) {
      return;
    }
    this.view = new EditorView({
      doc: this._text ?? '',
      parent: this,
      // The element sits in a slot of Vaadin's tab sheet; CodeMirror would follow the slot and put its styles in the
      // tab sheet's shadow root, where they do not reach the editor (unstyled, it lays out the whole file, again
      // and again). Its styles go in the document, where the editor is.
      root: document,
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        EditorView.lineWrapping,
        // tabindex: axe counts no contenteditable as focusable, and would take the scrolling file for a region
        // the keyboard cannot reach; the text takes the focus as it does anyway.
        EditorView.contentAttributes.of({ 'aria-label': this.getAttribute('label') || 'JSON', tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !this._setting) {
            this._scheduleChange();
          }
        }),
        EditorView.domEventHandlers({ blur: () => this.flush() }),
        EditorView.theme({ '.cm-content': { color: 'var(--lumo-body-text-color, #1a1a1a)' } }),
      ],
    });
    // Made inside a tab that may not be laid out yet: measure again once the browser has placed it.
    requestAnimationFrame(() => this.view.requestMeasure());
    new ResizeObserver(() => this.view.requestMeasure()).observe(this);
    if (this._problems) {
      this.setProblems(this._problems);
    }
  }

  /** Replaces the text (a change made in the form, an undo), keeping the cursor where it can. */
  setText(text) {
    this._text = text;
    if (!this.view || this.view.state.doc.toString() === text) {
      return;
    }
    clearTimeout(this._timer);
    this._setting = true;
    const head = Math.min(this.view.state.selection.main.head, text.length);
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text }, selection: { anchor: head } });
    this._setting = false;
    this.view.requestMeasure();
  }

  /** Shows the server's problems: [{line, column, message}], 1-based; line 0 marks the whole file. */
  setProblems(problems) {
    this._problems = problems;
    if (!this.view) {
      return;
    }
    const doc = this.view.state.doc;
    const diagnostics = problems.map((problem) => {
      const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
      const from = Math.min(line.from + Math.max(problem.column - 1, 0), line.to);
      return { from, to: Math.max(from, line.to), severity: problem.severity || 'error', message: problem.message };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Scrolls to a line and puts the cursor there. */
  revealLine(lineNumber) {
    if (!this.view) {
      return;
    }
    const doc = this.view.state.doc;
    const line = doc.line(Math.min(Math.max(lineNumber, 1), doc.lines));
    this.view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
    this.view.focus();
  }

  /** Sends a change not sent yet at once (before a click elsewhere, as the field is left). */
  flush() {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
      this._send();
    }
  }

  /**
   * The typing not sent yet (the pause not over), as one replacement in the text the page last had, or null.
   * The text's ends that did not change are left out, so that a large file's beacon stays small.
   */
  unsentText() {
    if (!this._timer || !this.view) {
      return null;
    }
    const base = this._text ?? '';
    const now = this.view.state.doc.toString();
    let from = 0;
    while (from < base.length && from < now.length && base[from] === now[from]) {
      from++;
    }
    let end = 0;
    while (end < base.length - from && end < now.length - from
        && base[base.length - 1 - end] === now[now.length - 1 - end]) {
      end++;
    }
    return { baseLength: base.length, from, to: base.length - end, replaced: base.slice(from, base.length - end),
      insert: now.slice(from, now.length - end) };
  }

  _scheduleChange() {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      this._timer = null;
      this._send();
    }, PAUSE_MILLIS);
  }

  _send() {
    const text = this.view.state.doc.toString();
    this._text = text;
    this.dispatchEvent(new CustomEvent('text-changed', { detail: { text } }));
  }
}

customElements.define('studio-json-editor', StudioJsonEditor);

// The last-moment save: when the page is left (a closed tab, a reload), what the author typed that the server may
// not have yet goes by navigator.sendBeacon: the JSON pane's unsent typing, and the value of every form field typed
// in since it was shown (each marks where it writes, data-write; the server writes it as the form does, so a value
// it already has changes nothing).
const typedFields = new Set();
document.addEventListener('input', (event) => {
  const field = event.composedPath().find((node) => node instanceof Element && node.hasAttribute('data-write'));
  if (field) {
    typedFields.add(field);
  }
}, true);

function unsentChanges(editor) {
  const writes = [...typedFields].filter((field) => field.isConnected).map((field) => ({
    kind: field.getAttribute('data-write'),
    pointer: field.getAttribute('data-pointer'),
    language: field.getAttribute('data-language'),
    optional: field.hasAttribute('data-optional'),
    value: field.value == null ? '' : String(field.value),
  }));
  const text = editor.unsentText();
  return text || writes.length ? { text, writes } : null;
}

window.addEventListener('pagehide', () => {
  const editor = document.querySelector('studio-json-editor[data-unsent-url]');
  const changes = editor && navigator.sendBeacon ? unsentChanges(editor) : null;
  if (!changes) {
    return;
  }
  const body = new URLSearchParams();
  body.set('revision', editor.getAttribute('data-revision') || '0');
  body.set('changes', JSON.stringify(changes));
  body.set(editor.getAttribute('data-csrf-parameter'), editor.getAttribute('data-csrf-token'));
  navigator.sendBeacon(editor.getAttribute('data-unsent-url'), body);
});
