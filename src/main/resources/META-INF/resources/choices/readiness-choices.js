// One question's options as native radio buttons or checkboxes inside one element (OptionGroup on the server).
// The server keeps a single state node per question: its label, options, value, help and error are properties of
// this element, and the element draws them into its own light DOM (so the theme styles it and a screen reader reads
// a radio group or a group of checkboxes, named by the question). Every text is set as text, never as markup.

const PROPERTIES = ['label', 'helperText', 'errorMessage', 'invalid', 'required', 'multiple', 'options', 'value'];
let made = 0;

class ReadinessChoices extends HTMLElement {

  constructor() {
    super();
    this._id = 'choices-' + (++made);
    this._state = {label: '', helperText: '', errorMessage: '', invalid: false, required: false, multiple: false,
      options: [], value: []};
    this.addEventListener('change', event => this._changed(event));
  }

  connectedCallback() {
    // Properties the server set before this script defined the element live on the element itself: take them over.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._drawn) {
      this._draw();
    }
  }

  get value() {
    return this._state.value;
  }

  set value(value) {
    this._state.value = Array.isArray(value) ? value.map(String) : [];
    this._showValue();
  }

  _changed(event) {
    if (!(event.target instanceof HTMLInputElement)) {
      return;
    }
    const inputs = [...this.querySelectorAll('input')];
    this._state.value = inputs.filter(input => input.checked).map(input => input.value);
    this.dispatchEvent(new CustomEvent('value-changed', {detail: {value: this._state.value}}));
  }

  _set(name, value) {
    this._state[name] = value;
    if (!this._drawn) {
      return;
    }
    // Only a change of the options themselves makes new inputs: an error or a help text leaves the focus and the
    // input a person is on where they are.
    if (name === 'options' || name === 'multiple') {
      this._drawOptions();
    } else if (name === 'label' || name === 'required') {
      this._drawLabel();
      this._drawRole();
    } else {
      this._drawHelpAndError();
    }
  }

  _draw() {
    this._drawn = true;
    this.replaceChildren(this._part('label'), this._part('options'), this._part('helper'), this._part('error'));
    this._element('error').setAttribute('aria-live', 'assertive');
    this._drawLabel();
    this._drawOptions();
    this._drawHelpAndError();
  }

  _drawRole() {
    const s = this._state;
    this.setAttribute('role', s.multiple ? 'group' : 'radiogroup');
    this.setAttribute('aria-labelledby', this._id + '-label');
    this.setAttribute('aria-describedby', this._id + '-helper ' + this._id + '-error');
    // ARIA allows aria-required on a radio group, not on a plain group; the mark beside the label shows it to all.
    if (s.required && !s.multiple) {
      this.setAttribute('aria-required', 'true');
    } else {
      this.removeAttribute('aria-required');
    }
  }

  _drawLabel() {
    const label = this._element('label');
    label.textContent = this._state.label || '';
    if (this._state.required) {
      const mark = document.createElement('span');
      mark.className = 'choices-required';
      mark.setAttribute('aria-hidden', 'true');
      label.append(mark);
    }
  }

  _drawOptions() {
    this._drawRole();
    this._element('options').replaceChildren(...(this._state.options || []).map(option => this._option(option)));
    this._showValue();
  }

  _drawHelpAndError() {
    const s = this._state;
    this._element('helper').textContent = s.helperText || '';
    this._element('error').textContent = s.invalid ? (s.errorMessage || '') : '';
    this.toggleAttribute('has-helper', !!s.helperText);
    this.toggleAttribute('invalid', !!s.invalid);
    if (s.invalid) {
      this.setAttribute('aria-invalid', 'true');
    } else {
      this.removeAttribute('aria-invalid');
    }
  }

  _option(option) {
    const label = document.createElement('label');
    label.className = 'choices-option' + (option.apart ? ' choices-apart' : '');
    const input = document.createElement('input');
    input.type = this._state.multiple ? 'checkbox' : 'radio';
    input.name = this._id;
    input.value = option.value;
    const text = document.createElement('span');
    text.className = option.end === undefined ? 'choices-text' : 'choices-text scale-point';
    text.textContent = option.label;
    if (option.end) {
      const end = document.createElement('span');
      end.className = 'scale-end';
      end.textContent = ' ' + option.end;
      text.append(end);
    }
    label.append(input, text);
    return label;
  }

  _part(name) {
    const part = document.createElement('div');
    part.className = 'choices-' + name;
    part.id = this._id + '-' + name;
    return part;
  }

  _element(name) {
    return this.querySelector(':scope > .choices-' + name);
  }

  _showValue() {
    for (const input of this.querySelectorAll('input')) {
      input.checked = this._state.value.includes(input.value);
    }
  }
}

for (const name of PROPERTIES.filter(name => name !== 'value')) {
  Object.defineProperty(ReadinessChoices.prototype, name, {
    get() {
      return this._state[name];
    },
    set(value) {
      this._set(name, value);
    }
  });
}

if (!customElements.get('readiness-choices')) {
  customElements.define('readiness-choices', ReadinessChoices);
}
