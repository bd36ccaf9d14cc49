import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IDLE, SEQUENCE_TIMEOUT_MS, resolveKey, strokeOf, type KeyFocus, type KeyPress, type SequenceState } from "./keySequence";
import { keyFocusOf } from "./keyTarget";
import { SHORTCUTS } from "./shortcuts";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
const PAGE: KeyFocus = { typing: false, dialogOpen: false, inList: false, onRow: false };

/** Presses keys in order, `gapMs` apart, and returns the id of each shortcut that fired (null where none did). */
function run(keys: (KeyPress | string)[], focus: KeyFocus = PAGE, gapMs = 100): (string | null)[] {
  let state: SequenceState = IDLE;
  return keys.map((key, i) => {
    const outcome = resolveKey(SHORTCUTS, state, typeof key === "string" ? press(key) : key, focus, 10_000 + i * gapMs);
    state = outcome.state;
    return outcome.shortcut?.id ?? null;
  });
}

describe("key sequences", () => {
  it("g then d within 1 s goes to devices; later, d alone does nothing", () => {
    expect(run(["g", "d"])).toEqual([null, "go:/devices"]);
    expect(run(["g", "d"], PAGE, SEQUENCE_TIMEOUT_MS)).toEqual([null, "go:/devices"]);
    expect(run(["g", "d"], PAGE, SEQUENCE_TIMEOUT_MS + 1)).toEqual([null, null]);
  });

  it("takes g as the start of a sequence, so the browser does not act on it", () => {
    const outcome = resolveKey(SHORTCUTS, IDLE, press("g"), PAGE, 0);
    expect(outcome).toMatchObject({ shortcut: null, handled: true, state: { pending: ["g"] } });
  });

  it("starts afresh after a key that does not continue the sequence", () => {
    expect(run(["g", "x", "d"])).toEqual([null, null, null]);
    expect(run(["g", "j"])).toEqual([null, "row:next"]);
    expect(run(["g", "g", "a"])).toEqual([null, null, "go:/anomalies"]);
  });

  it("lets Shift pass on its way to a character, without breaking a sequence", () => {
    expect(run(["g", press("Shift", { shiftKey: true }), "u"])).toEqual([null, null, "go:/audit"]);
    expect(run([press("?", { shiftKey: true })])).toEqual(["sheet"]);
    expect(run(["g", press("D", { shiftKey: true })])).toEqual([null, null]);
  });

  it("reads a letter typed with Caps Lock as the letter", () => {
    expect(run(["g", press("D")])).toEqual([null, "go:/devices"]);
  });

  it("opens the palette with Ctrl+K or ⌘K, and with no other modifier", () => {
    expect(run([press("k", { ctrlKey: true })])).toEqual(["palette"]);
    expect(run([press("k", { metaKey: true })])).toEqual(["palette"]);
    expect(run([press("K", { ctrlKey: true, shiftKey: true })])).toEqual([null]);
    expect(run([press("k", { ctrlKey: true, altKey: true })])).toEqual([null]);
    expect(run([press("k", { ctrlKey: true, metaKey: true })])).toEqual([null]);
    expect(run([press("g", { ctrlKey: true }), "d"])).toEqual([null, null]);
    expect(run([press("j", { altKey: true })])).toEqual([null]);
  });

  it("opens the palette from a field, where every other shortcut is text", () => {
    const typing = { ...PAGE, typing: true };
    expect(run([press("k", { ctrlKey: true })], typing)).toEqual(["palette"]);
    expect(run(["g", "d", "j", "/", press("?", { shiftKey: true })], typing)).toEqual([null, null, null, null, null]);
  });

  it("moves rows with arrows only inside a list, and Enter acts only on a row itself", () => {
    expect(run(["ArrowDown", "ArrowUp", "Enter"])).toEqual([null, null, null]);
    expect(run(["ArrowDown", "ArrowUp", "Enter"], { ...PAGE, inList: true })).toEqual(["row:next", "row:previous", null]);
    expect(run(["Enter"], { ...PAGE, inList: true, onRow: true })).toEqual(["row:open"]);
  });

  it("repeats row moves while a key is held, nothing else", () => {
    expect(run([press("j", { repeat: true }), press("?", { repeat: true, shiftKey: true })])).toEqual(["row:next", null]);
    expect(run([press("g", { repeat: true }), "d"])).toEqual([null, null]);
  });

  it("does nothing while composing text with an input method", () => {
    expect(run([press("g", { isComposing: true }), "d"])).toEqual([null, null]);
  });

  it("names strokes the way the table writes them", () => {
    expect(strokeOf(press("k", { metaKey: true }))).toBe("Mod+k");
    expect(strokeOf(press("K", { ctrlKey: true, shiftKey: true }))).toBe("Mod+Shift+k");
    expect(strokeOf(press("?", { shiftKey: true }))).toBe("?");
    expect(strokeOf(press("ArrowDown"))).toBe("ArrowDown");
  });
});

const strokesInTable = [...new Set(SHORTCUTS.flatMap((s) => s.bindings.flatMap((b) => b.keys.map((k) => k.replace(/^Mod\+/, "")))))];
const keyArb = fc.oneof(fc.constantFrom(...strokesInTable, "Shift", "Control", "Escape", "Tab", " "), fc.string({ minLength: 1, maxLength: 2 }));
const pressArb: fc.Arbitrary<KeyPress> = fc.record({
  key: keyArb,
  ctrlKey: fc.boolean(),
  metaKey: fc.boolean(),
  altKey: fc.boolean(),
  shiftKey: fc.boolean(),
  repeat: fc.boolean(),
  isComposing: fc.boolean(),
});
const editableArb = fc.oneof(
  fc.record({ tagName: fc.constantFrom("INPUT", "TEXTAREA", "SELECT", "input", "textarea", "select"), isContentEditable: fc.boolean() }),
  fc.record({ tagName: fc.constantFrom("DIV", "SPAN", "P", "TD", "A", "BUTTON"), isContentEditable: fc.constant(true) }),
);
const listArb = fc.record({ inList: fc.boolean(), onRow: fc.boolean() });

/** Every press of a run, from any sequence state: which shortcuts fire. */
function fired(presses: KeyPress[], focus: KeyFocus) {
  let state: SequenceState = IDLE;
  return presses.flatMap((p, i) => {
    const outcome = resolveKey(SHORTCUTS, state, p, focus, i * 50);
    state = outcome.state;
    return outcome.shortcut ? [{ press: p, shortcut: outcome.shortcut, handled: outcome.handled }] : [];
  });
}

describe("what never fires (properties)", () => {
  it("no shortcut fires for a key pressed in an editable element, but the palette's chord, which types nothing", () => {
    fc.assert(
      fc.property(fc.array(pressArb, { maxLength: 12 }), editableArb, listArb, (presses, target, list) => {
        const focus = { ...keyFocusOf(target, false), ...list };
        for (const { press: p, shortcut } of fired(presses, focus)) {
          expect(shortcut.id).toBe("palette");
          expect(p.ctrlKey !== p.metaKey && !p.altKey && !p.shiftKey).toBe(true);
        }
      }),
    );
  });

  it("nothing fires, nor is taken from the browser, while a dialog is open", () => {
    fc.assert(
      fc.property(fc.array(pressArb, { maxLength: 12 }), fc.boolean(), listArb, (presses, typing, list) => {
        let state: SequenceState = IDLE;
        presses.forEach((p, i) => {
          const outcome = resolveKey(SHORTCUTS, state, p, { typing, dialogOpen: true, ...list }, i * 50);
          expect(outcome.shortcut).toBeNull();
          expect(outcome.handled).toBe(false);
          state = outcome.state;
        });
      }),
    );
  });

  it("with Alt, or with Ctrl or ⌘ other than Ctrl+K / ⌘K alone, nothing fires", () => {
    fc.assert(
      fc.property(fc.array(pressArb, { maxLength: 12 }), listArb, (presses, list) => {
        for (const { press: p, shortcut } of fired(presses, { ...PAGE, ...list })) {
          if (p.altKey) expect.unreachable(`${shortcut.id} fired with Alt`);
          if (p.ctrlKey || p.metaKey) expect(shortcut.id).toBe("palette");
        }
      }),
    );
  });
});
