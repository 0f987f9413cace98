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
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': this.getAttribute('label') || 'JSON' }),
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
