/**
 * Month and weekday names for the date parser, per language.
 *
 * Each table lists the spellings people actually write. `MONTHS` and `WEEKDAYS` are built from
 * them with the variants added mechanically (so the tables stay short): every spelling also
 * appears without accents (`février` -> `fevrier`) and with a trailing dot (`oct.`).
 * Letters that Unicode does not decompose (Turkish `ı`, Nordic `ø`, Polish `ł`) are listed
 * by hand in both forms where people write both.
 */

/** Twelve entries, January first; each entry is the spellings of that month. */
type MonthTable = readonly (readonly string[])[];

export const MONTH_NAMES: Readonly<Record<string, MonthTable>> = {
  // English
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  // French
  fr: [['janvier', 'janv', 'jan'], ['février', 'févr', 'fév'], ['mars', 'mar'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aou'], ['septembre', 'sept', 'sep'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc', 'dec']],
  // German (incl. Austrian Jänner)
  de: [['januar', 'jänner', 'jan', 'jän'], ['februar', 'feber', 'feb'], ['märz', 'maerz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  // Spanish
  es: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'], ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep', 'set'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
  // Italian
  it: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
  // Portuguese
  pt: [['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez']],
  // Dutch
  nl: [['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
  // Turkish (dotless ı written both ways)
  tr: [['ocak', 'oca'], ['şubat', 'şub'], ['mart', 'mar'], ['nisan', 'nis'], ['mayıs', 'mayis', 'may'], ['haziran', 'haz'], ['temmuz', 'tem'], ['ağustos', 'ağu'], ['eylül', 'eyl'], ['ekim', 'eki'], ['kasım', 'kasim', 'kas'], ['aralık', 'aralik', 'ara']],
  // Polish (nominative and the genitive used in dates: "22 października 2025")
  pl: [['styczeń', 'stycznia', 'sty'], ['luty', 'lutego', 'lut'], ['marzec', 'marca', 'mar'], ['kwiecień', 'kwietnia', 'kwi'], ['maj', 'maja'], ['czerwiec', 'czerwca', 'cze'], ['lipiec', 'lipca', 'lip'], ['sierpień', 'sierpnia', 'sie'], ['wrzesień', 'września', 'wrz'], ['październik', 'października', 'paź'], ['listopad', 'listopada', 'lis'], ['grudzień', 'grudnia', 'gru']],
  // Swedish, Danish, Norwegian
  sv: [['januari', 'januar', 'jan'], ['februari', 'februar', 'feb'], ['mars', 'marts', 'mar'], ['april', 'apr'], ['maj', 'mai'], ['juni', 'jun'], ['juli', 'jul'], ['augusti', 'august', 'aug'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'desember', 'dec', 'des']],
  // Czech (nominative and the genitive used in dates: "8. října 2025")
  cs: [['leden', 'ledna', 'led'], ['únor', 'února', 'úno'], ['březen', 'března', 'bře'], ['duben', 'dubna', 'dub'], ['květen', 'května', 'kvě'], ['červen', 'června', 'čvn'], ['červenec', 'července', 'čvc'], ['srpen', 'srpna', 'srp'], ['září', 'zář'], ['říjen', 'října', 'říj'], ['listopad', 'listopadu', 'lis'], ['prosinec', 'prosince', 'pro']],
  // Russian (nominative and genitive: "12 марта 2025")
  ru: [['январь', 'января', 'янв'], ['февраль', 'февраля', 'фев'], ['март', 'марта', 'мар'], ['апрель', 'апреля', 'апр'], ['май', 'мая'], ['июнь', 'июня', 'июн'], ['июль', 'июля', 'июл'], ['август', 'августа', 'авг'], ['сентябрь', 'сентября', 'сент', 'сен'], ['октябрь', 'октября', 'окт'], ['ноябрь', 'ноября', 'нояб', 'ноя'], ['декабрь', 'декабря', 'дек']],
  // Ukrainian (genitive: "12 березня 2025")
  uk: [['січень', 'січня', 'січ'], ['лютий', 'лютого', 'лют'], ['березень', 'березня', 'бер'], ['квітень', 'квітня', 'квіт'], ['травень', 'травня', 'трав'], ['червень', 'червня', 'черв'], ['липень', 'липня', 'лип'], ['серпень', 'серпня', 'серп'], ['вересень', 'вересня', 'вер'], ['жовтень', 'жовтня', 'жовт'], ['листопад', 'листопада', 'лист'], ['грудень', 'грудня', 'груд']],
  // Indonesian
  id: [['januari', 'jan'], ['februari', 'feb'], ['maret', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['agustus', 'agu', 'agt', 'ags'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
};

export const WEEKDAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  // English
  en: ['monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs', 'friday', 'fri', 'saturday', 'sat', 'sunday', 'sun'],
  // French
  fr: ['lundi', 'lun', 'mardi', 'mar', 'mercredi', 'mer', 'jeudi', 'jeu', 'vendredi', 'ven', 'samedi', 'sam', 'dimanche', 'dim'],
  // German
  de: ['montag', 'mo', 'dienstag', 'di', 'mittwoch', 'mi', 'donnerstag', 'do', 'freitag', 'fr', 'samstag', 'sonnabend', 'sa', 'sonntag', 'so'],
  // Spanish
  es: ['lunes', 'lun', 'martes', 'mar', 'miércoles', 'mié', 'jueves', 'jue', 'viernes', 'vie', 'sábado', 'sáb', 'domingo', 'dom'],
  // Italian
  it: ['lunedì', 'lun', 'martedì', 'mar', 'mercoledì', 'mer', 'giovedì', 'gio', 'venerdì', 'ven', 'sabato', 'sab', 'domenica', 'dom'],
  // Portuguese
  pt: ['segunda-feira', 'segunda', 'seg', 'terça-feira', 'terça', 'ter', 'quarta-feira', 'quarta', 'qua', 'quinta-feira', 'quinta', 'qui', 'sexta-feira', 'sexta', 'sex', 'sábado', 'sáb', 'domingo', 'dom'],
  // Dutch
  nl: ['maandag', 'ma', 'dinsdag', 'di', 'woensdag', 'wo', 'donderdag', 'do', 'vrijdag', 'vr', 'zaterdag', 'za', 'zondag', 'zo'],
  // Turkish (dotless ı written both ways)
  tr: ['pazartesi', 'pzt', 'salı', 'sali', 'çarşamba', 'çar', 'perşembe', 'per', 'cuma', 'cumartesi', 'cmt', 'pazar', 'paz'],
  // Polish
  pl: ['poniedziałek', 'poniedzialek', 'pon', 'wtorek', 'wt', 'środa', 'śr', 'czwartek', 'czw', 'piątek', 'pt', 'sobota', 'sob', 'niedziela', 'niedz', 'nd'],
  // Swedish, Danish, Norwegian (ø does not decompose, so both spellings are listed)
  sv: ['måndag', 'mandag', 'tisdag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'lørdag', 'lordag', 'søndag', 'söndag', 'sondag'],
  // Czech
  cs: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  // Russian, Ukrainian
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  uk: ['понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'пʼятниця', 'субота', 'неділя'],
  // Indonesian
  id: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu'],
};

/** Lower-cases for lookup. Drops the combining dot that `İ`.toLowerCase() leaves behind. */
export function foldName(word: string): string {
  return word.toLowerCase().replace(/\u0307/g, '');
}

/** The spelling itself, without accents, and each of those with a trailing dot. */
function variants(name: string): string[] {
  // Most spellings are ASCII, with no accent to drop: not normalising them is most of the
  // tables' cost at start-up.
  const bare = ASCII.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return bare === name ? [name, `${name}.`] : [name, `${name}.`, bare, `${bare}.`];
}

const ASCII = /^[\x00-\x7f]*$/;

function buildMonths(): Map<string, number> {
  const map = new Map<string, number>();
  for (const table of Object.values(MONTH_NAMES)) {
    table.forEach((spellings, i) => {
      // First language wins; the tables agree wherever spellings collide (checked by a test).
      for (const s of spellings) for (const v of variants(s)) if (!map.has(v)) map.set(v, i + 1);
    });
  }
  return map;
}

/** Lower-cased month name or abbreviation (with/without dot and accents) -> month 1-12. */
export const MONTHS: ReadonlyMap<string, number> = buildMonths();

/** Lower-cased weekday names and abbreviations (with/without dot and accents). */
export const WEEKDAYS: ReadonlySet<string> = new Set(Object.values(WEEKDAY_NAMES).flatMap((names) => names.flatMap(variants)));

/** Month 1-12 for a written month name, or undefined. */
export function lookupMonth(word: string): number | undefined {
  return MONTHS.get(foldName(word.trim()));
}
