// The text of the command being typed and the cursor inside it. Code points, not
// UTF-16 units, so the cursor never lands inside a surrogate pair.

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && !/\s/.test(ch);

export class LineEditBuffer {
  private chars: string[] = [];
  private cursorIndex = 0;

  get text(): string {
    return this.chars.join('');
  }

  get characters(): readonly string[] {
    return this.chars;
  }

  get cursor(): number {
    return this.cursorIndex;
  }

  get isEmpty(): boolean {
    return this.chars.length === 0;
  }

  set(text: string): void {
    this.chars = Array.from(text);
    this.cursorIndex = this.chars.length;
  }

  clear(): void {
    this.set('');
  }

  insert(text: string): void {
    const added = Array.from(text);
    this.chars.splice(this.cursorIndex, 0, ...added);
    this.cursorIndex += added.length;
  }

  backspace(): boolean {
    if (this.cursorIndex === 0) return false;
    this.chars.splice(this.cursorIndex - 1, 1);
    this.cursorIndex--;
    return true;
  }

  deleteForward(): boolean {
    if (this.cursorIndex >= this.chars.length) return false;
    this.chars.splice(this.cursorIndex, 1);
    return true;
  }

  left(): boolean {
    if (this.cursorIndex === 0) return false;
    this.cursorIndex--;
    return true;
  }

  right(): boolean {
    if (this.cursorIndex >= this.chars.length) return false;
    this.cursorIndex++;
    return true;
  }

  home(): boolean {
    const moved = this.cursorIndex !== 0;
    this.cursorIndex = 0;
    return moved;
  }

  end(): boolean {
    const moved = this.cursorIndex !== this.chars.length;
    this.cursorIndex = this.chars.length;
    return moved;
  }

  wordLeft(): boolean {
    const start = this.cursorIndex;
    while (this.cursorIndex > 0 && !isWordChar(this.chars[this.cursorIndex - 1])) this.cursorIndex--;
    while (this.cursorIndex > 0 && isWordChar(this.chars[this.cursorIndex - 1])) this.cursorIndex--;
    return this.cursorIndex !== start;
  }

  wordRight(): boolean {
    const start = this.cursorIndex;
    const n = this.chars.length;
    while (this.cursorIndex < n && !isWordChar(this.chars[this.cursorIndex])) this.cursorIndex++;
    while (this.cursorIndex < n && isWordChar(this.chars[this.cursorIndex])) this.cursorIndex++;
    return this.cursorIndex !== start;
  }

  killToEnd(): boolean {
    if (this.cursorIndex >= this.chars.length) return false;
    this.chars.splice(this.cursorIndex);
    return true;
  }

  killToStart(): boolean {
    if (this.cursorIndex === 0) return false;
    this.chars.splice(0, this.cursorIndex);
    this.cursorIndex = 0;
    return true;
  }
}
