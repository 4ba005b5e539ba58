import * as Y from 'yjs';

/**
 * A typist: its own Y.Doc appending one character per update, so update n
 * carries exactly clock n of this client. Remembers when each clock was sent.
 */
export class Writer {
  private readonly doc = new Y.Doc();
  private readonly text = this.doc.getText('bench');
  private last: Uint8Array | null = null;
  /** `performance.now()` at which each clock was sent, indexed by clock. */
  readonly sentAt: number[] = [];

  constructor() {
    this.doc.on('update', (update: Uint8Array) => {
      this.last = update;
    });
  }

  get clientId(): number {
    return this.doc.clientID;
  }

  /** Types one character and returns the update; call `markSent` right before sending it. */
  next(): Uint8Array {
    this.text.insert(this.text.length, 'abcdefghij'[this.sentAt.length % 10] as string);
    const update = this.last;
    if (!update) throw new Error('Writer.next: no update');
    return update;
  }

  markSent(at: number): void {
    this.sentAt.push(at);
  }
}
