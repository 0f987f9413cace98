package org.readiness.assessment.ui;

import org.jspecify.annotations.Nullable;

/**
 * The page's side of saving: it numbers every change the user makes in a step's form, shows "Saving…" at once, and
 * after each change has gone to the server (Vaadin sends them in order) tells the server the number of the latest
 * one ({@link StepForm#changesSent}). The server confirms a number only once it has stored everything it received up
 * to it ({@link SaveStatus#confirm}), so the page never says "All answers saved" while a change is on its way.
 * <p>
 * Typed text (notes, free-text answers, numbers) is sent 700 ms after the last key, when the field loses focus, and
 * before anything else the user does, so a note typed and left at once by a click is stored first; when the page is
 * left by a reload or by closing the tab, notes not yet confirmed go by {@code navigator.sendBeacon} to
 * {@link NoteBeacon#url()}, if the interview has one.
 */
public final class ChangeTracker {

    static final int TYPING_PAUSE_MILLIS = 700;

    /** Runs on the status element: $0 the latest change the server has stored everything up to. */
    static final String CONFIRM = "window.readinessChanges && window.readinessChanges.confirm($0)";

    /**
     * Runs on the step's form: $0 the typing pause; $1, $2, $3 where unsent notes go when the page is left (the
     * address, or null for nowhere) with the name and value of the CSRF token that address needs.
     */
    private static final String INSTALL = """
            const form = this;
            if (!window.readinessChanges) {
              const changes = window.readinessChanges = {
                made: 0, confirmed: 0, beacon: null,
                status() { return document.querySelector('.save-status'); },
                saving() { const status = this.status(); if (status) status.setAttribute('data-saving', ''); },
                confirm(upTo) {
                  this.confirmed = Math.max(this.confirmed, upTo);
                  const status = this.status();
                  if (status && this.confirmed >= this.made) status.removeAttribute('data-saving');
                }
              };
              window.addEventListener('pagehide', () => {
                const beacon = changes.beacon;
                if (!beacon || !navigator.sendBeacon) return;
                document.querySelectorAll('vaadin-text-area.note-field').forEach(note => {
                  const question = note.closest('[data-question]');
                  if (question && (note.readinessChange || 0) > changes.confirmed) {
                    const body = new URLSearchParams();
                    body.set('question', question.getAttribute('data-question'));
                    body.set('text', note.value || '');
                    body.set(beacon.parameter, beacon.token);
                    navigator.sendBeacon(beacon.url, body);
                  }
                });
              });
            }
            const changes = window.readinessChanges;
            changes.beacon = $1 ? {url: $1, parameter: $2, token: $3} : null;
            const TYPED = 'vaadin-text-area, vaadin-text-field, vaadin-number-field';
            const timers = new Map();
            const typedField = event => event.target && event.target.closest ? event.target.closest(TYPED) : null;
            const stopTimer = field => { clearTimeout(timers.get(field)); timers.delete(field); };
            const send = field => { stopTimer(field); field.dispatchEvent(new Event('change', {bubbles: true})); };
            form.addEventListener('input', event => {
              changes.made++;
              changes.saving();
              const field = typedField(event);
              if (field) {
                field.readinessChange = changes.made;
                stopTimer(field);
                timers.set(field, setTimeout(() => send(field), $0));
              }
            });
            form.addEventListener('change', event => {
              const field = typedField(event);
              if (field) stopTimer(field);
              if (changes.made > 0 && form.$server) form.$server.changesSent(changes.made);
            });
            form.addEventListener('focusout', event => {
              const field = typedField(event);
              if (field && timers.has(field)) send(field);
            });
            """;

    private ChangeTracker() {
    }

    /**
     * Starts numbering the changes made in this form; the form must be on the page and take {@code changesSent} from
     * the page (a {@code @ClientCallable}, as {@link StepForm#changesSent} does). Another feature's page with notes
     * typed as they are said (a plan's checkpoint meeting) installs it on its own form.
     */
    public static void install(com.vaadin.flow.component.Component form, @Nullable NoteBeacon beacon) {
        form.getElement().executeJs(INSTALL, TYPING_PAUSE_MILLIS, beacon == null ? null : beacon.url(),
                beacon == null ? null : beacon.csrfParameter(), beacon == null ? null : beacon.csrfToken());
    }
}
