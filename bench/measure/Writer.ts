import * as Y from 'yjs';
import { editableParagraphs } from '../draft/editableParagraphs.ts';
import { type TextRun, textRuns, typeText } from '../draft/paragraphEdits.ts';

const PROSE = 'The committee notes progress on the regularisation of migrant workers. ';

/**
 * A participant typing at the end of one paragraph of the draft, one
 * character per update, as the app's editor sends keystrokes. Its document
 * starts from the room's state as its client received it (sync step 2), so
 * every keystroke carries an origin the server knows. Writer `ordinal` of
 * `of` takes its own paragraph, spread over the findings (or over the
 * editable sections when the draft has too few findings), so writers never
 * type at the same spot. Remembers when each update was sent and which
 * clocks it carries.
 */
export class Writer {
  private readonly doc = new Y.Doc();
  private readonly paragraph: Y.XmlText;
  private run: TextRun | undefined;
  private last: Uint8Array | null = null;
  /** For each update, in order: the clock after it (the update carries clocks from the previous entry to this one). */
  readonly ends: number[] = [];
  /** `performance.now()` at which each update was sent, in the same order. */
  readonly sentAt: number[] = [];

  constructor(state: Uint8Array, spot: { ordinal: number; of: number }) {
    Y.applyUpdate(this.doc, state);
    const paragraphs = editableParagraphs(this.doc);
    const findings = paragraphs.filter((p) => p.finding);
    const pool = findings.length >= spot.of ? findings : paragraphs;
    const chosen = pool[Math.floor(((spot.ordinal + 0.5) * pool.length) / spot.of)];
    if (chosen === undefined) throw new Error('Writer: the draft has no paragraph a participant may edit');
    this.paragraph = chosen.paragraph;
    this.run = textRuns(this.paragraph).at(-1);
    this.doc.on('update', (update: Uint8Array) => {
      this.last = update;
    });
  }

  get clientId(): number {
    return this.doc.clientID;
  }

  /** Types one character and returns the update; call `markSent` right before sending it. */
  next(): Uint8Array {
    const character = PROSE[this.ends.length % PROSE.length] as string;
    typeText(this.paragraph, this.run, this.run?.text.length ?? 0, character);
    if (this.run) this.run.text += character;
    else this.run = textRuns(this.paragraph).at(-1);
    const update = this.last;
    if (!update) throw new Error('Writer.next: no update');
    this.ends.push(Y.getState(this.doc.store, this.doc.clientID));
    return update;
  }

  markSent(at: number): void {
    this.sentAt.push(at);
  }
}
