/** Which lines of a dump are a table's rows (parse/text/text-blocks.ts), and which are rules (parse/text/normalize.ts). */
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../src/parse/text/text-blocks.js';
import { randomPieces } from './support/random-pieces.js';
import { hasOddSpacing, isCjk, isRuleLine, nonSpaceLength, normalizeLine, undoubled, unrepeatedName } from '../src/parse/text/normalize.js';
import { stripBullet } from '../src/parse/text/bullets.js';
import { splitLayoutColumns } from '../src/parse/text/columns.js';

const cells = (text: string) => textToBlocks(text).blocks.filter((b) => b.kind === 'cell').map((b) => b.text);

describe('table rows in a dump', () => {
  it("reads innerText's tab-separated cells as a row", () => {
    expect(cells('Rank\tIsland\tHours\n1\tSkarra\t7.9\n')).toEqual(['Rank Island Hours', '1 Skarra 7.9']);
  });

  it("reads a text browser's aligned columns as rows, blank lines between them allowed", () => {
    const row = (...c: string[]) => c[0].padEnd(5) + c[1].padEnd(20) + c[2].padStart(6) + c[3].padStart(6);
    const table = [row('Pos.', 'Driver', 'Points', 'Wins'), '', row('1', 'Kyle Busch', '5040', '5'), '', row('2', 'Martin Truex Jr.', '5035', '7'), '', row('10', 'Chase Elliott', '2275', '3')];
    expect(cells(['Standings after the final race:', '', ...table, '', 'The champion was crowned in Miami.'].join('\n'))).toEqual([
      'Pos. Driver Points Wins',
      '1 Kyle Busch 5040 5',
      '2 Martin Truex Jr. 5035 7',
      '10 Chase Elliott 2275 3',
    ]);
  });

  it('needs three rows that line up: two spaced-out lines are not a table', () => {
    expect(cells('Name      Age    Town\nAnna      34     Leeds\n\nShe moved there in 2019.')).toEqual([]);
  });

  it('leaves a page laid out in columns alone: a menu beside wrapped prose does not line up as cells', () => {
    const layout = [
      '   Home Page                Health Secretary John Reid has given the go ahead to',
      '   Medical News Letter      fifteen new hospital developments worth more than four',
      '   Institutions A to Z      billion pounds, the largest building programme since',
      '   Child Health News        the health service was founded in nineteen forty eight.',
    ];
    expect(cells(layout.join('\n'))).toEqual([]);
  });
});

describe('rule lines in a dump', () => {
  it("knows a text browser's horizontal rule: a row of box-drawing characters, dashes or equals signs", () => {
    for (const line of ['━━━━━━━━━━', '  ──────────', '-----', '=====', '• ━━━━━━', '___']) expect(isRuleLine(line), line).toBe(true);
  });

  it('leaves lines with words, dashes between words and short dashes alone', () => {
    for (const line of ['Repair Guides ━━━━━━', 'Paris — London', '--', '- item', '2020 - 2024', '']) expect(isRuleLine(line), line).toBe(false);
  });
});

describe('a line cleaned up (normalizeLine)', () => {
  it('collapses any run of spaces, tabs and no-break spaces to one space, and trims', () => {
    expect(normalizeLine('  Kelvik\u00A0opens  a\tfloating \u2009 library ')).toBe('Kelvik opens a floating library');
    expect(normalizeLine('one\u3000two')).toBe('one two');
  });

  it('collapses spacing as /\\s+/ would, with every kind of white space, alone, doubled or mixed (zero-width ones dropped)', () => {
    const spaces: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    expect(spaces.length).toBeGreaterThan(20);
    // The zero-width ones too: taking one out may set two spaces side by side ("a \u200B b").
    const pieces = ['a', 'word', 'É', ' ', '  ', '\u200B', '\u00AD', '\u2060', ...spaces];
    const lines = randomPieces(pieces, 7);
    for (let n = 0; n < 3000; n++) {
      const line = lines.text();
      // Zero-width characters go first (U+FEFF, the byte-order mark, is one, and \s too).
      expect(normalizeLine(line), JSON.stringify(line)).toBe(line.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim());
    }
  });

  it('sees each kind of white space and each zero-width character on its own between two words', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const zeroWidth = /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(ch);
      if (ch === ' ' || !(zeroWidth || /\s/.test(ch))) continue;
      expect(normalizeLine(`a${ch}b`), c.toString(16)).toBe(zeroWidth ? 'ab' : 'a b');
    }
  });

  it('gives white space alone back as nothing, and finds the words inside the line breaks around them', () => {
    expect(normalizeLine('\n    \n\t \u00A0')).toBe('');
    expect(normalizeLine('\n      Kelvik \u200B\n    ')).toBe('Kelvik');
    expect(normalizeLine('\u200B \n Kelvik  opens\n')).toBe('Kelvik opens');
  });

  it('drops zero-width characters and soft hyphens, and a heading anchor mark', () => {
    expect(normalizeLine('Middle\u00ADware\u200B ¶')).toBe('Middleware');
    expect(normalizeLine('Middleware¶')).toBe('Middleware');
  });

  it('gives a line that is already clean back as it is', () => {
    const line = 'The small harbour town of Kelvik opened a floating library on Monday.';
    expect(normalizeLine(line)).toBe(line);
    expect(normalizeLine('A pilcrow ¶ inside stays')).toBe('A pilcrow ¶ inside stays');
  });
});

describe('a phrase printed twice on one line (undoubled)', () => {
  it('reads a label glued to its screen-reader copy, or an alt text beside its title, once', () => {
    expect(undoubled('UsedUsed')).toBe('Used');
    expect(undoubled("Seller's other itemsSeller's other items")).toBe("Seller's other items");
    expect(undoubled('Who we are Who we are')).toBe('Who we are');
    expect(undoubled('Kristian LarsenKristian Larsen')).toBe('Kristian Larsen');
  });

  it('leaves short words, changed case, numbers alone and near copies as they are', () => {
    expect(undoubled('NoNo')).toBe('NoNo');
    expect(undoubled('Bye bye bye bye')).toBe('Bye bye bye bye');
    expect(undoubled('Walla Walla')).toBe('Walla Walla');
    expect(undoubled('20252025')).toBe('20252025');
    expect(undoubled('Sold out Sold out!')).toBe('Sold out Sold out!');
    expect(undoubled('The ferry left. The ferry left')).toBe('The ferry left. The ferry left');
  });

  it('reads a name printed two or three times over once (unrepeatedName), and leaves a name that repeats a word alone', () => {
    expect(unrepeatedName('Jonathan JonesJonathan JonesJonathan Jones')).toBe('Jonathan Jones');
    expect(unrepeatedName('Yaren Fadiloglulari Yaren Fadiloglulari')).toBe('Yaren Fadiloglulari');
    expect(unrepeatedName('Walla Walla')).toBe('Walla Walla');
    expect(unrepeatedName('Bo Bo Bo')).toBe('Bo Bo Bo');
    expect(unrepeatedName('Mary Jane Mary')).toBe('Mary Jane Mary');
  });

  it('makes one block of the phrase in a dump, so the body and the title candidates show it once', () => {
    const { blocks } = textToBlocks('Menu\n\nCondition:\nUsedUsed\n\nThe lamp works and the shade is clean.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Menu', 'Condition:', 'Used', 'The lamp works and the shade is clean.']);
  });
});

describe("a text browser's table layout read column by column (splitLayoutColumns)", () => {
  // A menu column beside an article, as w3m draws a page laid out with a table.
  const menu = ['Home', 'News', 'Feature: The', 'Night Train', 'Letters', 'Archive', 'Contact'];
  const article = [
    'The night train from Vessa to the coast will run again from the first of',
    'June, eleven years after the last sleeper car was taken off the line, the',
    'regional railway said on Tuesday. Two refurbished carriages have passed',
    'their safety checks and tickets go on sale next week, at about the price of',
    'a night in a cheap hotel for a bed and less than half of that for a seat in',
    'the day coach, which the campaigners who asked for the train had wanted.',
    'The railway will add a third carriage in July if the bookings hold up.',
  ];
  const layout = ['Vessa Evening Post', '', ...menu.map((m, i) => m.padEnd(18) + article[i])];

  it('reads the article whole and the menu apart, each line keeping its place in the source', () => {
    const { lines, origin } = splitLayoutColumns(layout)!;
    const text = lines.map((l) => l.trim()).filter(Boolean);
    expect(text.slice(1, 8)).toEqual(article);
    expect(text.slice(8)).toEqual(menu);
    expect(origin[lines.findIndex((l) => l.trim() === article[0])]).toBe(2);
    expect(origin[lines.findIndex((l) => l.trim() === 'Contact')]).toBe(8);
  });

  it('makes the paragraph one block, with the source line where it starts', () => {
    const blocks = textToBlocks(layout.join('\n')).blocks;
    const paragraph = blocks.find((b) => b.text.startsWith('The night train'));
    expect(paragraph?.text).toBe(article.join(' '));
    expect(paragraph?.line).toBe(3);
    expect(blocks.some((b) => b.text.includes('Letters') && b.text.includes('night train'))).toBe(false);
  });

  it('marks the paragraph it joined from a left column: longer than the screen, it says nothing of the wrap width', () => {
    const story = [
      'The night train from Vessa to the coast will run again',
      'from the first of June, eleven years after the last',
      'sleeper car was taken off the line. The regional railway',
      'said on Tuesday that two refurbished carriages had passed',
      'their safety checks and that tickets would go on sale next',
      'week, at about the price of a night in a cheap hotel.',
    ];
    const sidebar = ['Most read', 'Harbour wall', 'repairs delayed', 'Council votes on', 'new bus lanes', 'Weather'];
    const split = splitLayoutColumns(story.map((line, i) => line.padEnd(62) + sidebar[i]))!;
    const paragraph = split.lines.findIndex((l) => l.startsWith('The night train'));
    expect(split.lines[paragraph]).toBe(story.join(' '));
    expect(split.joined[paragraph]).toBe(true);
    expect(split.joined.filter(Boolean)).toHaveLength(1);
  });

  it('counts a wide character as two screen columns', () => {
    const wide = ['新闻', '体育', '天气', '读者来信', '档案', '联系', '订阅'].map((m, i) => m.padEnd(18 - [...m].length) + article[i]);
    const text = splitLayoutColumns(wide)!.lines.map((l) => l.trim()).filter(Boolean);
    expect(text.slice(0, 7)).toEqual(article);
    expect(text[7]).toBe('新闻');
  });

  it('leaves code as it is: an interpreter prompt beside indented statements is no menu beside prose', () => {
    const session = [
      '>>> class Address(Base):',
      '...     __tablename__ = "address"',
      '...     id: Mapped[int] = mapped_column(primary_key=True)',
      '...     email_address: Mapped[str] = mapped_column(String(30))',
      '...     user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))',
      '...     user: Mapped["User"] = relationship(back_populates="addresses")',
      '...     def __repr__(self) -> str:',
      '...         return f"Address(id={self.id!r}, email_address={self.email_address!r})"',
      '...     primary key and foreign key columns are declared with mapped_column',
      '...     relationship ties the two classes together in both directions',
    ];
    expect(splitLayoutColumns(session)).toBeNull();
  });

  it('leaves a table of data as it is: short cells, no paragraph beside them', () => {
    const table = ['Station        High water   Low water   Height', ...['Penmorva', 'Port Allard', 'Vessa Quay', 'Kerrow', 'St Ives Road', 'Lundy Point', 'Harbour Mouth'].map((s, i) => `${s.padEnd(15)}${`0${i}:12`.padEnd(13)}${`1${i}:40`.padEnd(12)}4.${i} m`)];
    expect(splitLayoutColumns(table)).toBeNull();
  });
});

describe('nonSpaceLength', () => {
  it('counts what removing every white-space character would leave', () => {
    for (const text of ['', '   ', 'a b\tc\nd', ' x\u00a0y\u2003z\u3000 ', 'naïve café', '😀 😀', '\ufeffword\u2028line', 'a\u200bb']) {
      expect(nonSpaceLength(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, '').length);
    }
  });
});

describe('the small readers of a raw line', () => {
  it('strip a bullet a renderer drew, and read a line that opens with a letter as having none', () => {
    for (const [line, text] of [['• Item', 'Item'], ['- item', 'item'], ['* item', 'item'], ['+ item', 'item'], ['▶ Play', 'Play'], ['·  spaced', 'spaced']])
      expect(stripBullet(line), line).toEqual({ text, bullet: true });
    for (const line of ['-5 degrees', '*starred*', 'Item', '1. First', '', '«Quote»', 'Ünder'])
      expect(stripBullet(line), line).toEqual({ text: line, bullet: false });
  });

  it('tell CJK characters by their code units, at the edges of each range', () => {
    for (const ch of ['\u3040', 'ア', '\u30ff', '\u3400', '中', '\u9fff', '한', '\ud7a3', '\uf900', '\ufaff', '\uff66', '\uff9f', 'a中']) expect(isCjk(ch), ch).toBe(true);
    for (const ch of ['', 'a', 'é', '\u303f', '\u3100', '\ua000', '\ud7a4', '\uff65', '\uffa0', '😀']) expect(isCjk(ch), ch).toBe(false);
  });

  it('find spacing that collapsing to single plain spaces would change: a tab, a no-break space, two spaces', () => {
    for (const line of ['a\tb', 'a\u00a0b', 'a  b', 'end  ', '\u3000x']) expect(hasOddSpacing(line), JSON.stringify(line)).toBe(true);
    for (const line of ['a b c', '', ' a', 'one-word']) expect(hasOddSpacing(line), JSON.stringify(line)).toBe(false);
  });
});
