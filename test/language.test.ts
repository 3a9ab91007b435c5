import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../src/metadata/text/language.js';

describe('guessLanguage', () => {
  it.each([
    ['en', 'The council said on Tuesday that it would not be able to open the bridge again before the end of the year, and that the work was more difficult than it had expected.'],
    ['es', 'El ayuntamiento dijo el martes que no podrá abrir el puente antes de final de año, y que la obra es más difícil de lo que se esperaba para los vecinos de la zona.'],
    ['nl', 'De gemeente zei dinsdag dat de brug niet voor het einde van het jaar weer open kan, en dat het werk moeilijker is dan zij had verwacht voor de bewoners van de wijk.'],
    ['ja', '市議会は火曜日、橋の再開は年末までには難しいと発表した。工事は予想よりも難しく、住民への影響も大きいという。ひらがなとカタカナを含む文章です。'],
    ['ko', '시의회는 화요일 다리를 연말 전에 다시 열 수 없다고 밝혔다. 공사는 예상보다 어렵고 주민들에게 미치는 영향도 크다고 설명했다.'],
  ])('recognises %s', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('tells Swedish from Danish by the words only one of them uses', () => {
    const sv = 'Den gamla färjan tas ur trafik i maj och ersätts av en eldriven färja som laddas vid kajen. Med den nya färjan fördubblas turtätheten under sommaren, och det betyder mycket för dem som bor här.';
    const da = 'Den gamle færge tages ud af drift i maj og erstattes af en elektrisk færge, som lades op ved kajen. Med den nye færge fordobles antallet af afgange om sommeren, og det betyder meget for dem, der bor her.';
    expect(guessLanguage(sv)).toBe('sv');
    expect(guessLanguage(da)).toBe('da');
  });

  it('says nothing about too little text', () => {
    expect(guessLanguage('Bridge closed until further notice')).toBeNull();
  });
});
